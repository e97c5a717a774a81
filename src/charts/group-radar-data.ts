/**
 * Shapes the group's view of one profile for the radar: per dimension the participants' median,
 * lowest and highest rating, the agreed value and the "needs discussion" flag. Pure: labels arrive
 * translated. Without a numeric rating every value stays null and is never drawn as zero.
 */
import type { Assessment } from '@/domain/assessment';
import type { Aggregate, Profile } from '@/domain/aggregate';
import { groupProfile, needsDiscussion } from '@/domain/aggregate';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { RatingValue } from '@/domain/rating';
import { isScore } from '@/domain/rating';

/** How many of the widest ranges the text summary names. */
export const WIDEST_COUNT = 3;

export type GroupRadarRow = {
  dimension: DimensionId;
  label: string;
  shortLabel: string;
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min, null without a numeric rating. */
  spread: number | null;
  /** The agreed value as a number; null when none is set or it is n/a / don't know. */
  agreed: number | null;
  /** The agreed answer as recorded (a score, n/a, don't know or null), for the tooltip. */
  agreedAnswer: RatingValue;
  /** Numeric ratings, and the other answers counted apart. */
  count: number;
  notApplicable: number;
  unknown: number;
  unrated: number;
  /** The ratings of this profile spread by DISCUSS_SPREAD (aggregate.ts) points or more. */
  discuss: boolean;
};

export type GroupRadarSummary = {
  participants: number;
  /** Dimensions with at least one numeric rating. */
  rated: DimensionId[];
  /** The widest ranges (spread > 0), widest first, ties in the method's order; at most WIDEST_COUNT. */
  widest: { dimension: DimensionId; min: number; max: number }[];
  discuss: DimensionId[];
  agreed: DimensionId[];
};

export type GroupRadarData = {
  profile: Profile;
  rows: GroupRadarRow[];
  /** True when at least one dimension has an agreed number: the chart draws and names that series. */
  hasAgreed: boolean;
  summary: GroupRadarSummary;
};

export type GroupRadarInput = {
  assessment: Assessment;
  profile: Profile;
  labels: Record<DimensionId, string>;
  shortLabels?: Record<DimensionId, string>;
};

function row(dimension: DimensionId, aggregate: Aggregate, agreedAnswer: RatingValue, input: GroupRadarInput): GroupRadarRow {
  return {
    dimension,
    label: input.labels[dimension],
    shortLabel: input.shortLabels?.[dimension] ?? input.labels[dimension],
    median: aggregate.median,
    min: aggregate.min,
    max: aggregate.max,
    spread: aggregate.spread,
    agreed: isScore(agreedAnswer) ? agreedAnswer : null,
    agreedAnswer,
    count: aggregate.count,
    notApplicable: aggregate.notApplicable,
    unknown: aggregate.unknown,
    unrated: aggregate.unrated,
    discuss: needsDiscussion(aggregate),
  };
}

function summarise(rows: readonly GroupRadarRow[], participants: number): GroupRadarSummary {
  const widest = rows
    .flatMap((r) => (r.min !== null && r.max !== null && r.max > r.min ? [{ dimension: r.dimension, min: r.min, max: r.max }] : []))
    // Stable sort: equal ranges keep the method's order.
    .sort((a, b) => b.max - b.min - (a.max - a.min))
    .slice(0, WIDEST_COUNT);
  return {
    participants,
    rated: rows.filter((r) => r.median !== null).map((r) => r.dimension),
    widest,
    discuss: rows.filter((r) => r.discuss).map((r) => r.dimension),
    agreed: rows.filter((r) => r.agreed !== null).map((r) => r.dimension),
  };
}

/** The group radar's rows (in the method's order) and the data of its text summary, for one profile. */
export function buildGroupRadarData(input: GroupRadarInput): GroupRadarData {
  const { assessment, profile } = input;
  const group = new Map(groupProfile(assessment).map((r) => [r.dimension, r]));
  const rows = DIMENSION_IDS.map((dimension) => {
    const aggregate = group.get(dimension)?.[profile];
    if (!aggregate) throw new Error(`No group row for ${dimension}`);
    return row(dimension, aggregate, assessment.dimensions[dimension].agreed[profile], input);
  });
  return { profile, rows, hasAgreed: rows.some((r) => r.agreed !== null), summary: summarise(rows, assessment.participants.length) };
}
