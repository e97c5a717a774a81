import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, Indicator } from '@/domain/plan';
import { TextField } from '@/components/text-field';
import { newId } from '@/lib/env';

type IndicatorListProps = { idPrefix: string; indicators: readonly Indicator[]; onChange: (indicators: Indicator[]) => void };

function parseNumber(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

/** The indicators of a goal: name, unit, direction, baseline and target values, source. */
export function IndicatorList({ idPrefix, indicators, onChange }: IndicatorListProps) {
  const { t } = useTranslation('workspace');
  const patch = (id: string, change: Partial<Indicator>) => {
    onChange(indicators.map((i) => (i.id === id ? { ...i, ...change } : i)));
  };
  const add = () => {
    onChange([...indicators, { id: newId(), name: '', unit: '', direction: 'higher', baseline: null, target: null, source: '' }]);
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
            <NumberField id={`${id}-baseline`} label={t('goals.baseline')} value={indicator.baseline} onChange={(baseline) => patch(indicator.id, { baseline })} />
            <NumberField id={`${id}-target`} label={t('goals.target')} value={indicator.target} onChange={(target) => patch(indicator.id, { target })} />
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

type NumberFieldProps = { id: string; label: string; value: number | null; onChange: (value: number | null) => void };

/** A number input that accepts a decimal comma (Polish) or point and stores null when empty. */
export function NumberField({ id, label, value, onChange }: NumberFieldProps) {
  const { i18n } = useTranslation();
  // Shown with the language's decimal separator (0,5 in Polish); both separators are accepted when typing.
  const shown = value === null ? '' : String(value).replace('.', i18n.language === 'pl' ? ',' : '.');
  // The typed text is kept while it is being edited ("3," is not a number yet); when the value changes
  // from elsewhere (another tab, "load the other version"), the field follows it.
  const [text, setText] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    if (parseNumber(text) !== value) setText(shown);
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseNumber(e.target.value));
        }}
      />
    </div>
  );
}
