/**
 * What the workshop page needs besides the aggregation: how far the round is, whether a participant's
 * label is usable, and the results table's order. Pure.
 */
import type { GroupRow, Profile } from './aggregate';
import { byDisagreement, participantProgress } from './aggregate';
import type { Assessment } from './assessment';
import type { Participant } from './participants';

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
