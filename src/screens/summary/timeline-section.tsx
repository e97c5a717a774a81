import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { TimelineTable } from '@/components/timeline-table';
import { Empty, SummarySection } from './summary-parts';

/** The roadmap by quarter: a row per dated measure, a column per quarter, saying when it runs and its milestones. */
export function TimelineSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('summary');
  return (
    <SummarySection title={t('sections.timeline')} className="summary-timeline">
      <TimelineTable assessment={assessment} caption={t('timeline.caption')} empty={<Empty>{t('timeline.empty')}</Empty>} />
    </SummarySection>
  );
}
