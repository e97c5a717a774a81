import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useParams } from 'wouter';
import { isStepId } from '@/domain/steps';
import { RadarDownloads } from '@/export/radar-downloads';
import { SnapshotsPanel } from '@/screens/snapshots/snapshots-panel';
import { SummaryScreen } from '@/screens/summary/summary-screen';
import { useEditorStore } from '@/state/editor-store';
import { ConflictBanner } from './conflict-banner';
import { DetailsForm } from './details-form';
import { SaveStatus } from './save-status';
import { StepPanel } from './step-panel';
import { Stepper } from './stepper';

/** The workspace of one assessment: its details, the five steps and the autosave state. */
export function WorkspaceScreen() {
  const { t } = useTranslation('workspace');
  const params = useParams<{ id: string; step?: string }>();
  const assessment = useEditorStore((s) => s.assessment);
  const loadState = useEditorStore((s) => s.loadState);
  const open = useEditorStore((s) => s.open);

  useEffect(() => {
    void open(params.id);
  }, [open, params.id]);

  const isSummary = params.step === 'summary';
  if (!isSummary && !isStepId(params.step)) return <Redirect to={`/a/${params.id}/describe`} replace />;
  if (loadState === 'missing') {
    return (
      <div className="narrow">
        <h1>{t('missingTitle')}</h1>
        <p>{t('missingText')}</p>
        <Link href="/">{t('back')}</Link>
      </div>
    );
  }
  if (!assessment || assessment.id !== params.id) return null;

  return (
    <div className={isSummary ? 'workspace is-summary' : 'workspace'}>
      <div className="workspace-head">
        <Link href="/" className="back-link">
          ← {t('back')}
        </Link>
        <h1>{assessment.name}</h1>
        <SaveStatus />
      </div>
      <ConflictBanner />
      <DetailsForm />
      <div className="workspace-body">
        <Stepper assessment={assessment} current={isStepId(params.step) ? params.step : 'summary'} />
        {isStepId(params.step) ? (
          <StepPanel assessment={assessment} step={params.step} />
        ) : (
          <div className="summary-page">
            <SummaryScreen assessment={assessment} />
            <RadarDownloads assessment={assessment} />
            <SnapshotsPanel assessment={assessment} />
          </div>
        )}
      </div>
    </div>
  );
}
