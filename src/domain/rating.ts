/**
 * A rating on the 1–5 scale of the spider diagram.
 * "not applicable", "don't know" and "not yet rated" are never numbers and never enter an average.
 */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

export const NOT_APPLICABLE = 'na';
export const UNKNOWN = 'unknown';
/** null means "not yet rated". */
export type RatingValue = Score | typeof NOT_APPLICABLE | typeof UNKNOWN | null;

export type Rating = {
  value: RatingValue;
  /** Optional evidence: why the group chose this value. */
  note: string;
};

/** An empty rating: not yet rated, no note. */
export function emptyRating(): Rating {
  return { value: null, note: '' };
}

/** True when the value is a number on the 1–5 scale. */
export function isScore(value: unknown): value is Score {
  return typeof value === 'number' && (SCORES as readonly number[]).includes(value);
}

/**
 * The one counting rule for ratings, used by every screen and file that counts them: a rating is "rated"
 * only with a score of 1–5; "not applicable" and "don't know" are answers but not ratings; null is not yet rated.
 */
export type RatingCounts = { rated: number; notApplicable: number; unknown: number; unrated: number };

/** Counts ratings, or values in force (a group's median may be 3.5: still rated). */
export function countRatings(values: readonly (number | typeof NOT_APPLICABLE | typeof UNKNOWN | null)[]): RatingCounts {
  const counts: RatingCounts = { rated: 0, notApplicable: 0, unknown: 0, unrated: 0 };
  for (const value of values) {
    if (value === null) counts.unrated += 1;
    else if (value === NOT_APPLICABLE) counts.notApplicable += 1;
    else if (value === UNKNOWN) counts.unknown += 1;
    else counts.rated += 1;
  }
  return counts;
}

/** How many were answered at all (a score, n/a or don't know): the progress of whoever is rating. */
export function answeredCount(counts: RatingCounts): number {
  return counts.rated + counts.notApplicable + counts.unknown;
}

/** True when the dimension has been given any answer (a score, n/a or don't know). */
export function isAnswered(value: RatingValue): boolean {
  return value !== null;
}

/** Numeric scores only, in input order. */
export function numericScores(values: readonly RatingValue[]): Score[] {
  return values.filter(isScore);
}

/** Median of the numeric scores, or null when there is none. Non-numeric values are ignored. */
export function medianScore(values: readonly RatingValue[]): number | null {
  const scores = numericScores(values).sort((a, b) => a - b);
  if (scores.length === 0) return null;
  const mid = Math.floor(scores.length / 2);
  const upper = scores[mid] ?? 0;
  if (scores.length % 2 === 1) return upper;
  const lower = scores[mid - 1] ?? 0;
  return (lower + upper) / 2;
}

/** Mean of the numeric scores, or null when there is none. Non-numeric values are ignored. */
export function meanScore(values: readonly RatingValue[]): number | null {
  const scores = numericScores(values);
  if (scores.length === 0) return null;
  return scores.reduce<number>((sum, s) => sum + s, 0) / scores.length;
}
