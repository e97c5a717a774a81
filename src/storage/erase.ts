/**
 * "Delete all my data": removes everything the app keeps about the user on this device.
 *
 * Deleted: the app's IndexedDB database (assessments, ballots, automatic earlier versions, settings such as
 * the language and the last backup date) and the app's keys in localStorage and sessionStorage (the unload
 * journal, and any key under the same prefix).
 * Kept: the service worker and its Cache Storage, which hold only the app's own files, so that the app still
 * opens offline afterwards. The caller reloads the page once this resolves.
 */
import { Dexie } from 'dexie';
import { closeStorage, currentDb } from './repository';
import { DB_NAME } from './db';

/** Every localStorage / sessionStorage key of the app starts with this (see unload-journal.ts). */
export const APP_KEY_PREFIX = 'csei-navigator';

export type EraseResult = { ok: true } | { ok: false; reason: 'error' };

function clearKeys(storage: Storage | undefined): void {
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(APP_KEY_PREFIX) ?? false);
  for (const key of keys) storage.removeItem(key);
}

function webStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window[kind];
  } catch {
    // Some browsers throw on access when site data is blocked.
    return undefined;
  }
}

/**
 * Closes the database and deletes it (the open one; the app's only one is DB_NAME). Other tabs of the app close their connection when asked (and show
 * "reload"), so the deletion is not held up by them.
 */
export async function eraseAllData(name = currentDb()?.name ?? DB_NAME): Promise<EraseResult> {
  closeStorage();
  clearKeys(webStorage('localStorage'));
  clearKeys(webStorage('sessionStorage'));
  // Without IndexedDB (the app worked in memory) there is no database to delete.
  if (typeof indexedDB === 'undefined') return { ok: true };
  try {
    await Dexie.delete(name);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'error' };
  }
}
