import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { PrintButton } from '@/export/print-button';
import { DeliverySection } from './delivery-section';
import { FocusSection } from './focus-section';
import { GoalsSection } from './goals-section';
import { MonitoringSection } from './monitoring-section';
import { ProfileSection } from './profile-section';
import { RoadmapSection } from './roadmap-section';
import { dateOr, filled } from './summary-format';
import { Fact } from './summary-parts';
import { TimelineSection } from './timeline-section';
import { VisionSection } from './vision-section';

/**
 * The whole plan on one read-only page, for a projector, print or export: the profile, the vision,
 * the focus, the SMART goals, the roadmap with its monitoring, and the timeline by quarter.
 */
export function SummaryScreen({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tc } = useTranslation('common');
  const lng = i18n.language;
  const orNotGiven = (text: string) => (filled(text) ? text : t('notGiven'));
  return (
    <div className="summary">
      <PrintButton />
      <header className="summary-head">
        {/* The workspace above already has the assessment's name as the page's h1. */}
        <h2 className="summary-kicker">{t('title')}</h2>
        <p className="summary-name">{assessment.name}</p>
        <dl className="summary-meta">
          <Fact label={t('meta.mode')}>{tc(`mode.${assessment.mode}`)}</Fact>
          <Fact label={t('meta.region')}>{orNotGiven(assessment.region)}</Fact>
          <Fact label={t('meta.facilitator')}>{orNotGiven(assessment.facilitator)}</Fact>
          <Fact label={t('meta.date')}>{dateOr(assessment.date, lng, t('notGiven'))}</Fact>
        </dl>
      </header>
      <ProfileSection assessment={assessment} />
      <VisionSection assessment={assessment} />
      <FocusSection assessment={assessment} />
      <GoalsSection assessment={assessment} />
      <RoadmapSection assessment={assessment} />
      <DeliverySection assessment={assessment} />
      <MonitoringSection assessment={assessment} />
      <TimelineSection assessment={assessment} />
    </div>
  );
}
