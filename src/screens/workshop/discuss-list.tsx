import { useTranslation } from 'react-i18next';
import type { GroupRow } from '@/domain/aggregate';
import { discussFirst } from '@/domain/workshop-round';

/** The dimensions the group should talk about first: ratings far apart, the most disagreement first. */
export function DiscussList({ rows }: { rows: readonly GroupRow[] }) {
  const { t } = useTranslation('workshop');
  const { t: tg } = useTranslation('guidance');
  const flagged = discussFirst(rows);
  return (
    <section className="discuss-first" aria-labelledby="discuss-title">
      <h4 id="discuss-title">{t('results.discussTitle')}</h4>
      {flagged.length === 0 ? (
        <p>{t('results.nothingToDiscuss')}</p>
      ) : (
        <>
          <p className="hint">{t('results.discussIntro')}</p>
          <ol>
            {flagged.map((row) => (
              <li key={row.dimension}>
                {t('results.discussItem', { dimension: tg(`dimensions.${row.dimension}.name`), count: row.disagreement })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
