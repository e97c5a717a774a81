import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { buildTimeline } from '@/domain/roadmap';
import { filled, quarterParts } from './summary-format';
import { Empty, SummarySection } from './summary-parts';
import { activeGoals } from '@/domain/plan';

/** The roadmap by quarter: a row per dated measure, a column per quarter, saying when it runs and its milestones. */
export function TimelineSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const goals = new Map(activeGoals(assessment).map((g) => [g.id, g]));
  const measures = new Map(assessment.measures.map((m) => [m.id, m]));
  const timeline = buildTimeline(assessment.measures.filter((m) => goals.has(m.goalId)));
  return (
    <SummarySection title={t('sections.timeline')} className="summary-timeline">
      {timeline.rows.length > 0 ? (
        <div
          className="summary-scroll"
          // Focusable so that keyboard users can scroll a timeline wider than the screen (WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label={t('timeline.caption')}
        >
          <table className="summary-table summary-timeline-table">
            <caption>{t('timeline.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timeline.measure')}</th>
                {timeline.quarters.map((q) => (
                  <th scope="col" key={q} className="summary-quarter">
                    {tw('draft.quarter', quarterParts(q))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {timeline.rows.map((row) => {
                const measure = measures.get(row.measureId);
                const goal = goals.get(row.goalId);
                return (
                  <tr key={row.measureId}>
                    <th scope="row">
                      {measure && filled(measure.title) ? measure.title : tw('draft.untitled')}
                      {goal && <span className="summary-sub">{tg(`dimensions.${goal.dimension}.name`)}</span>}
                    </th>
                    {timeline.quarters.map((q) => {
                      const active = row.active.includes(q);
                      const count = row.milestones.filter((ms) => ms.quarter === q).length;
                      return (
                        <td key={q} className={active ? 'is-active' : undefined}>
                          {active && <span className="summary-cell-line">{tw('draft.timelineActive')}</span>}
                          {count > 0 && (
                            <span className="summary-cell-line summary-milestone-count">
                              {tw('draft.timelineMilestones', { count })}
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <Empty>{t('timeline.empty')}</Empty>
      )}
    </SummarySection>
  );
}
