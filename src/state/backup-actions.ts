/** "Export all" and "Import" of backup files. */
import { backupFileName, MAX_BACKUP_BYTES } from '@/domain/backup-format';
import { MAX_BALLOT_BYTES } from '@/domain/ballot-format';
import type { ImportChoices, ImportPreview } from '@/domain/backup-merge';
import { localIsoDate } from '@/i18n/format';
import { downloadBlob } from '@/lib/download';
import { APP_VERSION, nowIso } from '@/lib/env';
import { getBackendKind, getStorageStatus, listAssessments, setSetting } from '@/storage/repository';
import { useAppStore } from './app-store';
import type { BallotFileReport, OpenInvitationResult, StoredBallotImport } from './ballot-actions';
import { useEditorStore } from './editor-store';
import { exportAllFile } from './export-all-file';
import type { ImportControl, ImportOutcome, ImportStage } from './backup-import';
import { importBackupText, writeImport } from './backup-import';
import type { ImportWorkerMessage } from './backup-import.worker';
import { SETTING_LAST_BACKUP } from './storage-boot';

/**
 * Writes one JSON file with every assessment; the open one is saved first. Returns the file name. The file is
 * made, and the export time written back, in a Web Worker where possible (export-all-file.ts).
 */
export async function exportAll(): Promise<string> {
  await useEditorStore.getState().flush();
  const now = nowIso();
  const open = useEditorStore.getState().assessment;
  const fileName = backupFileName(localIsoDate(new Date(now)));
  downloadBlob(await exportAllFile({ now, appVersion: APP_VERSION, open }), fileName);
  // The open draft gets the export time in memory (the stored records got it with the file).
  useEditorStore.setState((s) => (s.assessment ? { assessment: { ...s.assessment, lastExportAt: now } } : {}));
  await setSetting(SETTING_LAST_BACKUP, now);
  useAppStore.getState().setLastBackupAt(now);
  return fileName;
}

export type { ImportOutcome, ImportStage } from './backup-import';

/** The import in a worker when the data is in IndexedDB (the page stays responsive); null when that is not possible. */
function importInWorker(file: File, { signal, onStage }: ImportControl): Promise<ImportOutcome | null> {
  if (typeof Worker === 'undefined' || getBackendKind() !== 'indexeddb' || getStorageStatus() !== 'ok') return Promise.resolve(null);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./backup-import.worker.ts', import.meta.url), { type: 'module' });
    let stage: ImportStage = 'reading';
    const done = (outcome: ImportOutcome | null) => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(outcome);
    };
    // Until it writes, ending the worker cancels the import; once it writes, the write runs to its end (all or nothing).
    function cancel() {
      if (stage !== 'writing') done({ ok: 'cancelled' });
    }
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if ('stage' in message) {
        stage = message.stage;
        onStage?.(stage);
      } else if ('outcome' in message) {
        done(message.outcome);
      } else {
        done(null);
      }
    };
    worker.onerror = () => {
      done(null);
    };
    worker.postMessage({ file });
  });
}

/**
 * Reads a backup (or one assessment's file); validates all of it before anything is written. Without
 * conflicts it writes all or nothing at once; with conflicts it writes nothing and asks (see finishImport).
 * `signal` cancels it until it starts writing.
 */
export async function importBackup(file: File, control: ImportControl = {}): Promise<ImportOutcome> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large', detail: '' };
  const inWorker = await importInWorker(file, control);
  if (inWorker) return inWorker;
  control.onStage?.('reading');
  const text = await file.text();
  if (control.signal?.aborted) return { ok: 'cancelled' };
  return importBackupText(text, control);
}

/**
 * Finishes an import the user was asked about, with a choice per conflict; `copyName` names a copy.
 * The file is compared with this device again first: if an assessment in question was saved meanwhile
 * (another tab), nothing is written and the user is asked again with the new dates.
 */
export async function finishImport(asked: ImportPreview, choices: ImportChoices, copyName: (name: string) => string): Promise<ImportOutcome> {
  const { previewImport, sameConflicts } = await import('@/domain/backup-merge');
  const fresh = previewImport(await listAssessments(), asked.incoming);
  if (!sameConflicts(fresh, asked)) return { ok: 'choose', preview: fresh };
  return writeImport(fresh, choices, copyName);
}

/** What the home screen's import did with a file: a backup, an invitation or a ballot, told apart by their format field. */
export type FileImportOutcome =
  | { kind: 'backup'; outcome: ImportOutcome }
  | { kind: 'invitation'; result: OpenInvitationResult }
  | ({ kind: 'ballot' } & StoredBallotImport);

/**
 * The home screen's import: a backup is imported, an invitation opens the participant's ballot, a ballot is
 * merged into the stored assessment it answers. Each is validated in full before anything is written.
 */
export async function importFile(file: File, control: ImportControl = {}): Promise<FileImportOutcome> {
  if (file.size > MAX_BALLOT_BYTES) return { kind: 'backup', outcome: await importBackup(file, control) };
  const text = await file.text();
  const { parseExchangeFile } = await import('@/domain/ballot-parse');
  const parsed = parseExchangeFile(text);
  if (!parsed.ok) {
    // Not an invitation or ballot at all: read it as a backup (which says so if it is not one either).
    if (parsed.error === 'unknown-format') return { kind: 'backup', outcome: await importBackupText(text, control) };
    const report: BallotFileReport = { fileName: file.name, status: 'refused', error: parsed.error, detail: parsed.detail };
    return { kind: 'ballot', report, assessmentId: '', assessmentName: '' };
  }
  // The ballot actions load on demand, like the parser: the home screen does not pay for them.
  const { importBallotIntoStored, openInvitation } = await import('./ballot-actions');
  if (parsed.kind === 'invitation') return { kind: 'invitation', result: await openInvitation(parsed.invitation) };
  return { kind: 'ballot', ...(await importBallotIntoStored(file.name, parsed.ballot)) };
}
