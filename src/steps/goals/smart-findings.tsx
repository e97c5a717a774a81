import { useTranslation } from 'react-i18next';
import type { Timeframe } from '@/domain/focus';
import type { Goal } from '@/domain/plan';
import { checkSmart } from '@/domain/smart';

/** The SMART checker's findings for one goal, in words. */
export function SmartFindings({ goal, timeframe }: { goal: Goal; timeframe: Timeframe }) {
  const { t } = useTranslation('workspace');
  const issues = checkSmart(goal, timeframe);
  const numberOf = (indicatorId?: string) => goal.indicators.findIndex((i) => i.id === indicatorId) + 1;
  return (
    <section className={issues.length === 0 ? 'findings ok' : 'findings'} aria-label={t('goals.checkTitle')}>
      <h4>{t('goals.checkTitle')}</h4>
      {issues.length === 0 ? (
        <p>{t('goals.checkOk')}</p>
      ) : (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.code}-${issue.indicatorId ?? ''}`}>
              <strong>{issue.letter}</strong> {t(`goals.issues.${issue.code}`, { word: issue.word ?? '', number: numberOf(issue.indicatorId) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
