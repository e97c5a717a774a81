/**
 * A synchronous safety copy of the open assessment, written when the page is hidden or unloaded.
 *
 * Why: Chromium aborts IndexedDB transactions that are still running when a page reloads or navigates
 * away (measured in tests/e2e/steps-evaluate-pl.spec.ts), so an edit made less than a second before
 * a reload could be lost. localStorage writes synchronously. At the next start the copy is written to
 * IndexedDB through the normal, revision-checked save, then removed. IndexedDB stays the only store
 * the app reads from; this key holds at most one draft and only between an unload and the next start.
 */
import type { Assessment } from '@/domain/assessment';

const KEY = 'csei-navigator:unsaved-draft';

export type JournalEntry = { draft: Assessment; savedAt: string };

/** Keeps a copy of the unsaved draft; silently does nothing where localStorage is unavailable or full. */
export function writeJournal(draft: Assessment, savedAt: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ draft, savedAt } satisfies JournalEntry));
  } catch {
    // Private mode or a full quota: the direct IndexedDB write is still attempted.
  }
}

/** The copy left by the last unload, if any. */
export function readJournal(): JournalEntry | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const entry = JSON.parse(raw) as Partial<JournalEntry> | null;
    const draft = entry?.draft;
    if (!draft || typeof draft.id !== 'string' || typeof draft.revision !== 'number' || typeof entry.savedAt !== 'string') {
      return null;
    }
    return { draft, savedAt: entry.savedAt };
  } catch {
    return null;
  }
}

export function clearJournal(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear where localStorage is unavailable.
  }
}
