/**
 * Shapes the profile for the spider (radar) chart: one row per dimension in the method's order.
 * Pure: no React, no i18next. Labels arrive already translated. A value that is not a number
 * (n/a, don't know, not rated) stays null here and must never be drawn as zero.
 */
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { Assessment } from '@/domain/assessment';
import type { ProfileRow } from '@/domain/gaps';
import { profileRows } from '@/domain/gaps';
import { groupProfile } from '@/domain/aggregate';
import type { Snapshot, ValueInForce } from '@/domain/participants';
import { numericValue } from '@/domain/participants';

/** At most this many earlier profiles (snapshots) are drawn over the current one; more would be unreadable. */
export const MAX_OVERLAYS = 3;
/** How many gaps the text summary names. */
export const SUMMARY_GAP_COUNT = 3;

export type RadarSeries = 'baseline' | 'ideal';

/** An extra profile drawn over the chart, e.g. a snapshot taken at an earlier workshop. */
export type RadarOverlay = {
  id: string;
  label: string;
  values: Record<DimensionId, number | null>;
};

/** The range of the participants' ratings of one profile, drawn as a subtle band once they are revealed. */
export type RadarBand = {
  series: RadarSeries;
  min: Record<DimensionId, number | null>;
  max: Record<DimensionId, number | null>;
};

export type RadarRow = {
  dimension: DimensionId;
  label: string;
  /** A shorter label for narrow charts; the full label when none was given. */
  shortLabel: string;
  baseline: number | null;
  ideal: number | null;
  /** What was answered, for the tooltip: a number, n/a, don't know, or null (not rated). */
  baselineAnswer: ValueInForce;
  idealAnswer: ValueInForce;
  gap: number | null;
  isFocus: boolean;
  /** Overlay values by overlay id. */
  overlays: Record<string, number | null>;
  /** The lowest and highest participant rating of the band's profile; null without a band or a number. */
  bandMin: number | null;
  bandMax: number | null;
};

export type RadarSummary = {
  total: number;
  rated: Record<RadarSeries, DimensionId[]>;
  /** Positive gaps, largest first (ties: the method's order), at most SUMMARY_GAP_COUNT. */
  largestGaps: { dimension: DimensionId; gap: number }[];
  /** The dimensions with the highest and the lowest baseline (all of them when tied). */
  highestBaseline: { dimensions: DimensionId[]; value: number } | null;
  lowestBaseline: { dimensions: DimensionId[]; value: number } | null;
  focus: DimensionId[];
};

export type RadarData = {
  rows: RadarRow[];
  overlays: { id: string; label: string }[];
  /** The profile whose participants' range is drawn, or null when there is no band. */
  band: { series: RadarSeries } | null;
  /** Dimensions without a number, per series and per overlay id. */
  missingDimensions: Record<RadarSeries, DimensionId[]> & { overlays: Record<string, DimensionId[]> };
  radarSummary: RadarSummary;
};

export type RadarInput = {
  rows: readonly ProfileRow[];
  focus: readonly DimensionId[];
  labels: Record<DimensionId, string>;
  shortLabels?: Record<DimensionId, string>;
  overlays?: readonly RadarOverlay[];
  band?: RadarBand | null;
};

/** A finite number, else null: NaN, Infinity, strings and null are "no value". */
function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function extremes(rows: readonly RadarRow[], pick: (a: number, b: number) => number): RadarSummary['highestBaseline'] {
  const values = rows.flatMap((r) => (r.baseline === null ? [] : [r.baseline]));
  if (values.length === 0) return null;
  const value = values.reduce((a, b) => pick(a, b));
  return { value, dimensions: rows.filter((r) => r.baseline === value).map((r) => r.dimension) };
}

function summarise(rows: readonly RadarRow[]): RadarSummary {
  const largestGaps = rows
    .flatMap((r) => (r.gap !== null && r.gap > 0 ? [{ dimension: r.dimension, gap: r.gap }] : []))
    // Array.prototype.sort is stable: equal gaps keep the method's order.
    .sort((a, b) => b.gap - a.gap)
    .slice(0, SUMMARY_GAP_COUNT);
  return {
    total: rows.length,
    rated: {
      baseline: rows.filter((r) => r.baseline !== null).map((r) => r.dimension),
      ideal: rows.filter((r) => r.ideal !== null).map((r) => r.dimension),
    },
    largestGaps,
    highestBaseline: extremes(rows, Math.max),
    lowestBaseline: extremes(rows, Math.min),
    focus: rows.filter((r) => r.isFocus).map((r) => r.dimension),
  };
}

/** The chart's rows, the missing dimensions and the data of the text summary. */
export function buildRadarData(input: RadarInput): RadarData {
  const focus = new Set(input.focus);
  const overlays = (input.overlays ?? []).slice(0, MAX_OVERLAYS);
  const byDimension = new Map(input.rows.map((r) => [r.dimension, r]));
  const rows = DIMENSION_IDS.map((dimension): RadarRow => {
    const row = byDimension.get(dimension);
    const baselineAnswer = row?.baseline ?? null;
    const idealAnswer = row?.ideal ?? null;
    const baseline = numericValue(baselineAnswer);
    const ideal = numericValue(idealAnswer);
    return {
      dimension,
      label: input.labels[dimension],
      shortLabel: input.shortLabels?.[dimension] ?? input.labels[dimension],
      baseline,
      ideal,
      baselineAnswer,
      idealAnswer,
      gap: baseline !== null && ideal !== null ? ideal - baseline : null,
      isFocus: focus.has(dimension),
      overlays: Object.fromEntries(overlays.map((o) => [o.id, finite(o.values[dimension])])),
      bandMin: input.band ? finite(input.band.min[dimension]) : null,
      bandMax: input.band ? finite(input.band.max[dimension]) : null,
    };
  });
  const missing = (value: (r: RadarRow) => number | null) => rows.filter((r) => value(r) === null).map((r) => r.dimension);
  return {
    rows,
    overlays: overlays.map(({ id, label }) => ({ id, label })),
    band: input.band ? { series: input.band.series } : null,
    missingDimensions: {
      baseline: missing((r) => r.baseline),
      ideal: missing((r) => r.ideal),
      overlays: Object.fromEntries(overlays.map((o) => [o.id, missing((r) => r.overlays[o.id] ?? null)])),
    },
    radarSummary: summarise(rows),
  };
}

/** One profile of a snapshot as an overlay: n/a, don't know and unrated become null. */
export function snapshotOverlay(snapshot: Snapshot, series: RadarSeries, label = snapshot.label): RadarOverlay {
  const values = Object.fromEntries(
    DIMENSION_IDS.map((d) => [d, finite(snapshot.ratings[d][series])]),
  ) as Record<DimensionId, number | null>;
  return { id: `${snapshot.id}:${series}`, label, values };
}

/**
 * The participants' range of one profile, once their ratings are revealed; null before, without
 * participants, or when nobody gave a number.
 */
export function groupBand(assessment: Assessment, series: RadarSeries): RadarBand | null {
  if (!assessment.workshop.revealed || assessment.participants.length === 0) return null;
  const rows = groupProfile(assessment);
  if (rows.every((r) => r[series].min === null)) return null;
  const pick = (key: 'min' | 'max') => Object.fromEntries(rows.map((r) => [r.dimension, r[series][key]])) as Record<DimensionId, number | null>;
  return { series, min: pick('min'), max: pick('max') };
}

export type AssessmentRadarOptions = {
  labels: Record<DimensionId, string>;
  shortLabels?: Record<DimensionId, string>;
  /** Mark the focus dimensions (steps DECIDE and later). */
  withFocus: boolean;
  overlays?: readonly RadarOverlay[];
  /** Draw the participants' range of this profile when the workshop's ratings are revealed. */
  band?: RadarSeries;
};

/** The radar data of an assessment's profile in force: the one input of the screen's chart and the image export. */
export function assessmentRadarData(assessment: Assessment, options: AssessmentRadarOptions): RadarData {
  return buildRadarData({
    rows: profileRows(assessment),
    focus: options.withFocus ? assessment.decision.focus.map((f) => f.dimension) : [],
    labels: options.labels,
    ...(options.shortLabels ? { shortLabels: options.shortLabels } : {}),
    ...(options.overlays ? { overlays: options.overlays } : {}),
    band: options.band ? groupBand(assessment, options.band) : null,
  });
}
