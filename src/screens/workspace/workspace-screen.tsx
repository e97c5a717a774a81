import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useParams } from 'wouter';
import { isStepId } from '@/domain/steps';
import { ExportSection } from '@/export/export-section';
import { SnapshotsPanel } from '@/screens/snapshots/snapshots-panel';
import { SummaryScreen } from '@/screens/summary/summary-screen';
import { useOpenAssessment } from '@/state/use-open-assessment';
import { ConflictBanner } from './conflict-banner';
import { DetailsForm } from './details-form';
import { EarlierVersions } from './earlier-versions';
import { SaveStatus } from './save-status';
import { StepPanel } from './step-panel';
import { Stepper } from './stepper';
import '@/styles/assessment-styles';

const WorkshopScreen = lazy(() => import('@/screens/workshop/workshop-screen').then((m) => ({ default: m.WorkshopScreen })));

/** The pages of the workspace that are not method steps. */
const PAGES = ['summary', 'workshop'] as const;
type Page = (typeof PAGES)[number];
const isPage = (value: string | undefined): value is Page => (PAGES as readonly (string | undefined)[]).includes(value);

/** The workspace of one assessment: its details, the five steps and the autosave state. */
export function WorkspaceScreen() {
  const { t } = useTranslation('workspace');
  const params = useParams<{ id: string; step?: string }>();
  const { assessment, missing } = useOpenAssessment(params.id);

  const page = isPage(params.step) ? params.step : null;
  if (!page && !isStepId(params.step)) return <Redirect to={`/a/${params.id}/describe`} replace />;
  if (missing) {
    return (
      <div className="narrow">
        <h1>{t('missingTitle')}</h1>
        <p>{t('missingText')}</p>
        <Link href="/">{t('back')}</Link>
      </div>
    );
  }
  if (!assessment) return null;

  return (
    <div className={page ? 'workspace is-wide' : 'workspace'}>
      <div className="workspace-head">
        <Link href="/" className="back-link">
          ← {t('back')}
        </Link>
        <h1>{assessment.name}</h1>
        <SaveStatus />
      </div>
      <ConflictBanner />
      <DetailsForm />
      <EarlierVersions />
      <div className="workspace-body">
        <Stepper assessment={assessment} current={isStepId(params.step) ? params.step : (page ?? 'summary')} />
        {isStepId(params.step) ? (
          <StepPanel assessment={assessment} step={params.step} />
        ) : page === 'workshop' ? (
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <WorkshopScreen assessment={assessment} />
          </Suspense>
        ) : (
          <div className="summary-page">
            <SummaryScreen assessment={assessment} />
            {/* The export texts load with the section; the summary shows meanwhile. */}
            <Suspense fallback={null}>
              <ExportSection assessment={assessment} />
            </Suspense>
            <SnapshotsPanel assessment={assessment} />
          </div>
        )}
      </div>
    </div>
  );
}
