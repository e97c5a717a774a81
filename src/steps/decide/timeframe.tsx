import { useTranslation } from 'react-i18next';
import type { Timeframe as Range } from '@/domain/focus';
import { TextField } from '@/components/text-field';

type TimeframeProps = { legend: string; idPrefix: string; value: Range; onChange: (value: Range) => void };

/** Start and end dates, with a visible error when the end comes first. */
export function Timeframe({ legend, idPrefix, value, onChange }: TimeframeProps) {
  const { t } = useTranslation('workspace');
  const reversed = value.start !== '' && value.end !== '' && value.end < value.start;
  return (
    <fieldset className="timeframe">
      <legend>{legend}</legend>
      <TextField id={`${idPrefix}-start`} type="date" label={t('decide.start')} value={value.start} onChange={(start) => onChange({ ...value, start })} />
      <TextField
        id={`${idPrefix}-end`}
        type="date"
        label={t('decide.end')}
        value={value.end}
        error={reversed ? t('decide.endBeforeStart') : null}
        onChange={(end) => onChange({ ...value, end })}
      />
    </fieldset>
  );
}
