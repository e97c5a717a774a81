import { liveQuery } from 'dexie';
import { summarize } from '@/domain/assessment-summary';
import type { Backend, SaveResult, WriteResult } from './backend';
import { isQuotaError } from './backend';
import type { NavigatorDb } from './db';

function failure(error: unknown): { ok: false; reason: 'quota' | 'error' } {
  return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
}

/**
 * IndexedDB through Dexie. `canWrite` is asked before every write: once the data on disk is newer
 * than this code, or another tab upgraded the database, nothing is written any more.
 */
export function createDexieBackend(db: NavigatorDb, canWrite: () => boolean): Backend {
  async function guarded(write: () => Promise<unknown>): Promise<WriteResult> {
    if (!canWrite()) return { ok: false, reason: 'blocked' };
    try {
      await write();
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  }

  return {
    kind: 'indexeddb',
    list: () => db.assessments.orderBy('updatedAt').reverse().toArray(),
    get: (id) => db.assessments.get(id),
    async save(next, basedOn): Promise<SaveResult> {
      if (!canWrite()) return { ok: false, reason: 'blocked' };
      try {
        return await db.transaction('rw', db.assessments, db.summaries, async (): Promise<SaveResult> => {
          const stored = await db.assessments.get(next.id);
          // A record deleted elsewhere while it was open here is written again: the edits in this tab win over
          // losing them. Only a newer stored revision is a conflict.
          if (stored && stored.revision !== basedOn) {
            return { ok: false, reason: 'conflict', stored };
          }
          await db.assessments.put(next);
          await db.summaries.put(summarize(next));
          return { ok: true, saved: next };
        });
      } catch (error) {
        return failure(error);
      }
    },
    remove: (id) =>
      guarded(() =>
        db.transaction('rw', db.assessments, db.summaries, async () => {
          await db.assessments.delete(id);
          await db.summaries.delete(id);
        }),
      ),
    // The summaries are built before the transaction starts: it stays as short as the writes.
    putAll: (records) => {
      const summaries = records.map(summarize);
      return guarded(() =>
        db.transaction('rw', db.assessments, db.summaries, async () => {
          await db.assessments.bulkPut([...records]);
          await db.summaries.bulkPut(summaries);
        }),
      );
    },
    getSetting: async (key) => (await db.settings.get(key))?.value,
    setSetting: (key, value) => guarded(() => db.settings.put({ key, value })),
    listSummaries: () => db.summaries.orderBy('updatedAt').reverse().toArray(),
    watchSummaries(callback) {
      const subscription = liveQuery(() => db.summaries.orderBy('updatedAt').reverse().toArray()).subscribe({
        next: callback,
        error: () => undefined,
      });
      return () => {
        subscription.unsubscribe();
      };
    },
    watchOne(id, callback) {
      // Dexie re-runs this query only when this record changes: typing in one assessment never reads the others.
      const subscription = liveQuery(() => db.assessments.get(id)).subscribe({ next: callback, error: () => undefined });
      return () => {
        subscription.unsubscribe();
      };
    },
  };
}
