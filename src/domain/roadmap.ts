import type { Measure, MeasureStatus, MilestoneCadence } from './plan';
import { findAbstractPhrase, hasNumber } from './vague-words';

export type MeasureIssueCode =
  | 'no-owner'
  | 'no-milestone'
  | 'abstract-wording'
  | 'no-dates'
  | 'due-before-start'
  | 'milestone-no-date'
  | 'milestone-after-due';
/** `number` is the milestone's place in the list (1 = first), for the milestone findings. */
export type MeasureIssue = { code: MeasureIssueCode; phrase?: string; number?: number };

/** A "by date" milestone without a date, and a milestone that falls after the measure's due date. */
function milestoneIssues(measure: Measure): MeasureIssue[] {
  return measure.milestones.flatMap((ms, index): MeasureIssue[] => {
    const number = index + 1;
    if (measure.cadence === 'dates' && ms.due.trim() === '') return [{ code: 'milestone-no-date', number }];
    const date = milestoneDate(measure, ms);
    return date !== '' && measure.due !== '' && date > measure.due ? [{ code: 'milestone-after-due', number }] : [];
  });
}

/** How many milestones have no date yet (they cannot be in a calendar file). */
export function undatedMilestoneCount(measures: readonly Measure[]): number {
  return measures.reduce((n, m) => n + m.milestones.filter((ms) => milestoneDate(m, ms) === '').length, 0);
}

/**
 * Checks a measure: someone owns it, a milestone shows progress, it is concrete, its dates make sense,
 * every "by date" milestone has a date and none falls after the measure's due date.
 */
export function checkMeasure(measure: Measure): MeasureIssue[] {
  const issues: MeasureIssue[] = [];
  if (measure.owner.trim() === '') issues.push({ code: 'no-owner' });
  if (measure.milestones.length === 0) issues.push({ code: 'no-milestone' });
  const phrase = findAbstractPhrase(measure.title);
  if (measure.title.trim() !== '' && phrase && !hasNumber(measure.title)) issues.push({ code: 'abstract-wording', phrase });
  if (measure.start === '' || measure.due === '') issues.push({ code: 'no-dates' });
  else if (measure.due < measure.start) issues.push({ code: 'due-before-start' });
  issues.push(...milestoneIssues(measure));
  return issues;
}

/** Adds days to an ISO date (YYYY-MM-DD), in UTC, so no time zone shifts the day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds months to an ISO date; the 31st of a short month becomes its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The last day of each calendar quarter after the start and not after the due date (four when there is no due date). */
export function quarterEndsBetween(start: string, due: string): string[] {
  const ends: string[] = [];
  const year = Number(start.slice(0, 4));
  for (let i = 0; ends.length < 40; i += 1) {
    const month = 3 * ((i % 4) + 1);
    const end = new Date(Date.UTC(year + Math.floor(i / 4), month, 0)).toISOString().slice(0, 10);
    if (end <= start) continue;
    if (due !== '' && end > due) break;
    ends.push(end);
    if (due === '' && ends.length === 4) break;
  }
  return ends;
}

/**
 * The milestone offsets (days after the start) a cadence proposes: 30/60/90 days, every 3 months from
 * the start until the due date (a milestone on the due date itself is kept), or the calendar quarter
 * ends between start and due date.
 */
export function cadenceOffsets(cadence: MilestoneCadence, start: string, due: string): number[] {
  if (cadence === '30-60-90') return [30, 60, 90];
  if (start === '') return [];
  if (cadence === 'quarter-ends') return quarterEndsBetween(start, due).map((end) => daysBetween(start, end));
  if (cadence !== 'quarterly') return [];
  const offsets: number[] = [];
  for (let q = 1; q <= 12; q += 1) {
    const date = addMonths(start, 3 * q);
    if (due !== '' && date > due) break;
    offsets.push(daysBetween(start, date));
    if (due === '' && q === 4) break;
  }
  return offsets;
}

/** The date of a milestone: its own date, or the measure's start plus its offset. Empty when unknown. */
export function milestoneDate(measure: Measure, milestone: Measure['milestones'][number]): string {
  if (measure.cadence === 'dates' || milestone.offsetDays === null) return milestone.due;
  return measure.start === '' ? '' : addDays(measure.start, milestone.offsetDays);
}

/** "2026-Q3" for an ISO date. */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${String(Math.ceil(month / 3))}`;
}

/** Every quarter from the first to the last date, in order. */
export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  let cursor = `${first.slice(0, 7)}-01`;
  while (quarterOf(cursor) <= quarterOf(last) && quarters.length < 40) {
    const q = quarterOf(cursor);
    if (!quarters.includes(q)) quarters.push(q);
    cursor = addMonths(cursor, 3);
  }
  return quarters;
}

export type TimelineRow = {
  measureId: string;
  goalId: string;
  /** Quarters the measure runs through. */
  active: string[];
  /** The measure's status (planned, in progress, blocked, done, dropped). */
  status: MeasureStatus;
  /** Milestones by quarter, and whether each is reached. */
  milestones: { id: string; quarter: string; date: string; done: boolean }[];
};

export type Timeline = { quarters: string[]; rows: TimelineRow[] };

/** The roadmap by quarter: every dated measure and milestone across goals. Undated ones are left out. */
export function buildTimeline(measures: readonly Measure[]): Timeline {
  const dated = measures.filter((m) => m.start !== '' && m.due !== '' && m.due >= m.start);
  if (dated.length === 0) return { quarters: [], rows: [] };
  const dates = dated.flatMap((m) => [m.start, m.due, ...m.milestones.map((ms) => milestoneDate(m, ms)).filter(Boolean)]);
  const quarters = quartersBetween(dates.reduce((a, b) => (a < b ? a : b)), dates.reduce((a, b) => (a > b ? a : b)));
  const rows = dated.map((m) => ({
    measureId: m.id,
    goalId: m.goalId,
    status: m.status,
    active: quarters.filter((q) => q >= quarterOf(m.start) && q <= quarterOf(m.due)),
    milestones: m.milestones
      .map((ms) => ({ id: ms.id, date: milestoneDate(m, ms), done: ms.done }))
      .filter((ms) => ms.date !== '')
      .map((ms) => ({ ...ms, quarter: quarterOf(ms.date) })),
  }));
  return { quarters, rows };
}

const ROMAN_QUARTERS = ['', 'I', 'II', 'III', 'IV'];

/** The parts of a quarter label for a key such as "2026-Q3": "3" and "2026", or "III" in Polish (III kw. 2026). */
export function quarterParts(key: string, language: string): { quarter: string; year: string } {
  const [year = '', quarter = ''] = key.split('-Q');
  return { quarter: language === 'pl' ? (ROMAN_QUARTERS[Number(quarter)] ?? quarter) : quarter, year };
}
