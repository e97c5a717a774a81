import type { ChangeEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/i18n/format';
import { useAppStore } from '@/state/app-store';
import { exportAll } from '@/state/backup-actions';
import { notify } from '@/state/notices-store';
import { FileImportResult } from './file-import-result';
import { useFileImport } from './use-file-import';

const IMPORT_STAGES = ['reading', 'checking', 'writing'] as const;

/**
 * Export all / import backup, with the time of the last backup and whether storage is protected.
 * The import takes invitation and ballot files too (told apart by their format), as the ballot section's does.
 */
export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const lastBackupAt = useAppStore((s) => s.lastBackupAt);
  const persist = useAppStore((s) => s.persist);
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy, stage, cancel, shown, pending, run, decide } = useFileImport();

  const [exporting, setExporting] = useState(false);
  const onExport = async () => {
    setExporting(true);
    try {
      const file = await exportAll();
      notify('backup.exported', { file });
    } finally {
      setExporting(false);
    }
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await run(file);
  };

  return (
    <section className="backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.explain')}</p>
      <p className="last-backup">
        {lastBackupAt ? t('backup.lastBackup', { date: formatDateTime(lastBackupAt, i18n.language) }) : t('backup.neverBackedUp')}
      </p>
      <div className="button-row">
        <button type="button" disabled={exporting} onClick={() => void onExport()}>
          {t('backup.exportAll')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => fileInput.current?.click()}>
          {busy ? t('backup.importing') : t('backup.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('backup.import')}
          onChange={(e) => void onFile(e)}
        />
      </div>
      {exporting && (
        <div className="import-progress" role="status">
          <progress aria-label={t('backup.exporting')} />
          <span>{t('backup.exporting')}</span>
        </div>
      )}
      {busy && stage && (
        <div className="import-progress" role="status">
          <progress max={IMPORT_STAGES.length} value={IMPORT_STAGES.indexOf(stage) + 1} aria-label={t('backup.progress')} />
          <span>{t(`backup.stages.${stage}`)}</span>
          {stage !== 'writing' && (
            <button type="button" className="secondary" onClick={cancel}>
              {t('backup.cancelImport')}
            </button>
          )}
        </div>
      )}
      <FileImportResult shown={shown} pending={pending} decide={decide} />
      <p className="persist-state">{t(`persist.${persist}`)}</p>
    </section>
  );
}
