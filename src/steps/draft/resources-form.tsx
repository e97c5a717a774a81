import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, Resources } from '@/domain/plan';
import { TextField } from '@/components/text-field';
import { NumberField } from '@/components/number-field';

type ResourcesFormProps = { idPrefix: string; measure: Measure; onChange: (recipe: (m: Measure) => Measure) => void };

type TextKey = 'time' | 'tools' | 'politicalSupport' | 'expertise';

/** What a measure needs: time, funding with amount and currency, tools, political support, expertise. */
export function ResourcesForm({ idPrefix, measure, onChange }: ResourcesFormProps) {
  const { t } = useTranslation('workspace');
  const set = (change: Partial<Resources>) => {
    onChange((m) => ({ ...m, resources: { ...m.resources, ...change } }));
  };
  // Open at first when something is filled in; afterwards only the user opens or closes it.
  const [initiallyOpen] = useState(() => Object.entries(measure.resources).some(([k, v]) => k !== 'currency' && v !== '' && v !== null));
  const text = (key: TextKey) => (
    <TextField id={`${idPrefix}-${key}`} label={t(`draft.${key}`)} value={measure.resources[key]} onChange={(value) => set({ [key]: value })} />
  );
  return (
    <details className="resources" open={initiallyOpen}>
      <summary>{t('draft.resources')}</summary>
      <div className="field-row">
        {text('time')}
        <NumberField
          id={`${idPrefix}-funding`}
          label={t('draft.funding')}
          value={measure.resources.fundingAmount}
          input={measure.resources.fundingInput}
          currency={measure.resources.currency}
          onChange={(entry) => {
            // A currency typed with the amount ("45 000 zł") becomes the measure's currency.
            set({ fundingAmount: entry.value, fundingInput: entry.input, ...(entry.currency ? { currency: entry.currency } : {}) });
          }}
        />
        <TextField id={`${idPrefix}-currency`} label={t('draft.currency')} value={measure.resources.currency} onChange={(currency) => set({ currency: currency.toUpperCase().slice(0, 10) })} />
      </div>
      <div className="field-row">
        {text('tools')}
        {text('politicalSupport')}
        {text('expertise')}
      </div>
    </details>
  );
}
