import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { buildReport } from '@/domain/report';
import { hasSection } from '@/domain/report-sections';
import { REPORT_NAMESPACES, reportText } from '@/export/report-text';
import { PrintButton } from '@/export/print-button';
import { DeliverySection } from './delivery-section';
import { FocusSection } from './focus-section';
import { GoalsSection } from './goals-section';
import { MonitoringSection } from './monitoring-section';
import { ProfileSection } from './profile-section';
import { RoadmapSection } from './roadmap-section';
import { dateOr, filled } from './summary-format';
import { Fact } from './summary-parts';
import { DimensionNotesSection, ReportTimelineSection, ResourcesSection, WorkshopSection } from './report-sections';
import { VisionSection } from './vision-section';

/**
 * The whole plan on one read-only page, for a projector, print or export: the profile, the vision,
 * the focus, the SMART goals, the roadmap with its monitoring, and the timeline by quarter. The
 * sections the plan steps do not show (resource map, the group's words, the workshop, the timeline
 * with statuses) come from the report model, with the same words as the exported files.
 */
export function SummaryScreen({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tc } = useTranslation('common');
  // The namespaces of the report's words: the screen waits (Suspense) until they are loaded.
  useTranslation([...REPORT_NAMESPACES]);
  const lng = i18n.language;
  const report = buildReport(assessment);
  const text = reportText(lng === 'pl' ? 'pl' : 'en');
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
      {hasSection(report, 'resources') && <ResourcesSection report={report} text={text} />}
      <ProfileSection assessment={assessment} />
      {(hasSection(report, 'evidence') || hasSection(report, 'goodLooksLike') || hasSection(report, 'evaluation')) && (
        <DimensionNotesSection report={report} text={text} />
      )}
      {report.workshop && <WorkshopSection workshop={report.workshop} text={text} />}
      <VisionSection assessment={assessment} />
      <FocusSection assessment={assessment} />
      <GoalsSection assessment={assessment} />
      <RoadmapSection assessment={assessment} />
      <DeliverySection assessment={assessment} />
      <MonitoringSection assessment={assessment} />
      <ReportTimelineSection report={report} text={text} />
    </div>
  );
}
