import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { buildTimeline } from '@/domain/roadmap';

/** Every measure and milestone across goals, by quarter. */
export function TimelineTable({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workspace');
  const timeline = buildTimeline(assessment.measures);
  const titleOf = (measureId: string) => assessment.measures.find((m) => m.id === measureId)?.title.trim() || t('draft.untitled');
  const label = (q: string) => t('draft.quarter', { quarter: q.slice(6), year: q.slice(0, 4) });
  return (
    <section aria-labelledby="timeline-title" className="timeline">
      <h3 id="timeline-title">{t('draft.timelineTitle')}</h3>
      {timeline.rows.length === 0 ? (
        <p>{t('draft.timelineEmpty')}</p>
      ) : (
        <div
          className="table-scroll"
          // Focusable so that keyboard users can scroll a timeline wider than the screen (WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label={t('draft.timelineTitle')}
        >
          <table className="timeline-table">
            <caption className="visually-hidden">{t('draft.timelineTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('draft.timelineMeasure')}</th>
                {timeline.quarters.map((q) => (
                  <th key={q} scope="col">
                    {label(q)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {timeline.rows.map((row) => (
                <tr key={row.measureId}>
                  <th scope="row">{titleOf(row.measureId)}</th>
                  {timeline.quarters.map((q) => {
                    const active = row.active.includes(q);
                    const count = row.milestones.filter((m) => m.quarter === q).length;
                    return (
                      <td key={q} className={active ? 'active' : undefined}>
                        {active && <span className="bar">{t('draft.timelineActive')}</span>}
                        {count > 0 && <span className="diamond">◆ {t('draft.timelineMilestones', { count })}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
