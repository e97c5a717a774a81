import type { SyntheticEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSnapshot } from '@/state/snapshot-actions';

/** Saves the current ratings as a snapshot under a label (by default "Baseline <year>"). */
export function SaveSnapshotForm({ headingLevel }: { headingLevel: 2 | 3 }) {
  const { t } = useTranslation('snapshots');
  const id = useId();
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const [label, setLabel] = useState(() => t('save.defaultLabel', { year: new Date().getFullYear() }));
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    setError(trimmed === '');
    if (trimmed === '') {
      setSaved('');
      return;
    }
    const snapshot = saveSnapshot(trimmed);
    setSaved(snapshot ? t('save.saved', { label: snapshot.label }) : '');
  };
  return (
    <form className="snapshot-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <Heading id={`${id}-title`}>{t('save.title')}</Heading>
      <div className="inline-form">
        <label htmlFor={`${id}-label`}>{t('save.label')}</label>
        <input
          id={`${id}-label`}
          value={label}
          maxLength={500}
          onChange={(e) => {
            setLabel(e.target.value);
            setSaved('');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit">{t('save.submit')}</button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t('save.labelRequired')}
        </p>
      )}
      <p className="hint" role="status">
        {saved}
      </p>
    </form>
  );
}
