/**
 * The storage API the rest of the app calls. It hides whether data lives in IndexedDB or, when
 * IndexedDB is unavailable (some private modes), in memory for this tab.
 */
import type { Assessment } from '@/domain/assessment';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import type { Backend, SaveResult, WriteResult } from './backend';
import type { NavigatorDb } from './db';
import { codeVersion, createDb, DB_NAME, storedVersion } from './db';
import { createDexieBackend } from './dexie-backend';
import { createMemoryBackend } from './memory-backend';
import { buildSummaries } from './migrations/v6-summaries';

/**
 * ok: reading and writing IndexedDB. unavailable: IndexedDB could not be opened, working in memory.
 * newer-data: the data on disk comes from a newer app version, so this one only reads.
 * stale: another tab upgraded the database; this tab must reload before it writes again.
 */
export type StorageStatus = 'opening' | 'ok' | 'unavailable' | 'newer-data' | 'stale';

let backend: Backend = createMemoryBackend();
let db: NavigatorDb | null = null;
let status: StorageStatus = 'opening';
const statusListeners = new Set<(s: StorageStatus) => void>();

function setStatus(next: StorageStatus): void {
  status = next;
  statusListeners.forEach((l) => {
    l(next);
  });
}

/**
 * How long opening IndexedDB may take before the app gives up and works in memory. Some browsers
 * never answer the request at all (a broken profile, storage blocked by policy), which would leave
 * the page blank. Opening takes a few milliseconds normally (about 2 ms with 500 stored assessments).
 */
export const OPEN_TIMEOUT_MS = 10_000;

/** Opens the database, or gives up after `ms`; a database that opens after that is closed again, unused. */
async function openWithin(handle: NavigatorDb, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = handle.open().then(() => true);
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, ms);
  });
  try {
    const opened = await Promise.race([opening, timeout]);
    if (!opened) {
      opening.then(
        () => {
          handle.close();
        },
        () => undefined,
      );
    }
    return opened;
  } finally {
    clearTimeout(timer);
  }
}

/** Opens IndexedDB (or falls back to memory) and reports what the app may do with it. */
export async function openStorage(name = DB_NAME): Promise<StorageStatus> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const handle = createDb(name);
    handle.on('versionchange', () => {
      setStatus('stale');
      handle.close();
      return false;
    });
    if (!(await openWithin(handle, OPEN_TIMEOUT_MS))) throw new Error('IndexedDB did not answer');
    db = handle;
    backend = createDexieBackend(handle, () => status === 'ok');
    const newer = storedVersion(handle) > codeVersion();
    if (!newer) await repairSummaries(handle);
    setStatus(newer ? 'newer-data' : 'ok');
  } catch {
    backend = createMemoryBackend();
    setStatus('unavailable');
  }
  return status;
}

/**
 * Builds the list's summaries again when their number differs from the records' (records written around the
 * app, e.g. by a benchmark or a browser's developer tools): two counts at every start, a rebuild only then.
 * A failure leaves things as they were; the list then misses the rows, the records are untouched.
 */
async function repairSummaries(handle: NavigatorDb): Promise<void> {
  try {
    const [records, summaries] = await Promise.all([handle.assessments.count(), handle.summaries.count()]);
    if (records === summaries) return;
    await handle.transaction('rw', handle.assessments, handle.summaries, async (tx) => {
      await handle.summaries.clear();
      await buildSummaries(tx);
    });
  } catch {
    // Nothing to do: see above.
  }
}

/** Closes the database (tests, and before a reload). */
export function closeStorage(): void {
  db?.close();
  db = null;
  backend = createMemoryBackend();
  status = 'opening';
}

export function getStorageStatus(): StorageStatus {
  return status;
}

/** The open IndexedDB database, or null when working in memory; for stores of other tables (ballot-repository.ts). */
export function currentDb(): NavigatorDb | null {
  return db;
}

export function getBackendKind(): Backend['kind'] {
  return backend.kind;
}

/** Calls back whenever the storage status changes. */
export function onStorageStatus(callback: (s: StorageStatus) => void): () => void {
  statusListeners.add(callback);
  return () => statusListeners.delete(callback);
}

/** Every assessment, newest change first. */
export function listAssessments(): Promise<Assessment[]> {
  return backend.list();
}

export function getAssessment(id: string): Promise<Assessment | undefined> {
  return backend.get(id);
}

/**
 * Saves an assessment edited from revision `assessment.revision`. The stored copy gets the next
 * revision and `now` as its last change. If someone saved in between (another tab), nothing is
 * written and the stored copy is returned as a conflict.
 */
export function saveAssessment(assessment: Assessment, now: string): Promise<SaveResult> {
  const next = { ...assessment, revision: assessment.revision + 1, updatedAt: now };
  return backend.save(next, assessment.revision);
}

/** Deletes an assessment; returns the deleted record so that it can be put back (undo). */
export async function deleteAssessment(id: string): Promise<{ result: WriteResult; deleted: Assessment | undefined }> {
  const deleted = await backend.get(id);
  return { result: await backend.remove(id), deleted };
}

/** Puts records back exactly as given (undo of a delete, and imports): all or nothing. */
export function putAssessments(records: readonly Assessment[]): Promise<WriteResult> {
  return backend.putAll(records);
}

/** What the list shows of every assessment, newest change first. */
export function listSummaries(): Promise<AssessmentSummary[]> {
  return backend.listSummaries();
}

/**
 * Calls back with what the list shows of every assessment (newest change first) now and after every change,
 * including changes made in other tabs. Reads only the summaries, never whole records.
 */
export function watchSummaries(callback: (list: AssessmentSummary[]) => void): () => void {
  return backend.watchSummaries(callback);
}

/** Calls back with one assessment (undefined once deleted) now and after every change of it, including changes made in other tabs. */
export function watchAssessment(id: string, callback: (record: Assessment | undefined) => void): () => void {
  return backend.watchOne(id, callback);
}

export function getSetting(key: string): Promise<unknown> {
  return backend.getSetting(key);
}

export function setSetting(key: string, value: unknown): Promise<WriteResult> {
  return backend.setSetting(key, value);
}
