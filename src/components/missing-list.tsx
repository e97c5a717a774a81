import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { StepId } from '@/domain/steps';
import { missingItems } from '@/domain/steps';

/** What a step still needs, in words. Informative only: nothing blocks moving on. */
export function MissingList({ assessment, step }: { assessment: Assessment; step: StepId }) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const missing = missingItems(assessment, step);
  return (
    <section className="missing-list" aria-labelledby={`missing-${step}`}>
      <h3 id={`missing-${step}`}>{t('missing.title')}</h3>
      {missing.length === 0 ? (
        <p className="all-done">{t('missing.none')}</p>
      ) : (
        <>
          <ul>
            {missing.map((item, index) => (
              <li key={`${item.code}-${item.dimension ?? ''}-${String(index)}`}>
                {t(`missing.codes.${item.code}`, {
                  dimension: item.dimension ? tg(`dimensions.${item.dimension}.name`) : '',
                  text: item.typed?.text ?? '',
                  number: item.typed?.indicator ?? 0,
                  measure: item.typed?.measure?.trim() || t('missing.untitledMeasure'),
                })}
              </li>
            ))}
          </ul>
          <p className="hint">{t('missing.hint')}</p>
        </>
      )}
    </section>
  );
}
