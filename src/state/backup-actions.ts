/** "Export all" and "Import" of backup files. */
import { buildBackup, backupFileName, MAX_BACKUP_BYTES } from '@/domain/backup-format';
import type { BackupError } from '@/domain/backup-parse';
import { migrateRow } from '@/storage/migrations';
import { planImport } from '@/domain/backup-merge';
import { localIsoDate } from '@/i18n/format';
import { downloadBlob } from '@/lib/download';
import { APP_VERSION, appEnv, nowIso } from '@/lib/env';
import { listAssessments, putAssessments, setSetting } from '@/storage/repository';
import { useAppStore } from './app-store';
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
  | { ok: true; added: number; unchanged: number; copied: number }
  | { ok: false; error: BackupError | 'write-failed'; detail: string };

/** Reads a backup file; validates all of it before anything is written, then writes all or nothing. */
export async function importBackup(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large', detail: '' };
  const [{ parseBackup }, text] = await Promise.all([import('@/domain/backup-parse'), file.text()]);
  const parsed = parseBackup(text, migrateRow);
  if (!parsed.ok) return parsed;
  const plan = planImport(await listAssessments(), parsed.backup.assessments, appEnv());
  const written = await putAssessments(plan.toWrite);
  if (!written.ok) return { ok: false, error: 'write-failed', detail: written.reason };
  return { ok: true, added: plan.added, unchanged: plan.unchanged, copied: plan.copied };
}
