import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Mode } from '@/domain/assessment';
import { MODES, validateName } from '@/domain/assessment';
import { TextField } from '@/components/text-field';
import { useEditorStore } from '@/state/editor-store';

type TextKey = 'region' | 'facilitator' | 'date';

/** The name is required: an empty or too long name is shown with its error and not stored. */
function NameField({ name, onValid }: { name: string; onValid: (name: string) => void }) {
  const { t } = useTranslation('workspace');
  const { t: tc } = useTranslation();
  const [value, setValue] = useState(name);
  const problem = validateName(value);
  return (
    <TextField
      id="detail-name"
      label={t('details.name')}
      value={value}
      required
      error={problem ? tc(`create.errors.${problem}`) : null}
      onChange={(next) => {
        setValue(next);
        if (!validateName(next)) onValid(next);
      }}
    />
  );
}

/** The assessment's own details, editable at any time; every keystroke is autosaved. */
export function DetailsForm() {
  const { t } = useTranslation('workspace');
  const { t: tc } = useTranslation();
  const assessment = useEditorStore((s) => s.assessment);
  const update = useEditorStore((s) => s.update);
  if (!assessment) return null;
  const setField = (key: TextKey) => (value: string) => {
    update((a): Assessment => ({ ...a, [key]: value }));
  };
  return (
    <details className="details-form">
      <summary>{t('details.title')}</summary>
      <div className="details-grid">
        <NameField name={assessment.name} onValid={(name) => update((a) => ({ ...a, name }))} />
        <TextField id="detail-region" label={t('details.region')} value={assessment.region} onChange={setField('region')} />
        <TextField
          id="detail-facilitator"
          label={t('details.facilitator')}
          value={assessment.facilitator}
          onChange={setField('facilitator')}
        />
        <TextField id="detail-date" type="date" label={t('details.date')} value={assessment.date} onChange={setField('date')} />
        <div className="field">
          <label htmlFor="detail-mode">{t('details.mode')}</label>
          <select
            id="detail-mode"
            value={assessment.mode}
            onChange={(e) => {
              const mode = e.target.value as Mode;
              update((a) => ({ ...a, mode }));
            }}
          >
            {MODES.map((m) => (
              <option key={m} value={m}>
                {tc(`mode.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </details>
  );
}
