/**
 * Automatic earlier versions of assessments, in the `localBackups` table (schema version 4).
 * Copies are kept only in IndexedDB: when the app works in memory (IndexedDB unavailable) there are none.
 *
 * A copy's id is `${assessmentId}:${takenAt}`, so the copies of one assessment and their times are read
 * from the keys alone, without loading the copies themselves (that check runs after saves).
 * A copy holds the record as it was stored; one from an older schema version is upgraded when it is read
 * back for a restore (src/state/local-backup-actions.ts), not here.
 */
import { liveQuery } from 'dexie';
import type { Assessment } from '@/domain/assessment';
import { summarize } from '@/domain/assessment-summary';
import type { LocalBackup, LocalBackupMeta } from '@/domain/local-backups';
import type { WriteResult } from './backend';
import { isQuotaError } from './backend';
import type { NavigatorDb } from './db';
import { currentDb, getStorageStatus, putAssessments } from './repository';

export const localBackupId = (assessmentId: string, takenAt: string): string => `${assessmentId}:${takenAt}`;

const newestFirst = (a: LocalBackup, b: LocalBackup) => b.takenAt.localeCompare(a.takenAt);

async function metasOf(db: NavigatorDb, assessmentId: string): Promise<LocalBackupMeta[]> {
  const ids = await db.localBackups.where('assessmentId').equals(assessmentId).primaryKeys();
  return ids.map((id) => ({ id, takenAt: id.slice(assessmentId.length + 1) }));
}

/** The copies of one assessment, newest first. */
export async function listLocalBackups(assessmentId: string): Promise<LocalBackup[]> {
  const db = currentDb();
  if (!db) return [];
  return (await db.localBackups.where('assessmentId').equals(assessmentId).toArray()).sort(newestFirst);
}

export async function getLocalBackup(id: string): Promise<LocalBackup | undefined> {
  return currentDb()?.localBackups.get(id);
}

/** Calls back with the copies of one assessment now and after every change (also from other tabs). */
export function watchLocalBackups(assessmentId: string, callback: (list: LocalBackup[]) => void): () => void {
  const db = currentDb();
  if (!db) {
    callback([]);
    return () => undefined;
  }
  const subscription = liveQuery(async () => (await db.localBackups.where('assessmentId').equals(assessmentId).toArray()).sort(newestFirst)).subscribe({
    next: callback,
    error: () => undefined,
  });
  return () => {
    subscription.unsubscribe();
  };
}

export type CopyRules = {
  /** Is a copy due, given when the newest one was taken (null: none yet)? */
  due: (lastTakenAt: string | null) => boolean;
  /** The ids to keep of the assessment's copies, the new one included. */
  keep: (copies: readonly LocalBackupMeta[]) => string[];
};

export type TakeResult = { ok: true; taken: boolean; lastTakenAt: string | null } | { ok: false; reason: 'quota' | 'blocked' | 'error' };

/**
 * In one transaction: if a copy is due, copies the STORED record of the assessment (not a draft), then
 * deletes the copies the rules do not keep. Writes nothing when no copy is due or the record is gone.
 */
export async function takeLocalBackup(assessmentId: string, now: string, rules: CopyRules): Promise<TakeResult> {
  const db = currentDb();
  if (!db || getStorageStatus() !== 'ok') return { ok: false, reason: 'blocked' };
  try {
    return await db.transaction('rw', db.assessments, db.localBackups, async (): Promise<TakeResult> => {
      const before = await metasOf(db, assessmentId);
      const last = before.reduce<string | null>((newest, m) => (newest === null || m.takenAt > newest ? m.takenAt : newest), null);
      if (!rules.due(last)) return { ok: true, taken: false, lastTakenAt: last };
      const stored = await db.assessments.get(assessmentId);
      if (!stored) return { ok: true, taken: false, lastTakenAt: last };
      const id = localBackupId(assessmentId, now);
      await db.localBackups.put({ id, assessmentId, takenAt: now, assessment: stored });
      const all = [...before.filter((m) => m.id !== id), { id, takenAt: now }];
      const keep = new Set(rules.keep(all));
      const drop = all.filter((m) => !keep.has(m.id)).map((m) => m.id);
      if (drop.length > 0) await db.localBackups.bulkDelete(drop);
      return { ok: true, taken: true, lastTakenAt: now };
    });
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
  }
}

export type KeepingWriteResult = { ok: true; kept: number } | { ok: false; reason: 'quota' | 'blocked' | 'error' };

/**
 * Writes records as given (an import), all or nothing. In the same transaction, the stored version of each
 * record named in `keepIds` first becomes an earlier version taken at `now` (the rules then trim the copies),
 * so that an assessment replaced by a file can be restored. Says how many versions were kept.
 * Without IndexedDB the app keeps no earlier versions: the records are written and none is kept.
 */
export async function putAssessmentsKeepingEarlier(
  records: readonly Assessment[],
  keepIds: readonly string[],
  now: string,
  keep: CopyRules['keep'],
): Promise<KeepingWriteResult> {
  const db = currentDb();
  if (!db) {
    const written = await putAssessments(records);
    return written.ok ? { ok: true, kept: 0 } : written;
  }
  if (getStorageStatus() !== 'ok') return { ok: false, reason: 'blocked' };
  try {
    // The summaries are built before the transaction starts: it stays as short as the writes.
    const summaries = records.map(summarize);
    return await db.transaction('rw', db.assessments, db.summaries, db.localBackups, async (): Promise<KeepingWriteResult> => {
      let kept = 0;
      for (const assessmentId of keepIds) {
        const stored = await db.assessments.get(assessmentId);
        if (!stored) continue;
        const id = localBackupId(assessmentId, now);
        await db.localBackups.put({ id, assessmentId, takenAt: now, assessment: stored });
        const all = await metasOf(db, assessmentId);
        const retained = new Set([...keep(all), id]);
        const drop = all.filter((m) => !retained.has(m.id)).map((m) => m.id);
        if (drop.length > 0) await db.localBackups.bulkDelete(drop);
        kept += 1;
      }
      await db.assessments.bulkPut([...records]);
      await db.summaries.bulkPut(summaries);
      return { ok: true, kept };
    });
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
  }
}

/** Deletes the copies of assessments that are no longer stored (deleted, and the undo time is over). */
export async function deleteOrphanLocalBackups(): Promise<WriteResult> {
  const db = currentDb();
  if (!db || getStorageStatus() !== 'ok') return { ok: false, reason: 'blocked' };
  try {
    await db.transaction('rw', db.assessments, db.localBackups, async () => {
      const kept = new Set(await db.assessments.toCollection().primaryKeys());
      const owners = await db.localBackups.orderBy('assessmentId').uniqueKeys();
      const gone = owners.map(String).filter((id) => !kept.has(id));
      if (gone.length > 0) await db.localBackups.where('assessmentId').anyOf(gone).delete();
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
  }
}

/** Deletes every copy of every assessment. */
export async function deleteAllLocalBackups(): Promise<WriteResult> {
  const db = currentDb();
  if (!db || getStorageStatus() !== 'ok') return { ok: false, reason: 'blocked' };
  try {
    await db.localBackups.clear();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
  }
}
