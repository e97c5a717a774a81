import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { ClusterCase } from '@/domain/library/cases';
import { describes } from '@/domain/library/cases';
import { CaseSourceLine, useCaseMeta, useFactText } from './case-parts';

/** The heading of a case card; the library moves focus here when the address names the case. */
export const caseHeadingId = (id: string) => `case-${id}-title`;

type CaseCardProps = { clusterCase: ClusterCase; onBackToList: () => void };

/** One case in full: who, where, what kind, key figures, the eight dimensions, what worked, lessons, source. */
export function CaseCard({ clusterCase: c, onBackToList }: CaseCardProps) {
  const { t } = useTranslation('cases');
  const { t: tg } = useTranslation('guidance');
  const meta = useCaseMeta();
  const factText = useFactText();
  const headingId = caseHeadingId(c.id);
  const worked = t(`items.${c.id}.worked`, { returnObjects: true }) as readonly string[];
  const lessons = t(`items.${c.id}.lessons`, { returnObjects: true }) as readonly string[];
  return (
    <article className={`case-card case-card-${c.kind}`} id={`case-${c.id}`} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t(`items.${c.id}.name`)}
      </h3>
      <p className="case-meta">
        <span>{meta(c)}</span> <span className={`case-kind case-kind-${c.kind}`}>{t(`kinds.${c.kind}`)}</span>
      </p>
      <p className="case-summary">{t(`items.${c.id}.summary`)}</p>
      {c.facts.length > 0 && (
        <>
          <h4>{t('ui.facts')}</h4>
          <dl className="case-facts">
            {c.facts.map((fact) => (
              <div key={fact.id}>
                <dt>{t(`facts.${fact.id}`)}</dt>
                <dd>{factText(fact)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h4>{t('ui.dimensions')}</h4>
      <dl className="case-dimensions">
        {DIMENSION_IDS.map((dimension) => {
          const described = describes(c, dimension);
          return (
            <div key={dimension} className={described ? undefined : 'case-silent'}>
              <dt>{tg(`dimensions.${dimension}.name`)}</dt>
              <dd>{described ? t(`items.${c.id}.dimensions.${dimension}` as never) : t('ui.silent')}</dd>
            </div>
          );
        })}
      </dl>
      <div className="case-columns">
        <div>
          <h4>{t(c.kind === 'model' ? 'ui.workedModel' : 'ui.worked')}</h4>
          <ul>
            {worked.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t(c.kind === 'model' ? 'ui.lessonsModel' : 'ui.lessons')}</h4>
          <ul>
            {lessons.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      </div>
      <CaseSourceLine source={c.source} />
      <button type="button" className="link-button case-back" onClick={onBackToList}>
        {t('ui.toTop')}
      </button>
    </article>
  );
}
