/**
 * The import of a backup file, from its text to the write (all or nothing), usable in the page and in the
 * import worker (backup-import.worker.ts): nothing here touches the page. It can be cancelled until it writes.
 */
import type { BackupError } from '@/domain/backup-parse';
import type { ImportChoices, ImportPreview } from '@/domain/backup-merge';
import { retain } from '@/domain/local-backups';
import { localIsoDate } from '@/i18n/format';
import { appEnv, nowIso } from '@/lib/env';
import { putAssessmentsKeepingEarlier } from '@/storage/local-backup-repository';
import { migrateRow } from '@/storage/migrations';
import { listAssessments, putAssessments } from '@/storage/repository';

export type ImportOutcome =
  /** keptEarlier: how many replaced versions were kept as earlier versions (they can be restored). */
  | { ok: true; added: number; unchanged: number; copied: number; replaced: number; keptEarlier: number }
  /** Some assessments of the file are here with other content: nothing is written until the user chooses. */
  | { ok: 'choose'; preview: ImportPreview }
  /** The user cancelled before anything was written. */
  | { ok: 'cancelled' }
  | { ok: false; error: BackupError | 'write-failed'; detail: string; value?: string };

/** Where an import is: reading and checking the file can be cancelled, writing cannot. */
export type ImportStage = 'reading' | 'checking' | 'writing';

export type ImportControl = { signal?: AbortSignal | undefined; onStage?: ((stage: ImportStage) => void) | undefined };

/** Validates all of the file before anything is written; without conflicts writes it at once, with them asks. */
export async function importBackupText(text: string, { signal, onStage }: ImportControl = {}): Promise<ImportOutcome> {
  onStage?.('checking');
  const { parseBackup } = await import('@/domain/backup-parse');
  if (signal?.aborted) return { ok: 'cancelled' };
  const parsed = parseBackup(text, migrateRow);
  if (!parsed.ok) return parsed;
  const { previewImport } = await import('@/domain/backup-merge');
  const preview = previewImport(await listAssessments(), parsed.backup.assessments);
  if (preview.conflicts.length > 0) return { ok: 'choose', preview };
  return writeImport(preview, {}, (name) => name, { signal, onStage });
}

/** Writes what the import plan says, in one transaction; the last moment a cancel is heeded is just before. */
export async function writeImport(
  preview: ImportPreview,
  choices: ImportChoices,
  copyName: (name: string) => string,
  { signal, onStage }: ImportControl = {},
): Promise<ImportOutcome> {
  // The merge rules load with the parser, when a file is imported: the home screen does not pay for them.
  const { planImport } = await import('@/domain/backup-merge');
  const plan = planImport(preview, choices, appEnv(), copyName);
  if (signal?.aborted) return { ok: 'cancelled' };
  onStage?.('writing');
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
