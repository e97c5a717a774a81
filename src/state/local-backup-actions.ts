/**
 * Automatic earlier versions of the open assessment: a copy is taken after saves (when one is due, see
 * src/domain/local-backups.ts) and a copy can be restored.
 *
 * Typing never waits for a copy: the check runs after a save has landed, in its own transaction, and a
 * failing copy is ignored (the save itself succeeded; a full disk shows in the save state anyway).
 */
import type { Assessment } from '@/domain/assessment';
import { CURRENT_SCHEMA_VERSION, duplicateAssessment } from '@/domain/assessment';
import type { LocalBackup } from '@/domain/local-backups';
import { copyDue, retain } from '@/domain/local-backups';
import { localIsoDate } from '@/i18n/format';
import { appEnv, nowIso } from '@/lib/env';
import { deleteOrphanLocalBackups, getLocalBackup, takeLocalBackup, watchLocalBackups } from '@/storage/local-backup-repository';
import { migrateRow } from '@/storage/migrations';
import { saveAssessment } from '@/storage/repository';
import { useEditorStore } from './editor-store';

/** Days are the user's local calendar days. */
const localDay = (iso: string): string => localIsoDate(new Date(iso));

/** When this tab last knew of a copy of each assessment: spares a database read after most saves. */
const lastKnown = new Map<string, string | null>();
const running = new Set<string>();

/** Takes a copy of the stored assessment if one is due at `now`. Never throws. */
export async function copyIfDue(assessmentId: string, now: string = nowIso()): Promise<void> {
  const known = lastKnown.get(assessmentId);
  if (running.has(assessmentId) || (known !== undefined && !copyDue(known, now, localDay))) return;
  running.add(assessmentId);
  try {
    const result = await takeLocalBackup(assessmentId, now, {
      due: (last) => copyDue(last, now, localDay),
      keep: (copies) => retain(copies, now, localDay),
    });
    // After a failure, the next attempt waits for the interval instead of following every save.
    lastKnown.set(assessmentId, result.ok ? result.lastTakenAt : now);
  } finally {
    running.delete(assessmentId);
  }
}

/** Forgets what this tab knew (tests, and after all data was deleted). */
export function forgetCopies(): void {
  lastKnown.clear();
}

/**
 * Follows the editor: whenever a save of the open assessment lands (its revision goes up), a copy is
 * taken if due. Also drops copies of assessments deleted earlier. Returns a function that stops following.
 */
export function startLocalBackups(): () => void {
  void deleteOrphanLocalBackups();
  return useEditorStore.subscribe((state, prev) => {
    const a = state.assessment;
    const p = prev.assessment;
    if (!a || !p || a.id !== p.id || a.revision <= p.revision) return;
    void copyIfDue(a.id);
  });
}

export function watchCopies(assessmentId: string, callback: (list: LocalBackup[]) => void): () => void {
  return watchLocalBackups(assessmentId, callback);
}

export type RestoreResult =
  | { ok: true; keptAs: Assessment }
  /** missing: no such copy. unsaved: the current state could not be saved, so nothing was done. kept-copy-failed: nothing was done. */
  | { ok: false; reason: 'missing' | 'unsaved' | 'kept-copy-failed' }
  /** The current state is kept as a copy, but the restored version is not saved yet (shown in the save state). */
  | { ok: false; reason: 'restore-unsaved'; keptAs: Assessment };

/** A copy from an older schema version is upgraded like an old file would be. */
function upgraded(copy: Assessment): Assessment {
  return copy.schemaVersion < CURRENT_SCHEMA_VERSION ? (migrateRow(copy, copy.schemaVersion) as unknown as Assessment) : copy;
}

/**
 * Restores an earlier version of the OPEN assessment. First the current state is saved and kept as a new
 * assessment named by `keptName`; then the version replaces the open one through the editor (so the usual
 * revision check applies); then the assessment is opened afresh so that every field shows the restored text.
 */
export async function restoreCopy(copyId: string, keptName: (current: Assessment) => string): Promise<RestoreResult> {
  const editor = useEditorStore.getState();
  const current = editor.assessment;
  if (!current) return { ok: false, reason: 'missing' };
  const copy = await getLocalBackup(copyId);
  if (copy?.assessmentId !== current.id) return { ok: false, reason: 'missing' };
  if (!(await editor.flush())) return { ok: false, reason: 'unsaved' };
  const latest = useEditorStore.getState().assessment ?? current;
  const kept = duplicateAssessment(latest, keptName(latest), appEnv());
  const saved = await saveAssessment(kept, kept.createdAt);
  if (!saved.ok) return { ok: false, reason: 'kept-copy-failed' };
  const version = upgraded(copy.assessment);
  useEditorStore.getState().update((draft) => ({
    ...version,
    id: draft.id,
    revision: draft.revision,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    lastExportAt: draft.lastExportAt,
  }));
  if (!(await useEditorStore.getState().flush())) return { ok: false, reason: 'restore-unsaved', keptAs: saved.saved };
  useEditorStore.getState().close();
  await useEditorStore.getState().open(current.id);
  return { ok: true, keptAs: saved.saved };
}
