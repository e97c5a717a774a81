import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { MEASURE_STATUSES, activeGoals } from '@/domain/plan';
import { buildTimeline, quarterParts } from '@/domain/roadmap';

/** "Q3 2026" / "III kw. 2026" (Polish writes quarters in Roman numerals) for a quarter key such as "2026-Q3". */
function quarterLabel(key: string, language: string, t: (k: 'draft.quarter', v: { quarter: string; year: string }) => string): string {
  return t('draft.quarter', quarterParts(key, language));
}

/**
 * The roadmap by quarter, used by step DRAFT and the summary: a row per dated measure of a goal in
 * focus, a column per quarter, saying when the measure runs and how many milestones fall in it.
 * The box scrolls sideways when there are many quarters, and can be focused to do so by keyboard.
 * Without any dated measure it says so in `empty`.
 */
export function TimelineTable({ assessment, caption, empty }: { assessment: Assessment; caption: string; empty: ReactNode }) {
  const { t, i18n } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const goals = new Map(activeGoals(assessment).map((g) => [g.id, g]));
  const measures = new Map(assessment.measures.map((m) => [m.id, m]));
  const timeline = buildTimeline(assessment.measures.filter((m) => goals.has(m.goalId)));
  if (timeline.rows.length === 0) return <>{empty}</>;
  return (
    <div
      className="timeline-scroll"
      // Focusable so that keyboard users can scroll a timeline wider than the screen (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="timeline-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('draft.timelineMeasure')}</th>
            {timeline.quarters.map((q) => (
              <th key={q} scope="col">
                {quarterLabel(q, i18n.language, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((row) => {
            const title = measures.get(row.measureId)?.title.trim();
            const goal = goals.get(row.goalId);
            return (
              <tr key={row.measureId}>
                <th scope="row">
                  {title || t('draft.untitled')}
                  {goal && <span className="timeline-dimension">{tg(`dimensions.${goal.dimension}.name`)}</span>}
                </th>
                {timeline.quarters.map((q) => {
                  const active = row.active.includes(q);
                  const inQuarter = row.milestones.filter((m) => m.quarter === q);
                  const reached = inQuarter.filter((m) => m.done).length;
                  return (
                    <td key={q} className={active ? `active status-${row.status}` : undefined}>
                      {active && <span className="bar">{t(`draft.statuses.${row.status}`)}</span>}
                      {inQuarter.length > 0 && (
                        <span className="diamond">
                          <span aria-hidden="true">{reached === inQuarter.length ? '◆ ' : '◇ '}</span>
                          <span>{t('draft.timelineMilestonesReached', { count: inQuarter.length, reached })}</span>
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
      <ul className="timeline-legend" aria-label={t('draft.timelineLegend')}>
        {MEASURE_STATUSES.map((status) => (
          <li key={status} className={`status-${status}`}>
            <span className="swatch" aria-hidden="true" />
            {t(`draft.statuses.${status}`)}
          </li>
        ))}
        <li>
          <span aria-hidden="true">◆ </span>
          {t('draft.timelineLegendReached')}
        </li>
        <li>
          <span aria-hidden="true">◇ </span>
          {t('draft.timelineLegendOpen')}
        </li>
      </ul>
    </div>
  );
}
