/** Asks the browser to keep this site's data (not evict it under storage pressure). */
export type PersistState = 'granted' | 'not-granted' | 'unsupported';

/** Current state, without asking. */
export async function persistState(): Promise<PersistState> {
  if (typeof navigator === 'undefined' || !('storage' in navigator) || typeof navigator.storage.persisted !== 'function') return 'unsupported';
  return (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
}

/** Asks for persistent storage once; returns the resulting state. */
export async function requestPersistence(): Promise<PersistState> {
  if (typeof navigator === 'undefined' || !('storage' in navigator) || typeof navigator.storage.persist !== 'function') return 'unsupported';
  try {
    return (await navigator.storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}
