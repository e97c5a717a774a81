/**
 * Workshop aggregation: what the room thinks of each dimension, and where it disagrees.
 * Pure; the numbers feed the results table, the radar's min–max band and the presentation view.
 */
import type { Assessment } from './assessment';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { Participant, Sector } from './participants';
import { SECTORS } from './participants';
import type { RatingValue } from './rating';
import { answeredCount, countRatings, meanScore, medianScore, numericScores } from './rating';

/** Ratings that spread over this many points or more are flagged for discussion. */
export const DISCUSS_SPREAD = 2;
/** A sector's own view is shown only when at least this many of its participants answered, to keep them anonymous. */
export const MIN_SECTOR_SIZE = 3;

export type Profile = 'baseline' | 'ideal';
export const PROFILES = ['baseline', 'ideal'] as const satisfies readonly Profile[];

/** The group's ratings of one dimension and one profile. */
export type Aggregate = {
  /** Number of numeric ratings (1–5). */
  count: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min; null without numeric ratings. */
  spread: number | null;
  notApplicable: number;
  unknown: number;
  /** Participants who have not answered yet. */
  unrated: number;
  /** How many gave each score: byScore[0] is the count of 1s, byScore[4] of 5s (the anonymous distribution). */
  byScore: [number, number, number, number, number];
};

/** Median, mean, minimum, maximum and count of the numeric ratings; the other answers counted apart. */
export function aggregateRatings(values: readonly RatingValue[]): Aggregate {
  const scores = numericScores(values);
  const counts = countRatings(values);
  const min = scores.length > 0 ? Math.min(...scores) : null;
  const max = scores.length > 0 ? Math.max(...scores) : null;
  return {
    count: counts.rated,
    median: medianScore(values),
    mean: meanScore(values),
    min,
    max,
    spread: min !== null && max !== null ? max - min : null,
    notApplicable: counts.notApplicable,
    unknown: counts.unknown,
    unrated: counts.unrated,
    byScore: [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length) as Aggregate['byScore'],
  };
}

/** True when the group's ratings spread by DISCUSS_SPREAD points or more. */
export function needsDiscussion(aggregate: Aggregate): boolean {
  return aggregate.spread !== null && aggregate.spread >= DISCUSS_SPREAD;
}

export type GroupRow = {
  dimension: DimensionId;
  baseline: Aggregate;
  ideal: Aggregate;
  /** Either profile needs discussion. */
  discuss: boolean;
  /** The larger spread of the two profiles (0 when nothing to compare). */
  disagreement: number;
};

/** Every participant's answer for one dimension and profile; a participant without a rating counts as unrated. */
function answers(a: Assessment, dimension: DimensionId, profile: Profile, participants: readonly Participant[]): RatingValue[] {
  const byParticipant = new Map(a.dimensions[dimension].participantRatings.map((r) => [r.participantId, r[profile].value]));
  return participants.map((p) => byParticipant.get(p.id) ?? null);
}

/** The group's profile over all eight dimensions, in the method's order (by default over all participants). */
export function groupProfile(a: Assessment, participants: readonly Participant[] = a.participants): GroupRow[] {
  return DIMENSION_IDS.map((dimension) => {
    const baseline = aggregateRatings(answers(a, dimension, 'baseline', participants));
    const ideal = aggregateRatings(answers(a, dimension, 'ideal', participants));
    return {
      dimension,
      baseline,
      ideal,
      discuss: needsDiscussion(baseline) || needsDiscussion(ideal),
      disagreement: Math.max(baseline.spread ?? 0, ideal.spread ?? 0),
    };
  });
}

/** Rows with the most disagreement first; ties keep the method's order. */
export function byDisagreement(rows: readonly GroupRow[]): GroupRow[] {
  return [...rows].sort((x, y) => y.disagreement - x.disagreement);
}

/** How many of the 16 ratings (8 dimensions × baseline and ideal) a participant has answered. */
export function participantProgress(a: Assessment, participantId: string): { done: number; total: number } {
  const values = DIMENSION_IDS.flatMap((dimension) => {
    const rating = a.dimensions[dimension].participantRatings.find((r) => r.participantId === participantId);
    return [rating?.baseline.value ?? null, rating?.ideal.value ?? null];
  });
  return { done: answeredCount(countRatings(values)), total: values.length };
}

/** A sector's view. Cells answered by fewer than MIN_SECTOR_SIZE participants are withheld (null). */
export type SectorView = {
  sector: Sector;
  participants: number;
  /** False when the sector has fewer than MIN_SECTOR_SIZE participants: nothing of it is shown. */
  visible: boolean;
  rows: { dimension: DimensionId; baseline: number | null; ideal: number | null }[];
};

function anonymousMedian(aggregate: Aggregate): number | null {
  const answered = aggregate.count + aggregate.notApplicable + aggregate.unknown;
  return answered >= MIN_SECTOR_SIZE ? aggregate.median : null;
}

/** Each sector's median profile, withheld for sectors (and cells) with fewer than MIN_SECTOR_SIZE participants. */
export function sectorViews(a: Assessment): SectorView[] {
  return SECTORS.map((sector) => {
    const members = a.participants.filter((p) => p.sector === sector);
    const visible = members.length >= MIN_SECTOR_SIZE;
    const rows = groupProfile(a, members).map((row) => ({
      dimension: row.dimension,
      baseline: visible ? anonymousMedian(row.baseline) : null,
      ideal: visible ? anonymousMedian(row.ideal) : null,
    }));
    return { sector, participants: members.length, visible, rows };
  });
}
