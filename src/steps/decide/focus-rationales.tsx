import { useTranslation } from 'react-i18next';
import type { FocusEntry } from '@/domain/focus';
import { TextField } from '@/components/text-field';
import { editDecision } from '@/state/editor-actions';

/** A rationale for each chosen focus dimension. */
export function FocusRationales({ focus }: { focus: readonly FocusEntry[] }) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  return (
    <section aria-labelledby="focus-title">
      <h3 id="focus-title">{t('decide.focusTitle')}</h3>
      {focus.length === 0 && <p>{t('decide.noFocus')}</p>}
      {focus.map((f) => (
        <TextField
          key={f.dimension}
          id={`rationale-${f.dimension}`}
          multiline
          label={t('decide.rationale', { dimension: tg(`dimensions.${f.dimension}.name`) })}
          value={f.rationale}
          onChange={(rationale) =>
            editDecision((d) => ({ ...d, focus: d.focus.map((x) => (x.dimension === f.dimension ? { ...x, rationale } : x)) }))
          }
        />
      ))}
    </section>
  );
}
