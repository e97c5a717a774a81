import type { DimensionId } from './dimensions';
import type { MeasureStatus } from './plan';
import type { Rating, RatingValue, Score } from './rating';
import { medianScore } from './rating';

/** The four sectors of cross-sectoral composition (seed 001, dimension II). */
export const SECTORS = ['public', 'private', 'social', 'academia'] as const;
export type Sector = (typeof SECTORS)[number];

export type Participant = {
  id: string;
  label: string;
  sector: Sector | null;
  /** When the ratings came from a ballot file: the ballot's creation time (ISO). null: rated on this device. */
  ballotCreatedAt: string | null;
};

/** The state of the workshop round: participants' ratings count (and are shown) only once revealed. */
export type Workshop = {
  revealed: boolean;
};

/** One participant's own ratings of one dimension. */
export type ParticipantRating = {
  participantId: string;
  baseline: Rating;
  ideal: Rating;
};

/** The value the group agreed on after discussion; null means not agreed yet. */
export type AgreedValue = {
  baseline: RatingValue;
  ideal: RatingValue;
  note: string;
};

/** A measure of the plan as it stood when a snapshot was taken. */
export type SnapshotMeasure = {
  id: string;
  title: string;
  status: MeasureStatus;
};

export type Snapshot = {
  id: string;
  label: string;
  /** ISO timestamp. */
  takenAt: string;
  ratings: Record<DimensionId, { baseline: RatingValue; ideal: RatingValue }>;
  /** The plan's measures and their status at that time (empty for snapshots of schema version 2 and older). */
  measures: SnapshotMeasure[];
};

/** A rating in force: a median may fall between two scores (3.5), so it is any number, or a non-numeric answer. */
export type ValueInForce = number | Exclude<RatingValue, Score>;

export type RatingSources = {
  single: Rating;
  agreed: RatingValue;
  participants: readonly Rating[];
};

/**
 * The rating in force for one dimension and one profile (baseline or ideal):
 * the agreed value if set, else the participants' median if there are participants, else the single rating.
 * A median of non-numeric answers is "not rated" (null), never zero.
 */
export function ratingInForce(sources: RatingSources): ValueInForce {
  if (sources.agreed !== null) return sources.agreed;
  if (sources.participants.length > 0) {
    const values = sources.participants.map((r) => r.value);
    const median = medianScore(values);
    if (median !== null) return median;
    return values.find((v) => v !== null) ?? null;
  }
  return sources.single.value;
}

/** Numeric view of a rating in force: the number, or null for n/a, don't know and unrated. */
export function numericValue(value: ValueInForce): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
