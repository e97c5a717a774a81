/** "Export all" and "Import" of backup files. */
import { backupFileName, MAX_BACKUP_BYTES } from '@/domain/backup-format';
import { MAX_BALLOT_BYTES } from '@/domain/ballot-format';
import type { BackupError } from '@/domain/backup-parse';
import { migrateRow } from '@/storage/migrations';
import type { ImportChoices, ImportPreview } from '@/domain/backup-merge';
import { localIsoDate } from '@/i18n/format';
import { downloadBlob } from '@/lib/download';
import { APP_VERSION, appEnv, nowIso } from '@/lib/env';
import { listAssessments, putAssessments, setSetting } from '@/storage/repository';
import { useAppStore } from './app-store';
import type { BallotFileReport, OpenInvitationResult, StoredBallotImport } from './ballot-actions';
import { useEditorStore } from './editor-store';
import { exportAllFile } from './export-all-file';
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

export type ImportOutcome =
  | { ok: true; added: number; unchanged: number; copied: number; replaced: number }
  /** Some assessments of the file are here with other content: nothing is written until the user chooses. */
  | { ok: 'choose'; preview: ImportPreview }
  | { ok: false; error: BackupError | 'write-failed'; detail: string };

/**
 * Reads a backup (or one assessment's file); validates all of it before anything is written. Without
 * conflicts it writes all or nothing at once; with conflicts it writes nothing and asks (see finishImport).
 */
export async function importBackup(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large', detail: '' };
  return importBackupText(await file.text());
}

async function importBackupText(text: string): Promise<ImportOutcome> {
  const { parseBackup } = await import('@/domain/backup-parse');
  const parsed = parseBackup(text, migrateRow);
  if (!parsed.ok) return parsed;
  const { previewImport } = await import('@/domain/backup-merge');
  const preview = previewImport(await listAssessments(), parsed.backup.assessments);
  if (preview.conflicts.length > 0) return { ok: 'choose', preview };
  return write(preview, {}, (name) => name);
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
  return write(fresh, choices, copyName);
}

async function write(preview: ImportPreview, choices: ImportChoices, copyName: (name: string) => string): Promise<ImportOutcome> {
  // The merge rules load with the parser, when a file is imported: the home screen does not pay for them.
  const { planImport } = await import('@/domain/backup-merge');
  const plan = planImport(preview, choices, appEnv(), copyName);
  const written = await putAssessments(plan.toWrite);
  if (!written.ok) return { ok: false, error: 'write-failed', detail: written.reason };
  return { ok: true, added: plan.added, unchanged: plan.unchanged, copied: plan.copied, replaced: plan.replaced };
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
export async function importFile(file: File): Promise<FileImportOutcome> {
  if (file.size > MAX_BALLOT_BYTES) return { kind: 'backup', outcome: await importBackup(file) };
  const text = await file.text();
  const { parseExchangeFile } = await import('@/domain/ballot-parse');
  const parsed = parseExchangeFile(text);
  if (!parsed.ok) {
    // Not an invitation or ballot at all: read it as a backup (which says so if it is not one either).
    if (parsed.error === 'unknown-format') return { kind: 'backup', outcome: await importBackupText(text) };
    const report: BallotFileReport = { fileName: file.name, status: 'refused', error: parsed.error, detail: parsed.detail };
    return { kind: 'ballot', report, assessmentId: '', assessmentName: '' };
  }
  // The ballot actions load on demand, like the parser: the home screen does not pay for them.
  const { importBallotIntoStored, openInvitation } = await import('./ballot-actions');
  if (parsed.kind === 'invitation') return { kind: 'invitation', result: await openInvitation(parsed.invitation) };
  return { kind: 'ballot', ...(await importBallotIntoStored(file.name, parsed.ballot)) };
}
