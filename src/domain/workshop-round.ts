/**
 * What the workshop page needs besides the aggregation: how far the round is, whether a participant's
 * label is usable, and the results table's order. Pure.
 */
import type { GroupRow, Profile, SectorView } from './aggregate';
import { byDisagreement, groupProfile, MIN_SECTOR_SIZE, participantProgress, sectorViews } from './aggregate';
import type { Assessment } from './assessment';
import type { Participant, Sector } from './participants';
import { SECTORS } from './participants';
import type { RatingValue } from './rating';
import { isScore, NOT_APPLICABLE, UNKNOWN } from './rating';

/** Labels longer than this are refused (they have to fit a button on the pass-the-laptop cover). */
export const MAX_LABEL_LENGTH = 60;

export type LabelProblem = 'empty' | 'duplicate' | 'tooLong';

/** Why a participant's label cannot be used, or null. Two participants never share a label (they pick their own name). */
export function labelProblem(participants: readonly Participant[], label: string, exceptId: string | null = null): LabelProblem | null {
  const wanted = label.trim();
  if (wanted === '') return 'empty';
  if (wanted.length > MAX_LABEL_LENGTH) return 'tooLong';
  const key = wanted.toLocaleLowerCase();
  const taken = participants.some((p) => p.id !== exceptId && p.label.trim().toLocaleLowerCase() === key);
  return taken ? 'duplicate' : null;
}

/** How many participants have answered all 16 ratings, some of them, or none. */
export type RoundStatus = { participants: number; complete: number; partial: number; notStarted: number };

export function roundStatus(a: Assessment): RoundStatus {
  const status: RoundStatus = { participants: a.participants.length, complete: 0, partial: 0, notStarted: 0 };
  for (const p of a.participants) {
    const { done, total } = participantProgress(a, p.id);
    if (done === total) status.complete += 1;
    else if (done === 0) status.notStarted += 1;
    else status.partial += 1;
  }
  return status;
}

export const RESULT_ORDERS = ['method', 'disagreement'] as const;
export type ResultOrder = (typeof RESULT_ORDERS)[number];

/**
 * The results table's rows for one profile: the method's order, or the largest spread of that profile
 * first (ties keep the method's order).
 */
export function resultRows(rows: readonly GroupRow[], profile: Profile, order: ResultOrder): GroupRow[] {
  if (order === 'method') return [...rows];
  const spreadOf = new Map(rows.map((r) => [r.dimension, r[profile].spread ?? 0]));
  return byDisagreement(rows.map((r) => ({ ...r, disagreement: spreadOf.get(r.dimension) ?? 0 }))).map(
    (sorted) => rows.find((r) => r.dimension === sorted.dimension) ?? sorted,
  );
}

/** The dimensions to talk about first: flagged in either profile, the most disagreement first. */
export function discussFirst(rows: readonly GroupRow[]): GroupRow[] {
  return byDisagreement(rows.filter((r) => r.discuss));
}

/** Participants who rate on this device (not through a ballot file). */
export function ratingHere(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => p.ballotCreatedAt === null);
}

/** Is this one of the four sectors? */
export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

/** A rating as the value of a select option ('' for not rated / not agreed). */
export function ratingOption(value: RatingValue): string {
  return value === null ? '' : String(value);
}

/** The rating an option stands for; anything unknown is "not rated". */
export function ratingFromOption(option: string): RatingValue {
  const score = Number(option);
  if (option !== '' && isScore(score)) return score;
  if (option === NOT_APPLICABLE || option === UNKNOWN) return option;
  return null;
}

/** A cell of the sectors' table: the median, withheld for anonymity, or no score (answered only n/a or don't know). */
export type SectorCell = number | 'withheld' | 'noScore';

/** The sector views of one profile, each cell saying whether it was withheld or simply has no score. */
export function sectorTable(a: Assessment, profile: Profile): (SectorView & { cells: SectorCell[] })[] {
  return sectorViews(a).map((view) => {
    const group = groupProfile(
      a,
      a.participants.filter((p) => p.sector === view.sector),
    );
    const cells = view.rows.map((row, index): SectorCell => {
      const median = row[profile];
      if (median !== null) return median;
      const g = group[index]?.[profile];
      const answered = g ? g.count + g.notApplicable + g.unknown : 0;
      return view.visible && answered >= MIN_SECTOR_SIZE ? 'noScore' : 'withheld';
    });
    return { ...view, cells };
  });
}
