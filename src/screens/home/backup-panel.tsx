import type { ChangeEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/i18n/format';
import { useAppStore } from '@/state/app-store';
import type { ImportOutcome } from '@/state/backup-actions';
import { exportAll, importBackup } from '@/state/backup-actions';
import { notify } from '@/state/notices-store';

function ImportError({ outcome }: { outcome: Extract<ImportOutcome, { ok: false }> }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="banner banner-error import-error">
      <p>
        <strong>{t('backup.errors.title')}</strong>
      </p>
      <p>{t(`backup.errors.${outcome.error}`, { detail: outcome.detail })}</p>
      <p>{t('backup.nothingChanged')}</p>
    </div>
  );
}

/** Export all / import backup, with the time of the last backup and whether storage is protected. */
export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const lastBackupAt = useAppStore((s) => s.lastBackupAt);
  const persist = useAppStore((s) => s.persist);
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Extract<ImportOutcome, { ok: false }> | null>(null);

  const onExport = async () => {
    const file = await exportAll();
    notify('backup.exported', { file });
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setFailure(null);
    const outcome = await importBackup(file);
    setBusy(false);
    if (outcome.ok) notify('backup.imported', { added: outcome.added, copied: outcome.copied, unchanged: outcome.unchanged });
    else setFailure(outcome);
  };

  return (
    <section className="backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.explain')}</p>
      <p className="last-backup">
        {lastBackupAt ? t('backup.lastBackup', { date: formatDateTime(lastBackupAt, i18n.language) }) : t('backup.neverBackedUp')}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void onExport()}>
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
      {failure && <ImportError outcome={failure} />}
      <p className="persist-state">{t(`persist.${persist}`)}</p>
    </section>
  );
}
