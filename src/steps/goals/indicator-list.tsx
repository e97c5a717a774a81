import { useTranslation } from 'react-i18next';
import type { Direction, Indicator } from '@/domain/plan';
import { newIndicator } from '@/domain/plan';
import { NumberField } from '@/components/number-field';
import { TextField } from '@/components/text-field';
import { newId } from '@/lib/env';

type IndicatorListProps = { idPrefix: string; indicators: readonly Indicator[]; onChange: (indicators: Indicator[]) => void };

/** The indicators of a goal: name, unit, direction, baseline and target values, source. */
export function IndicatorList({ idPrefix, indicators, onChange }: IndicatorListProps) {
  const { t } = useTranslation('workspace');
  const patch = (id: string, change: Partial<Indicator>) => {
    onChange(indicators.map((i) => (i.id === id ? { ...i, ...change } : i)));
  };
  const add = () => {
    onChange([...indicators, newIndicator(newId())]);
  };
  return (
    <div className="indicator-list">
      {indicators.map((indicator, index) => {
        const id = `${idPrefix}-ind-${String(index + 1)}`;
        const number = index + 1;
        return (
          <fieldset key={indicator.id} className="indicator">
            <legend>{t('goals.indicator', { number })}</legend>
            <TextField id={`${id}-name`} label={t('goals.indicatorName')} value={indicator.name} onChange={(name) => patch(indicator.id, { name })} />
            <TextField id={`${id}-unit`} label={t('goals.unit')} value={indicator.unit} onChange={(unit) => patch(indicator.id, { unit })} />
            <div className="field">
              <label htmlFor={`${id}-direction`}>{t('goals.direction')}</label>
              <select id={`${id}-direction`} value={indicator.direction} onChange={(e) => patch(indicator.id, { direction: e.target.value as Direction })}>
                <option value="higher">{t('goals.directions.higher')}</option>
                <option value="lower">{t('goals.directions.lower')}</option>
              </select>
            </div>
            <NumberField
              id={`${id}-baseline`}
              label={t('goals.baseline')}
              value={indicator.baseline}
              input={indicator.baselineInput}
              onChange={(entry) => patch(indicator.id, { baseline: entry.value, baselineInput: entry.input })}
            />
            <NumberField
              id={`${id}-target`}
              label={t('goals.target')}
              value={indicator.target}
              input={indicator.targetInput}
              onChange={(entry) => patch(indicator.id, { target: entry.value, targetInput: entry.input })}
            />
            <TextField id={`${id}-source`} label={t('goals.source')} value={indicator.source} onChange={(source) => patch(indicator.id, { source })} />
            <button type="button" className="secondary" onClick={() => onChange(indicators.filter((i) => i.id !== indicator.id))}>
              {t('goals.removeIndicator', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="secondary" onClick={add}>
        {t('goals.addIndicator')}
      </button>
    </div>
  );
}
