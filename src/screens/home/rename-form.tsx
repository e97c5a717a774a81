import type { SyntheticEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { validateName } from '@/domain/assessment';
import { rename } from '@/state/assessment-actions';
import { notify } from '@/state/notices-store';

export function RenameForm({ assessment, onDone }: { assessment: Pick<Assessment, 'id' | 'name'>; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(assessment.name);
  const [error, setError] = useState<ReturnType<typeof validateName>>(null);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problem = validateName(name);
    setError(problem);
    if (problem) return;
    const result = await rename(assessment.id, name);
    if (result.ok) notify('home.renamed', { name: result.value.name });
    else notify('home.actionFailed', {}, 'error');
    onDone();
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-name`}>{t('home.renameLabel')}</label>
      <input
        id={`${id}-name`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to rename this item
        autoFocus
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t(`create.errors.${error}`)}
        </p>
      )}
      <button type="submit">{t('home.save')}</button>
      <button type="button" className="secondary" onClick={onDone}>
        {t('home.cancel')}
      </button>
    </form>
  );
}
