/**
 * Which snapshots the change table compares (and the radar overlays), per assessment.
 * Kept in memory only: the choice is a view setting, not part of the assessment.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import type { Assessment } from '@/domain/assessment';
import type { SnapshotOverlay } from '@/domain/snapshots';
import { MAX_COMPARED_SNAPSHOTS, snapshotOverlays } from '@/domain/snapshots';

type SnapshotChoiceState = {
  /** Chosen snapshot ids by assessment id, in the order they were ticked. */
  chosen: Record<string, readonly string[]>;
  /** Ticks or unticks a snapshot; returns false (and changes nothing) when a fourth would be ticked. */
  toggle: (assessmentId: string, snapshotId: string) => boolean;
  /** Drops a snapshot from the choice (after it was deleted). */
  forget: (assessmentId: string, snapshotId: string) => void;
};

const NONE: readonly string[] = [];

export const useSnapshotStore = create<SnapshotChoiceState>()((set, get) => ({
  chosen: {},
  toggle(assessmentId, snapshotId) {
    const current = get().chosen[assessmentId] ?? NONE;
    if (current.includes(snapshotId)) {
      set({ chosen: { ...get().chosen, [assessmentId]: current.filter((id) => id !== snapshotId) } });
      return true;
    }
    if (current.length >= MAX_COMPARED_SNAPSHOTS) return false;
    set({ chosen: { ...get().chosen, [assessmentId]: [...current, snapshotId] } });
    return true;
  },
  forget(assessmentId, snapshotId) {
    const current = get().chosen[assessmentId] ?? NONE;
    if (!current.includes(snapshotId)) return;
    set({ chosen: { ...get().chosen, [assessmentId]: current.filter((id) => id !== snapshotId) } });
  },
}));

/** The ids of the snapshots chosen for comparison in this assessment (ids of deleted snapshots may linger). */
export function useChosenSnapshotIds(assessmentId: string): readonly string[] {
  return useSnapshotStore((s) => s.chosen[assessmentId] ?? NONE);
}

/**
 * The chosen snapshots' baseline values for the radar to draw over the current profile:
 * at most three, oldest first, `null` where the snapshot has n/a, don't know or no rating.
 */
export function useSnapshotOverlays(assessment: Assessment): SnapshotOverlay[] {
  const ids = useChosenSnapshotIds(assessment.id);
  return useMemo(() => snapshotOverlays(assessment, ids), [assessment, ids]);
}
