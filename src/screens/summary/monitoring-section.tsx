import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { Goal } from '@/domain/plan';
import { filled } from './summary-format';
import { Empty, SummarySection } from './summary-parts';
import { activeGoals } from '@/domain/plan';

const COLUMNS = ['reviewer', 'frequency', 'indicators', 'note'] as const;

function hasRoutine(goal: Goal): boolean {
  const m = goal.monitoring;
  return filled(m.reviewer) || m.frequency !== null || m.indicatorIds.length > 0 || filled(m.note);
}

/** How progress towards each goal is reviewed: who, how often, which indicators, how the plan is adjusted. */
export function MonitoringSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const dash = tw('rating.short.unrated');
  const goals = activeGoals(assessment);
  return (
    <SummarySection title={t('sections.monitoring')} className="summary-monitoring">
      {goals.some(hasRoutine) ? (
        <table className="summary-table">
          <caption>{t('monitoring.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monitoring.columns.goal')}</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {t(`monitoring.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {goals.map((goal) => {
              const m = goal.monitoring;
              const names = goal.indicators
                .map((ind, index) => ({ ind, index }))
                .filter(({ ind }) => m.indicatorIds.includes(ind.id))
                .map(({ ind, index }) => (filled(ind.name) ? ind.name : tw('goals.indicator', { number: index + 1 })));
              return (
                <tr key={goal.id}>
                  <th scope="row">{tw('goals.goalFor', { dimension: tg(`dimensions.${goal.dimension}.name`) })}</th>
                  <td>{filled(m.reviewer) ? m.reviewer : t('notGiven')}</td>
                  <td>{m.frequency === null ? dash : tw(`draft.frequencies.${m.frequency}`)}</td>
                  <td>
                    {names.length > 0 ? (
                      <ul className="summary-cell-list">
                        {names.map((name, i) => (
                          <li key={i}>{name}</li>
                        ))}
                      </ul>
                    ) : (
                      dash
                    )}
                  </td>
                  <td className="summary-text">{filled(m.note) ? m.note : dash}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <Empty>{t('monitoring.empty')}</Empty>
      )}
    </SummarySection>
  );
}
