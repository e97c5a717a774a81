import type { SyntheticEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Mode } from '@/domain/assessment';
import { MODES, validateName } from '@/domain/assessment';
import { localIsoDate } from '@/i18n/format';
import { useAppStore } from '@/state/app-store';
import { createNew } from '@/state/assessment-actions';
import { TextField } from '@/components/text-field';

export function CreateScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const language = useAppStore((s) => s.language);
  const [form, setForm] = useState({ name: '', region: '', facilitator: '', date: localIsoDate(), mode: 'create' as Mode });
  const [error, setError] = useState<'name-required' | 'name-too-long' | 'failed' | null>(null);
  const set = (field: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problem = validateName(form.name);
    setError(problem);
    if (problem) {
      document.getElementById('new-name')?.focus();
      return;
    }
    const result = await createNew({ ...form, language });
    if (!result.ok) {
      setError('failed');
      return;
    }
    navigate(`/a/${result.value.id}/describe`);
  };

  return (
    <div className="narrow">
      <h1>{t('create.title')}</h1>
      <p>{t('create.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <TextField
          id="new-name"
          label={t('create.name')}
          hint={t('create.nameHint')}
          value={form.name}
          onChange={set('name')}
          required
          error={error && error !== 'failed' ? t(`create.errors.${error}`) : null}
        />
        <TextField id="new-region" label={t('create.region')} value={form.region} onChange={set('region')} />
        <fieldset className="choice-group">
          <legend>{t('create.mode')}</legend>
          {MODES.map((mode) => (
            <label key={mode} className="choice">
              <input type="radio" name="mode" value={mode} checked={form.mode === mode} onChange={() => set('mode')(mode)} />
              <span>
                <strong>{t(`mode.${mode}`)}</strong>
                <span className="hint">{t(`mode.${mode}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextField id="new-facilitator" label={t('create.facilitator')} value={form.facilitator} onChange={set('facilitator')} />
        <TextField id="new-date" type="date" label={t('create.date')} value={form.date} onChange={set('date')} />
        {error === 'failed' && (
          <p role="alert" className="field-error">
            {t('create.errors.failed')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            {t('create.submit')}
          </button>
          <Link href="/" className="button secondary">
            {t('create.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
