/**
 * Ballot drafts a participant fills on this device, one per invitation (keyed by the facilitator's assessment id).
 * They live in the `ballots` table of the app's database, or in memory for this tab when IndexedDB is unavailable.
 */
import { liveQuery } from 'dexie';
import type { BallotDraft } from '@/domain/ballot';
import type { WriteResult } from './backend';
import { isQuotaError } from './backend';
import type { NavigatorDb } from './db';
import { currentDb, getStorageStatus } from './repository';

const memory = new Map<string, BallotDraft>();
const memoryListeners = new Set<(list: BallotDraft[]) => void>();

const newestFirst = (a: BallotDraft, b: BallotDraft) => b.updatedAt.localeCompare(a.updatedAt);
const memoryList = () => [...memory.values()].map((d) => structuredClone(d)).sort(newestFirst);

function notifyMemory(): void {
  const list = memoryList();
  memoryListeners.forEach((l) => {
    l(list);
  });
}

/** Writes go to IndexedDB only while the app may write there (not when the data is newer, nor in a stale tab). */
async function write(db: NavigatorDb, run: (db: NavigatorDb) => Promise<unknown>): Promise<WriteResult> {
  if (getStorageStatus() !== 'ok') return { ok: false, reason: 'blocked' };
  try {
    await run(db);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
  }
}

export function getBallotDraft(assessmentId: string): Promise<BallotDraft | undefined> {
  const db = currentDb();
  if (db) return db.ballots.get(assessmentId);
  const draft = memory.get(assessmentId);
  return Promise.resolve(draft ? structuredClone(draft) : undefined);
}

/** Every draft on this device, most recently changed first. */
export async function listBallotDrafts(): Promise<BallotDraft[]> {
  const db = currentDb();
  if (db) return (await db.ballots.toArray()).sort(newestFirst);
  return memoryList();
}

/** Stores a draft as given (replacing the earlier version of it). */
export function putBallotDraft(draft: BallotDraft): Promise<WriteResult> {
  const db = currentDb();
  if (db) return write(db, (d) => d.ballots.put(draft));
  memory.set(draft.assessmentId, structuredClone(draft));
  notifyMemory();
  return Promise.resolve({ ok: true });
}

export function deleteBallotDraft(assessmentId: string): Promise<WriteResult> {
  const db = currentDb();
  if (db) return write(db, (d) => d.ballots.delete(assessmentId));
  memory.delete(assessmentId);
  notifyMemory();
  return Promise.resolve({ ok: true });
}

/** Calls back with every draft now and after every change (also from other tabs). */
export function watchBallotDrafts(callback: (list: BallotDraft[]) => void): () => void {
  const db = currentDb();
  if (!db) {
    memoryListeners.add(callback);
    callback(memoryList());
    return () => memoryListeners.delete(callback);
  }
  const subscription = liveQuery(async () => (await db.ballots.toArray()).sort(newestFirst)).subscribe({ next: callback, error: () => undefined });
  return () => {
    subscription.unsubscribe();
  };
}
