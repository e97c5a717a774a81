import '@/styles/cases.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DimensionId } from '@/domain/dimensions';
import { casePath, casesFor } from '@/domain/library/cases';
import { CaseSourceLine, countryName } from './case-parts';

/** How other clusters handle this dimension (shown inside the dimension's guidance panel). */
export function DimensionCases({ dimension }: { dimension: DimensionId }) {
  const { t, i18n } = useTranslation('cases');
  const headingId = useId();
  const cases = casesFor(dimension);
  return (
    <div className="dimension-cases" data-dimension={dimension}>
      <h5 id={headingId}>{t('ui.heading')}</h5>
      <p className="hint">{t('ui.intro')}</p>
      <ul className="dimension-cases-list" aria-labelledby={headingId}>
        {cases.map((c) => {
          const name = t(`items.${c.id}.name`);
          return (
            <li key={c.id}>
              <p className="dimension-case-name">
                <strong>{name}</strong> <span className="case-country">({countryName(c.country, i18n.language)})</span>
                {c.kind !== 'established' && <span className={`case-kind case-kind-${c.kind}`}>{t(`kinds.${c.kind}`)}</span>}
              </p>
              <p>{t(`items.${c.id}.dimensions.${dimension}` as never)}</p>
              <p className="dimension-case-foot">
                <Link href={casePath(c.id)}>
                  {t('ui.readCase')} <span className="visually-hidden">{t('ui.readCaseOf', { name })}</span>
                </Link>
              </p>
              <CaseSourceLine source={c.source} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
