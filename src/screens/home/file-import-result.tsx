import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ImportReport } from '@/screens/ballot/import-report';
import type { ImportOutcome } from '@/state/backup-actions';
import type { ShownOutcome } from './use-file-import';

/** A backup that was refused. */
function BackupError({ error, detail }: Extract<ImportOutcome, { ok: false }>) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="banner banner-error import-error">
      <p>
        <strong>{t('backup.errors.title')}</strong>
      </p>
      <p>{t(`backup.errors.${error}`, { detail })}</p>
      <p>{t('backup.nothingChanged')}</p>
    </div>
  );
}

/** What the home screen's import of one file did, when there is more to say than a short notice. */
export function FileImportResult({ shown }: { shown: ShownOutcome | null }) {
  const { t, ready } = useTranslation('ballot', { useSuspense: false });
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
