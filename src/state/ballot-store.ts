/**
 * The ballot draft open on the participant's device, with autosave: every change is stored in IndexedDB
 * about half a second later, and at once when the page is hidden or closed. Nothing typed is lost on reload.
 */
import { create } from 'zustand';
import type { BallotDraft } from '@/domain/ballot';
import { nowIso } from '@/lib/env';
import { getBallotDraft, putBallotDraft } from '@/storage/ballot-repository';

export const BALLOT_AUTOSAVE_MS = 500;

export type BallotSaveState = 'saved' | 'unsaved' | 'saving' | 'quota' | 'blocked' | 'error';

type BallotState = {
  draft: BallotDraft | null;
  loadState: 'idle' | 'loading' | 'ready' | 'missing';
  saveState: BallotSaveState;
  open: (assessmentId: string) => Promise<void>;
  close: () => void;
  /** Changes the draft; `touch` false keeps its time of last change (used when only the export time is recorded). */
  update: (recipe: (draft: BallotDraft) => BallotDraft, touch?: boolean) => void;
  /** Saves now; resolves true when everything is stored. */
  flush: () => Promise<boolean>;
};

let timer: ReturnType<typeof setTimeout> | null = null;
let generation = 0;
let inFlight: Promise<boolean> | null = null;

function clearTimer(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

export const useBallotStore = create<BallotState>()((set, get) => {
  async function saveOnce(): Promise<boolean> {
    const { draft, saveState } = get();
    if (!draft || saveState !== 'unsaved') return saveState === 'saved';
    const savedGeneration = generation;
    set({ saveState: 'saving' });
    const result = await putBallotDraft(draft);
    if (get().draft?.assessmentId !== draft.assessmentId) return result.ok;
    if (!result.ok) {
      set({ saveState: result.reason });
      return false;
    }
    const unchanged = generation === savedGeneration;
    set({ saveState: unchanged ? 'saved' : 'unsaved' });
    if (!unchanged) schedule();
    return unchanged;
  }

  function schedule(): void {
    clearTimer();
    timer = setTimeout(() => {
      void get().flush();
    }, BALLOT_AUTOSAVE_MS);
  }

  return {
    draft: null,
    loadState: 'idle',
    saveState: 'saved',
    async open(assessmentId) {
      if (get().draft?.assessmentId === assessmentId) return;
      await get().flush();
      set({ draft: null, loadState: 'loading', saveState: 'saved' });
      const stored = await getBallotDraft(assessmentId);
      set({ draft: stored ?? null, loadState: stored ? 'ready' : 'missing' });
    },
    close() {
      clearTimer();
      set({ draft: null, loadState: 'idle', saveState: 'saved' });
    },
    update(recipe, touch = true) {
      const current = get().draft;
      if (!current) return;
      generation += 1;
      const next = recipe(current);
      set({ draft: touch ? { ...next, updatedAt: nowIso() } : next, saveState: 'unsaved' });
      schedule();
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
  };
});

/** Retry after a failed save (for example when storage was full and space was freed). */
export function retryBallotSave(): Promise<boolean> {
  const { saveState } = useBallotStore.getState();
  if (saveState === 'quota' || saveState === 'error') useBallotStore.setState({ saveState: 'unsaved' });
  return useBallotStore.getState().flush();
}
