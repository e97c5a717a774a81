import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { TimelineTable as Timeline } from '@/components/timeline-table';

/** Every measure and milestone across goals, by quarter. */
export function TimelineTable({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workspace');
  return (
    <section aria-labelledby="timeline-title" className="timeline">
      <h3 id="timeline-title">{t('draft.timelineTitle')}</h3>
      <Timeline assessment={assessment} caption={t('draft.timelineTitle')} empty={<p>{t('draft.timelineEmpty')}</p>} />
    </section>
  );
}
