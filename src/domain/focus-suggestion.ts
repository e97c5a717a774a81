import type { DimensionTags } from './dimension-record';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import { RECOMMENDED_FOCUS_COUNT } from './focus';
import type { ProfileRow } from './gaps';

/** Weights of the suggestion rule; the DECIDE screen states the rule in one sentence with these numbers. */
export const SUGGESTION_WEIGHTS = { bottleneck: 1, leverage: 1, feasible: 0.5 } as const;

export type ScoredDimension = {
  dimension: DimensionId;
  gap: number;
  score: number;
};

export type FocusSuggestion = {
  /** Up to three dimensions, best first. */
  suggested: DimensionId[];
  /** Every dimension with a positive gap, best first, with its score. */
  ranking: ScoredDimension[];
  /** Dimensions that could not be compared (baseline or ideal not a number). */
  notComparable: DimensionId[];
  /** Dimensions left out only because of the tie-break (same score as the last suggested one). */
  tiedOut: DimensionId[];
};

/**
 * Suggests the focus dimensions: score = gap + 1 for a bottleneck + 1 for a leverage point + 0.5 when
 * feasible within the timeframe; only dimensions with a positive gap count. Equal scores are broken by
 * the larger gap, then by the method's order of the dimensions.
 */
export function suggestFocus(
  rows: readonly ProfileRow[],
  tags: Readonly<Record<DimensionId, DimensionTags>>,
  count = RECOMMENDED_FOCUS_COUNT,
): FocusSuggestion {
  const notComparable = rows.filter((r) => r.gap === null).map((r) => r.dimension);
  const ranking = rows
    .filter((r): r is ProfileRow & { gap: number } => r.gap !== null && r.gap > 0)
    .map((r) => {
      const t = tags[r.dimension];
      const bonus =
        (t.bottleneck ? SUGGESTION_WEIGHTS.bottleneck : 0) +
        (t.leverage ? SUGGESTION_WEIGHTS.leverage : 0) +
        (t.feasible ? SUGGESTION_WEIGHTS.feasible : 0);
      return { dimension: r.dimension, gap: r.gap, score: r.gap + bonus };
    })
    .sort(
      (a, b) =>
        b.score - a.score || b.gap - a.gap || DIMENSION_IDS.indexOf(a.dimension) - DIMENSION_IDS.indexOf(b.dimension),
    );
  const suggested = ranking.slice(0, count);
  const last = suggested[suggested.length - 1];
  const tiedOut = last ? ranking.slice(count).filter((r) => r.score === last.score).map((r) => r.dimension) : [];
  return { suggested: suggested.map((r) => r.dimension), ranking, notComparable, tiedOut };
}
