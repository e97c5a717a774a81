/**
 * The list of every assessment, followed only while a screen shows it (the home screen, the about page).
 * It reads the summaries (src/domain/assessment-summary.ts), a few hundred bytes per assessment, never whole
 * records; the workspace watches just its own assessment, so that typing never waits for the others.
 */
import { useEffect } from 'react';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import { watchSummaries } from '@/storage/repository';
import { useAppStore } from './app-store';

let followers = 0;
let stop: (() => void) | null = null;

/** Starts following the list (shared by every screen part that shows it); returns how to stop. */
export function followAssessmentList(): () => void {
  followers += 1;
  if (followers === 1) {
    stop = watchSummaries((list) => {
      useAppStore.getState().setAssessments(list);
    });
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    followers -= 1;
    if (followers === 0) {
      stop?.();
      stop = null;
    }
  };
}

let bootFollow: (() => void) | null = null;

/**
 * At start-up the list is read while the first screen renders (most starts open the home screen, which
 * shows it at once); the app lets go of this first hold once its screen is up and following for itself.
 */
export function followListAtStart(): void {
  bootFollow ??= followAssessmentList();
}

/** Resolves once the list has been read (or after `ms`, so that a slow database never holds the first screen). */
export function listRead(ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (useAppStore.getState().listLoaded) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    const unsubscribe = useAppStore.subscribe((state) => {
      if (state.listLoaded) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

export function releaseListAtStart(): void {
  bootFollow?.();
  bootFollow = null;
}

/** What the list shows of every assessment, newest change first, kept up to date (also from other tabs) while the caller is shown. */
export function useAssessmentList(): { assessments: AssessmentSummary[]; loaded: boolean } {
  useEffect(() => followAssessmentList(), []);
  const assessments = useAppStore((s) => s.assessments);
  const loaded = useAppStore((s) => s.listLoaded);
  return { assessments, loaded };
}
