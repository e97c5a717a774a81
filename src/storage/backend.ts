import type { Assessment } from '@/domain/assessment';
import type { AssessmentSummary } from '@/domain/assessment-summary';

/** Why a write did not happen. Nothing is written in any of these cases. */
export type WriteFailure = 'conflict' | 'quota' | 'blocked' | 'error';

export type SaveResult =
  | { ok: true; saved: Assessment }
  | { ok: false; reason: 'conflict'; stored: Assessment }
  | { ok: false; reason: Exclude<WriteFailure, 'conflict'> };

export type WriteResult = { ok: true } | { ok: false; reason: Exclude<WriteFailure, 'conflict'> };

/** What the repository needs from a store: IndexedDB (Dexie) or memory when IndexedDB is unavailable. */
export type Backend = {
  kind: 'indexeddb' | 'memory';
  list(): Promise<Assessment[]>;
  get(id: string): Promise<Assessment | undefined>;
  /** Writes `next` unless a stored copy has another revision than `basedOn` (a conflict); writes it again if it was deleted. */
  save(next: Assessment, basedOn: number): Promise<SaveResult>;
  remove(id: string): Promise<WriteResult>;
  /** Writes all records in one transaction: all or nothing. */
  putAll(records: readonly Assessment[]): Promise<WriteResult>;
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<WriteResult>;
  /** What the list shows of every assessment, newest change first (kept in step with every write of a record). */
  listSummaries(): Promise<AssessmentSummary[]>;
  /** Calls back with the summaries, newest change first, now and after every change (also from other tabs). */
  watchSummaries(callback: (list: AssessmentSummary[]) => void): () => void;
  /** Calls back with one record (undefined once it is deleted), now and after every change of it (also from other tabs). */
  watchOne(id: string, callback: (record: Assessment | undefined) => void): () => void;
};

export { byUpdatedDesc } from '@/domain/assessment-summary';

/** QuotaExceededError may arrive directly or as the inner error of Dexie's AbortError. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; inner?: { name?: unknown } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
