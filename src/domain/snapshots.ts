/**
 * Spider profiles over time: snapshots of the ratings, their comparison, and a re-evaluation that
 * continues an earlier assessment. Pure: the caller passes ids and the time in `env`.
 */
import type { Assessment, Env } from './assessment';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import { valueInForce } from './gaps';
import type { Snapshot, SnapshotMeasure, ValueInForce } from './participants';
import { numericValue } from './participants';
import type { RatingValue } from './rating';
import { isScore } from './rating';

/** The change table and the radar compare at most this many snapshots at once. */
export const MAX_COMPARED_SNAPSHOTS = 3;

/** The longest name an assessment may have (see validateName). */
const MAX_NAME_LENGTH = 200;
/** The longest snapshot label the stored schema accepts. */
const MAX_LABEL_LENGTH = 500;

type Profile = 'baseline' | 'ideal';

/**
 * The value a snapshot stores for one dimension and profile.
 *
 * A snapshot holds a `RatingValue` (1–5, n/a, don't know or unrated), and the stored schema of a snapshot
 * accepts only those, so a participants' median such as 3.5 cannot be stored as it is. Changing the
 * type would change the stored and exported format; instead the snapshot keeps the rating in force when
 * it is a whole score or a non-numeric answer (an agreed value always is), and otherwise – a median that
 * falls between two scores – the dimension's single rating, which is the group's own value when there is
 * one. The median is never rounded: rounding would invent a score nobody gave.
 */
function frozenValue(a: Assessment, dimension: DimensionId, profile: Profile): RatingValue {
  const inForce = valueInForce(a, dimension, profile);
  if (typeof inForce !== 'number') return inForce;
  if (isScore(inForce)) return inForce;
  return a.dimensions[dimension][profile].value;
}

/** The ratings of all eight dimensions as a snapshot stores them. */
function frozenRatings(a: Assessment): Snapshot['ratings'] {
  return Object.fromEntries(
    DIMENSION_IDS.map((id) => [id, { baseline: frozenValue(a, id, 'baseline'), ideal: frozenValue(a, id, 'ideal') }]),
  ) as Snapshot['ratings'];
}

/** The plan's measures and their status, as a snapshot keeps them. */
function frozenMeasures(a: Assessment): SnapshotMeasure[] {
  return a.measures.map((m) => ({ id: m.id, title: m.title, status: m.status }));
}

/** Freezes the rating in force of every dimension's baseline and ideal, and the measures' status, under a label. */
export function takeSnapshot(a: Assessment, label: string, env: Env): Snapshot {
  return {
    id: env.newId(),
    label: label.trim().slice(0, MAX_LABEL_LENGTH),
    takenAt: env.now,
    ratings: frozenRatings(a),
    measures: frozenMeasures(a),
  };
}

/** Snapshots sorted by the time they were taken, oldest first; equal times keep their order. */
export function oldestFirst(snapshots: readonly Snapshot[]): Snapshot[] {
  return [...snapshots].sort((x, y) => (x.takenAt < y.takenAt ? -1 : x.takenAt > y.takenAt ? 1 : 0));
}

export type ProfileValues = { baseline: ValueInForce; ideal: ValueInForce };
export type ProfileChange = { baseline: number | null; ideal: number | null };

/** One dimension across the compared snapshots and now. */
export type ComparisonRow = {
  dimension: DimensionId;
  /** One entry per compared snapshot (oldest first), then the current ratings in force. */
  values: ProfileValues[];
  /**
   * Parallel to `values`: the change of each column since the oldest snapshot; null for the oldest
   * snapshot itself and whenever either value is n/a, don't know or unrated.
   */
  changes: ProfileChange[];
  /** Now − the oldest compared snapshot (the last entry of `changes`); null as above or without snapshots. */
  change: ProfileChange;
};

export type Comparison = {
  /** The compared snapshots, oldest first. */
  snapshots: Snapshot[];
  rows: ComparisonRow[];
};

function difference(value: ValueInForce, from: ValueInForce | undefined): number | null {
  if (from === undefined) return null;
  const a = numericValue(value);
  const b = numericValue(from);
  return a !== null && b !== null ? a - b : null;
}

/**
 * Compares up to three snapshots (oldest first; they are sorted again to be safe) with the current
 * ratings. The current column shows the ratings in force exactly, so a participants' median such as 3.5
 * appears there as it does in the profile table.
 */
export function compareSnapshots(snapshots: readonly Snapshot[], current: Assessment): Comparison {
  const compared = oldestFirst(snapshots).slice(0, MAX_COMPARED_SNAPSHOTS);
  const oldest = compared[0];
  const rows = DIMENSION_IDS.map((dimension): ComparisonRow => {
    const values: ProfileValues[] = [
      ...compared.map((s) => ({ baseline: s.ratings[dimension].baseline, ideal: s.ratings[dimension].ideal })),
      { baseline: valueInForce(current, dimension, 'baseline'), ideal: valueInForce(current, dimension, 'ideal') },
    ];
    const base = oldest?.ratings[dimension];
    const changes = values.map((v, index) =>
      index === 0 && compared.length > 0
        ? { baseline: null, ideal: null }
        : { baseline: difference(v.baseline, base?.baseline), ideal: difference(v.ideal, base?.ideal) },
    );
    return { dimension, values, changes, change: changes[changes.length - 1] ?? { baseline: null, ideal: null } };
  });
  return { snapshots: compared, rows };
}

/** The baseline of one snapshot as numbers, for drawing it over the radar. */
export type SnapshotOverlay = {
  id: string;
  label: string;
  values: Record<DimensionId, number | null>;
};

/** The chosen snapshots' baseline values, oldest first, at most three; unknown ids are skipped. */
export function snapshotOverlays(a: Assessment, chosenIds: readonly string[]): SnapshotOverlay[] {
  const chosen = oldestFirst(a.snapshots.filter((s) => chosenIds.includes(s.id))).slice(0, MAX_COMPARED_SNAPSHOTS);
  return chosen.map((s) => ({
    id: s.id,
    label: s.label,
    values: Object.fromEntries(DIMENSION_IDS.map((id) => [id, numericValue(s.ratings[id].baseline)])) as Record<
      DimensionId,
      number | null
    >,
  }));
}

/**
 * A re-evaluation that continues `previous`: a new assessment in evaluation mode that starts from
 * what was planned.
 *
 * Copied: the profile (ratings with their notes, participants and their ratings, agreed values, tags,
 * strengths/gaps/constraints, checklist), the resource inventory, the vision, the decision (focus with
 * rationales, timeframe, second phase), the goals and the measures with their status and milestones, and
 * the earlier snapshots. Goals and measures keep their ids, so every measure's goalId still matches.
 *
 * Reset, because they are this review's own judgements: each goal's verdict, each success factor's
 * "still shared?" check, and the evaluation submode. The session date becomes the day of `env.now`.
 *
 * A snapshot of the previous ratings, labelled with the previous name and its session date, is added,
 * so that the change table shows how far the review has moved from the plan.
 */
export function continueAssessment(previous: Assessment, env: Env, label: string): Assessment {
  const copy = structuredClone(previous);
  const id = env.newId();
  const previousDate = previous.date || previous.updatedAt.slice(0, 10);
  const startingPoint: Snapshot = {
    id: env.newId(),
    label: `${previous.name} – ${previousDate}`.slice(0, MAX_LABEL_LENGTH),
    // The ratings are those of the previous assessment's last save.
    takenAt: previous.updatedAt,
    ratings: frozenRatings(previous),
    measures: frozenMeasures(previous),
  };
  return {
    ...copy,
    id,
    revision: 0,
    name: label.trim().slice(0, MAX_NAME_LENGTH),
    mode: 'evaluate',
    date: env.now.slice(0, 10),
    createdAt: env.now,
    updatedAt: env.now,
    continuesId: previous.id,
    lastExportAt: null,
    snapshots: [...copy.snapshots, startingPoint],
    vision: {
      ...copy.vision,
      successFactors: copy.vision.successFactors.map((f) => ({ ...f, check: null, checkNote: '' })),
    },
    decision: { ...copy.decision, evaluationSubmode: null },
    goals: copy.goals.map((g) => ({ ...g, verdict: null })),
  };
}
