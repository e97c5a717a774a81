import type { Assessment } from './assessment';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { ValueInForce } from './participants';
import { numericValue, ratingInForce } from './participants';
import { medianScore, numericScores } from './rating';

/** One row of the profile: the ratings in force for baseline and ideal, and the gap between them. */
export type ProfileRow = {
  dimension: DimensionId;
  baseline: ValueInForce;
  ideal: ValueInForce;
  /** ideal − baseline when both are numbers; null when either is n/a, don't know or unrated. */
  gap: number | null;
};

/**
 * The rating in force of one dimension's baseline or ideal: the agreed value, else the participants'
 * median once the workshop round is revealed, else the single rating. Unrevealed ratings stay private.
 */
export function valueInForce(a: Assessment, dimension: DimensionId, profile: 'baseline' | 'ideal'): ValueInForce {
  const record = a.dimensions[dimension];
  return ratingInForce({
    single: record[profile],
    agreed: record.agreed[profile],
    participants: a.workshop.revealed ? record.participantRatings.map((p) => p[profile]) : [],
  });
}

/** Where a rating in force comes from: the group's agreed value, the participants' median, or the single rating. */
export type RatingOrigin = 'agreed' | 'group' | 'single';

export type SourcedValue = {
  value: ValueInForce;
  origin: RatingOrigin;
  /** The participants' median once revealed (null before the reveal or without numeric ratings). */
  groupMedian: number | null;
  /** Numeric participant ratings behind the median (0 before the reveal). */
  groupCount: number;
};

/** The rating in force with its origin, so that screens can show both the agreed value and the median. */
export function sourcedValue(a: Assessment, dimension: DimensionId, profile: 'baseline' | 'ideal'): SourcedValue {
  const record = a.dimensions[dimension];
  const group = a.workshop.revealed ? record.participantRatings.map((p) => p[profile].value) : [];
  const groupMedian = medianScore(group);
  const origin: RatingOrigin = record.agreed[profile] !== null ? 'agreed' : group.length > 0 ? 'group' : 'single';
  return { value: valueInForce(a, dimension, profile), origin, groupMedian, groupCount: numericScores(group).length };
}

/** The profile of all eight dimensions in the method's order. */
export function profileRows(a: Assessment): ProfileRow[] {
  return DIMENSION_IDS.map((dimension) => {
    const baseline = valueInForce(a, dimension, 'baseline');
    const ideal = valueInForce(a, dimension, 'ideal');
    const b = numericValue(baseline);
    const i = numericValue(ideal);
    return { dimension, baseline, ideal, gap: b !== null && i !== null ? i - b : null };
  });
}

export const PROFILE_SORTS = ['order', 'gap', 'baseline', 'ideal'] as const;
export type ProfileSort = (typeof PROFILE_SORTS)[number];

/**
 * Rows sorted for the DECIDE table: by the method's order, or by gap / baseline / ideal, largest first
 * (baseline: lowest first). Rows without a number always come last; ties keep the method's order.
 */
export function sortProfile(rows: readonly ProfileRow[], by: ProfileSort): ProfileRow[] {
  if (by === 'order') return [...rows];
  const key = (r: ProfileRow): number | null =>
    by === 'gap' ? r.gap : by === 'baseline' ? numericValue(r.baseline) : numericValue(r.ideal);
  const direction = by === 'baseline' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
    return (a - b) * direction;
  });
}
