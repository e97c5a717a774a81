import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ImportReport } from '@/screens/ballot/import-report';
import type { ImportOutcome } from '@/state/backup-actions';
import type { FileImport } from './use-file-import';

// The question about assessments already here loads when a file raises it: the home screen does not pay for it.
// A refused value in words (field names, dimension names) loads only when a file is refused.
const InvalidField = lazy(() => import('./invalid-field').then((m) => ({ default: m.InvalidField })));
const ImportConflictDialog = lazy(() => import('./import-conflict-dialog').then((m) => ({ default: m.ImportConflictDialog })));

/** A backup that was refused. */
function BackupError({ error, detail, value }: Extract<ImportOutcome, { ok: false }>) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="banner banner-error import-error">
      <p>
        <strong>{t('backup.errors.title')}</strong>
      </p>
      {error === 'invalid' ? (
        <Suspense fallback={<p>{t('backup.errors.invalid', { detail })}</p>}>
          <InvalidField detail={detail} value={value} />
        </Suspense>
      ) : (
        <p>{t(`backup.errors.${error}`, { detail })}</p>
      )}
      <p>{t('backup.nothingChanged')}</p>
    </div>
  );
}

/** What the home screen's import of one file did, when there is more to say than a short notice, or what it asks. */
export function FileImportResult({ shown, pending, decide }: Pick<FileImport, 'shown' | 'pending' | 'decide'>) {
  const { t, ready } = useTranslation('ballot', { useSuspense: false });
  if (pending) {
    return (
      <>
        <ImportReport reports={[]} summary={false} />
        <Suspense fallback={null}>
          <ImportConflictDialog key={pending.round} pending={pending} decide={decide} />
        </Suspense>
      </>
    );
  }
  if (!shown) return <ImportReport reports={[]} summary={false} />;
  if (shown.kind === 'backup') {
    return shown.outcome.ok ? null : <BackupError {...shown.outcome} />;
  }
  if (shown.kind === 'invitation') {
    return ready ? (
      <div role="alert" className="banner banner-error import-error">
        <p>{t('home.openFailed')}</p>
      </div>
    ) : null;
  }
  const merged = shown.report.status !== 'refused';
  return (
    <>
      <ImportReport reports={[shown.report]} summary={false} />
      {ready && merged && (
        <p>
          {t('home.mergedInto', { name: shown.assessmentName })} <Link href={`/a/${shown.assessmentId}/workshop`}>{t('home.toWorkshop')}</Link>
        </p>
      )}
    </>
  );
}
