/**
 * Automatic earlier versions ("local backups") of each assessment, kept in this browser next to the assessment.
 * They protect against mistakes (a text deleted, the wrong ratings entered), not against the browser clearing
 * its data: only an exported file does that.
 *
 * When a copy is taken: after a save lands, if the assessment has no copy yet, the newest copy is from
 * another (local) day, or the newest copy is at least LOCAL_BACKUP_INTERVAL_MS old. The copy is of the
 * stored record, so the first copy of a day is the state as work on it began that day (one save in).
 *
 * Which copies are kept (retain): from today, the first copy of the day and the two newest (at most 3);
 * from each earlier day, its newest copy; at most 10 in all, the newest kept first.
 * Pure: the current time and the way a timestamp maps to a calendar day are passed in.
 */
import type { Assessment } from './assessment';
import { DIMENSION_IDS } from './dimensions';
import { valueInForce } from './gaps';
import { activeGoals } from './plan';
import type { RatingCounts } from './rating';
import { countRatings } from './rating';
import { completedSteps } from './steps';

/** One automatic copy: the assessment as stored at `takenAt`. */
export type LocalBackup = { id: string; assessmentId: string; takenAt: string; assessment: Assessment };

/** What retention needs to know of a copy. */
export type LocalBackupMeta = { id: string; takenAt: string };

/** A timestamp's calendar day, e.g. '2026-03-14' (the app passes the user's local day). */
export type DayOf = (iso: string) => string;

export const LOCAL_BACKUP_INTERVAL_MS = 10 * 60 * 1000;
export const MAX_LOCAL_BACKUPS = 10;
export const MAX_LOCAL_BACKUPS_TODAY = 3;

/** The UTC day of a timestamp; tests use it, the app passes the local day. */
export const utcDay: DayOf = (iso) => iso.slice(0, 10);

const newestFirst = (a: LocalBackupMeta, b: LocalBackupMeta) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id);

/** Is a new copy due after a save at `now`, given when the newest copy was taken (null: none yet)? */
export function copyDue(lastTakenAt: string | null, now: string, dayOf: DayOf): boolean {
  if (lastTakenAt === null) return true;
  if (dayOf(lastTakenAt) !== dayOf(now)) return true;
  return Date.parse(now) - Date.parse(lastTakenAt) >= LOCAL_BACKUP_INTERVAL_MS;
}

/**
 * The ids of the copies to keep, newest first. A copy stamped later than `now` (the clock was turned back)
 * counts as one of another day: it is kept only as that day's one copy.
 */
export function retain(backups: readonly LocalBackupMeta[], now: string, dayOf: DayOf): string[] {
  const today = dayOf(now);
  const sorted = [...backups].sort(newestFirst);
  const ofToday = sorted.filter((b) => b.takenAt <= now && dayOf(b.takenAt) === today);
  const firstOfToday = ofToday.at(-1);
  const keptToday = ofToday.slice(0, MAX_LOCAL_BACKUPS_TODAY - 1);
  if (firstOfToday && !keptToday.includes(firstOfToday)) keptToday.push(firstOfToday);

  const seenDays = new Set<string>();
  const earlier: LocalBackupMeta[] = [];
  for (const b of sorted) {
    if (ofToday.includes(b)) continue;
    const day = dayOf(b.takenAt);
    if (seenDays.has(day)) continue;
    seenDays.add(day);
    earlier.push(b);
  }
  // Today's copies come first: a copy stamped in the future must not push out the one just taken.
  const kept = new Set([...keptToday, ...earlier].slice(0, MAX_LOCAL_BACKUPS));
  return sorted.filter((b) => kept.has(b)).map((b) => b.id);
}

/** What the list of earlier versions says about a copy besides its time. */
export type CopySummary = { name: string; stepsDone: number; baseline: RatingCounts; goals: number; revision: number };

export function summarizeCopy(a: Assessment): CopySummary {
  const baseline = countRatings(DIMENSION_IDS.map((id) => valueInForce(a, id, 'baseline')));
  return { name: a.name, stepsDone: completedSteps(a), baseline, goals: activeGoals(a).length, revision: a.revision };
}
