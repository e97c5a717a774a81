/** "Export all" and "Import" of backup files. */
import { buildBackup, backupFileName, MAX_BACKUP_BYTES } from '@/domain/backup-format';
import { MAX_BALLOT_BYTES } from '@/domain/ballot-format';
import type { BackupError } from '@/domain/backup-parse';
import { migrateRow } from '@/storage/migrations';
import type { ImportChoices, ImportPreview } from '@/domain/backup-merge';
import { localIsoDate } from '@/i18n/format';
import { downloadBlob } from '@/lib/download';
import { APP_VERSION, appEnv, nowIso } from '@/lib/env';
import { retain } from '@/domain/local-backups';
import { putAssessmentsKeepingEarlier } from '@/storage/local-backup-repository';
import { listAssessments, putAssessments, setSetting } from '@/storage/repository';
import { useAppStore } from './app-store';
import type { BallotFileReport, OpenInvitationResult, StoredBallotImport } from './ballot-actions';
import { useEditorStore } from './editor-store';
import { SETTING_LAST_BACKUP } from './storage-boot';

/** Writes one JSON file with every assessment; the open one is saved first. Returns the file name. */
export async function exportAll(): Promise<string> {
  await useEditorStore.getState().flush();
  const now = nowIso();
  const stored = await listAssessments();
  const open = useEditorStore.getState().assessment;
  // An unsaved draft (storage full, or unavailable) is exported as the user sees it.
  const list = stored.map((a) => (open && a.id === open.id ? open : a)).map((a) => ({ ...a, lastExportAt: now }));
  if (open && !list.some((a) => a.id === open.id)) list.push({ ...open, lastExportAt: now });
  const fileName = backupFileName(localIsoDate(new Date(now)));
  const json = JSON.stringify(buildBackup(list, APP_VERSION, now), null, 2);
  downloadBlob(new Blob([json], { type: 'application/json' }), fileName);
  // Only the stored records get the export time written back: an unsaved draft (for example during a
  // conflict with another tab) must not overwrite what is stored. The open draft gets it in memory.
  await putAssessments(stored.map((a) => ({ ...a, lastExportAt: now })));
  useEditorStore.setState((s) => (s.assessment ? { assessment: { ...s.assessment, lastExportAt: now } } : {}));
  await setSetting(SETTING_LAST_BACKUP, now);
  useAppStore.getState().setLastBackupAt(now);
  return fileName;
}

export type ImportOutcome =
  /** keptEarlier: how many replaced versions were kept as earlier versions (they can be restored). */
  | { ok: true; added: number; unchanged: number; copied: number; replaced: number; keptEarlier: number }
  /** Some assessments of the file are here with other content: nothing is written until the user chooses. */
  | { ok: 'choose'; preview: ImportPreview }
  | { ok: false; error: BackupError | 'write-failed'; detail: string; value?: string };

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
  const summary = { added: plan.added, unchanged: plan.unchanged, copied: plan.copied, replaced: plan.replaced };
  if (plan.replacedIds.length === 0) {
    const written = await putAssessments(plan.toWrite);
    return written.ok ? { ok: true, ...summary, keptEarlier: 0 } : { ok: false, error: 'write-failed', detail: written.reason };
  }
  // What the file replaces is kept as an earlier version first, in the same transaction as the import.
  const now = nowIso();
  const localDay = (iso: string) => localIsoDate(new Date(iso));
  const written = await putAssessmentsKeepingEarlier(plan.toWrite, plan.replacedIds, now, (copies) => retain(copies, now, localDay));
  if (!written.ok) return { ok: false, error: 'write-failed', detail: written.reason };
  return { ok: true, ...summary, keptEarlier: written.kept };
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
