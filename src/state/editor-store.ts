/**
 * The assessment open in the workspace, with autosave.
 * Every edit marks the draft unsaved and schedules a save about half a second later; leaving the
 * page flushes at once. A save that fails keeps the draft in memory: nothing typed is dropped.
 * When another tab saved the same assessment meanwhile, edits to different fields are merged
 * (assessment-merge.ts); only the same field changed in both asks the user which version to keep.
 */
import { create } from 'zustand';
import type { Assessment } from '@/domain/assessment';
import { mergeAssessments, sameValue } from '@/domain/assessment-merge';
import { nowIso } from '@/lib/env';
import { getAssessment, putAssessments, saveAssessment } from '@/storage/repository';
import { clearJournal, writeJournal } from '@/storage/unload-journal';
import { notify } from './notices-store';

export const AUTOSAVE_DELAY_MS = 500;
/** Continuous typing postpones the save by at most this long after the first unsaved edit. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'quota' | 'blocked' | 'error';

type EditorState = {
  assessment: Assessment | null;
  loadState: 'idle' | 'loading' | 'ready' | 'missing';
  saveState: SaveState;
  /** The other tab's version when both changed the same field. */
  conflict: Assessment | null;
  open: (id: string) => Promise<void>;
  close: () => void;
  update: (recipe: (draft: Assessment) => Assessment) => void;
  flush: () => Promise<boolean>;
  /** Resolves a conflict: this tab's text wins in the fields both changed; the other tab's other changes are kept. */
  keepMine: () => Promise<void>;
  /** Resolves a conflict: the other tab's text wins in the fields both changed; this tab's other changes are kept. */
  loadTheirs: () => void;
  /** Another tab saved this assessment: adopt it when there is nothing unsaved here. */
  adoptExternal: (stored: Assessment) => void;
  /** The page is being hidden or closed: start the write at once, without waiting for a read. */
  flushOnHide: () => void;
};

let timer: ReturnType<typeof setTimeout> | null = null;
/** When the oldest unsaved edit was made (ms since epoch), or null when nothing waits. */
let firstUnsavedAt: number | null = null;
let generation = 0;
let inFlight: Promise<boolean> | null = null;
/** The newest revision of the open assessment seen in storage (this tab's saves and other tabs'). */
let storedRevision = 0;
/** The stored version the draft was last based on: the common ancestor when merging with another tab's save. */
let base: Assessment | null = null;

function clearTimer(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

export const useEditorStore = create<EditorState>()((set, get) => {
  function schedule(): void {
    const now = Date.now();
    firstUnsavedAt ??= now;
    const delay = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, firstUnsavedAt + AUTOSAVE_MAX_WAIT_MS - now));
    clearTimer();
    timer = setTimeout(() => {
      void get().flush();
    }, delay);
  }

  async function saveOnce(): Promise<boolean> {
    const draft = get().assessment;
    if (!draft || get().saveState !== 'unsaved') return get().saveState === 'saved';
    const savedGeneration = generation;
    firstUnsavedAt = null;
    set({ saveState: 'saving' });
    const result = await saveAssessment(draft, nowIso());
    const current = get().assessment;
    if (!current || current.id !== draft.id) return true;
    if (result.ok) {
      storedRevision = result.saved.revision;
      base = result.saved;
      if (generation === savedGeneration) clearJournal();
      const unchanged = generation === savedGeneration;
      set({
        assessment: unchanged ? result.saved : { ...current, revision: result.saved.revision, updatedAt: result.saved.updatedAt },
        saveState: unchanged ? 'saved' : 'unsaved',
      });
      if (!unchanged) schedule();
      return unchanged;
    }
    if (result.reason === 'conflict') {
      storedRevision = Math.max(storedRevision, result.stored.revision);
      const merge = base?.id === current.id ? mergeAssessments(base, current, result.stored) : null;
      if (merge && merge.conflicts.length === 0) {
        // Another tab changed other fields: both edits are kept and saved on top of its version.
        base = result.stored;
        set({ assessment: merge.merged, saveState: 'unsaved' });
        notify('conflict.merged');
        return saveOnce();
      }
      set({ saveState: 'conflict', conflict: result.stored });
    } else {
      set({ saveState: result.reason });
    }
    return false;
  }

  return {
    assessment: null,
    loadState: 'idle',
    saveState: 'saved',
    conflict: null,
    async open(id) {
      if (get().assessment?.id === id) return;
      await get().flush();
      set({ assessment: null, loadState: 'loading', saveState: 'saved', conflict: null });
      const stored = await getAssessment(id);
      storedRevision = stored?.revision ?? 0;
      base = stored ?? null;
      set({ assessment: stored ?? null, loadState: stored ? 'ready' : 'missing' });
    },
    close() {
      clearTimer();
      firstUnsavedAt = null;
      base = null;
      set({ assessment: null, loadState: 'idle', saveState: 'saved', conflict: null });
    },
    update(recipe) {
      const current = get().assessment;
      if (!current) return;
      generation += 1;
      const blocked = get().saveState === 'conflict';
      set({ assessment: recipe(current), saveState: blocked ? 'conflict' : 'unsaved' });
      if (!blocked) schedule();
    },
    async flush() {
      clearTimer();
      while (inFlight) await inFlight;
      if (get().saveState !== 'unsaved') return get().saveState === 'saved';
      inFlight = saveOnce();
      try {
        return await inFlight;
      } finally {
        inFlight = null;
      }
    },
    async keepMine() {
      const { assessment, conflict } = get();
      if (!assessment || !conflict) return;
      const merged = base?.id === assessment.id ? mergeAssessments(base, assessment, conflict, 'mine').merged : { ...assessment, revision: conflict.revision };
      base = conflict;
      set({ assessment: merged, conflict: null, saveState: 'unsaved' });
      await get().flush();
    },
    loadTheirs() {
      const { assessment, conflict } = get();
      if (!conflict) return;
      generation += 1;
      const merged = assessment && base?.id === assessment.id ? mergeAssessments(base, assessment, conflict, 'theirs').merged : conflict;
      base = conflict;
      // This tab's edits to fields the other tab left alone are still to be saved.
      const pending = !sameValue(merged, conflict);
      set({ assessment: merged, conflict: null, saveState: pending ? 'unsaved' : 'saved' });
      if (pending) schedule();
    },
    adoptExternal(stored) {
      const { assessment, saveState } = get();
      if (!assessment || assessment.id !== stored.id) return;
      storedRevision = Math.max(storedRevision, stored.revision);
      if (saveState === 'saved' && stored.revision > assessment.revision) {
        base = stored;
        set({ assessment: stored });
      }
    },
    flushOnHide() {
      const { assessment, saveState } = get();
      // The usual save reads before it writes; a closing page may not live long enough for both, and a
      // save already running may be cut off. When no other tab has saved since this draft's revision,
      // write the draft directly: IndexedDB runs this write after any save already under way.
      const pending = saveState === 'unsaved' || saveState === 'saving';
      if (!assessment || !pending || storedRevision !== assessment.revision) {
        void get().flush();
        return;
      }
      clearTimer();
      firstUnsavedAt = null;
      // The draft keeps the revision it is based on until the write is confirmed: a second call (pagehide
      // after visibilitychange) writes the same revision again, and the journal names the right base.
      writeJournal(assessment, nowIso());
      const next = { ...assessment, revision: assessment.revision + 1, updatedAt: nowIso() };
      const savedGeneration = generation;
      set({ saveState: 'saving' });
      void putAssessments([next]).then((result) => {
        if (!result.ok) {
          set({ saveState: result.reason });
          return;
        }
        storedRevision = next.revision;
        base = next;
        const unchanged = generation === savedGeneration;
        if (unchanged) clearJournal();
        const current = get().assessment;
        if (current?.id === next.id) {
          set({ assessment: { ...current, revision: next.revision, updatedAt: next.updatedAt }, saveState: unchanged ? 'saved' : 'unsaved' });
        }
      });
    },
  };
});

/** Retry after a failed save (e.g. storage was full and space was freed). */
export function retrySave(): Promise<boolean> {
  const { saveState } = useEditorStore.getState();
  if (saveState === 'quota' || saveState === 'error') useEditorStore.setState({ saveState: 'unsaved' });
  return useEditorStore.getState().flush();
}
