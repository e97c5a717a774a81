/**
 * The report model: one pure function of the assessment that feeds every exported file (Word, PDF,
 * CSV, calendar, Markdown), so the formats never disagree. Language-free: texts, dates and numbers are
 * put into words by each format with the chosen language.
 */
import type { Assessment, Language, Mode } from './assessment';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { FocusEntry, Timeframe } from './focus';
import { sourcedValue } from './gaps';
import type { RatingOrigin } from './gaps';
import type { Sector, ValueInForce } from './participants';
import type { ReportWorkshop } from './report-workshop';
import { reportWorkshop } from './report-workshop';
import type { ResourceId } from './resources';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from './resources';
import type { Goal, Indicator, Measure, MeasureStatus, MilestoneCadence, ReviewFrequency } from './plan';
import { activeGoals } from './plan';
import type { RatingValue } from './rating';
import { buildTimeline, milestoneDate } from './roadmap';
import type { ExperienceForm, SuccessFactor } from './vision';

export type ReportMeta = {
  id: string;
  name: string;
  region: string;
  mode: Mode;
  facilitator: string;
  /** Workshop date (YYYY-MM-DD) or empty. */
  date: string;
  language: Language;
  participants: number;
  /** ISO timestamp of the last change: exports of an unchanged assessment are identical. */
  updatedAt: string;
};

export type ReportProfileRow = {
  dimension: DimensionId;
  baseline: ValueInForce;
  ideal: ValueInForce;
  baselineOrigin: RatingOrigin;
  idealOrigin: RatingOrigin;
  /** The value agreed after discussion (null: none set). */
  agreed: { baseline: RatingValue; ideal: RatingValue; note: string };
  /** The participants' medians once revealed (null otherwise). */
  groupMedian: { baseline: number | null; ideal: number | null };
  gap: number | null;
  focus: boolean;
  secondPhase: boolean;
  /** Evidence notes of the single ratings. */
  baselineNote: string;
  idealNote: string;
  /** What good looks like for this dimension, in the group's words. */
  goodLooksLike: string;
  /** Evaluation mode: the maturity snapshot's strengths, gaps and constraints. */
  strengths: string;
  gaps: string;
  constraints: string;
};

/** One entry of the DESCRIBE resource inventory that has a note. */
export type ReportResource = { id: ResourceId; side: 'internal' | 'external'; note: string };

/** A dated measure of a goal in the plan on the quarter timeline, with its status as it stands. */
export type ReportTimelineRow = {
  measureId: string;
  title: string;
  dimension: DimensionId;
  /** The quarters it runs through ("2026-Q3"), first to last. */
  quarters: string[];
  milestones: number;
  status: MeasureStatus;
};

export type ReportMilestone = {
  id: string;
  title: string;
  /** Resolved date (YYYY-MM-DD) or empty when it cannot be computed. */
  date: string;
  done: boolean;
};

export type ReportMeasure = {
  id: string;
  title: string;
  description: string;
  owner: string;
  contributors: string[];
  start: string;
  due: string;
  cadence: MilestoneCadence;
  status: MeasureStatus;
  dropReason: string;
  milestones: ReportMilestone[];
  resources: Measure['resources'];
};

export type ReportGoal = {
  id: string;
  dimension: DimensionId;
  statement: string;
  outcome: string;
  capacity: string;
  achievable: string;
  relevance: string;
  /** The success factor the goal serves, if any. */
  successFactor: SuccessFactor | null;
  dueDate: string;
  verdict: Goal['verdict'];
  indicators: Indicator[];
  monitoring: { reviewer: string; frequency: ReviewFrequency | null; indicators: Indicator[]; note: string };
  /** Measures of the goal in the order they were planned, dropped ones included (with status). */
  measures: ReportMeasure[];
};

/** One participant's rating of one dimension (spreadsheet rows). */
export type ReportRating = {
  dimension: DimensionId;
  participant: string;
  sector: Sector | null;
  baseline: RatingValue;
  ideal: RatingValue;
  baselineNote: string;
  idealNote: string;
};

/** A dated entry of the plan for the calendar: a milestone or a goal's deadline. */
export type ReportEvent = {
  /** Stable across exports: derived from the assessment's and the item's ids. */
  uid: string;
  kind: 'milestone' | 'goal-due' | 'measure-due';
  /** YYYY-MM-DD, all-day. */
  date: string;
  title: string;
  /** The measure (milestones, measure deadlines) or goal statement it belongs to. */
  context: string;
  owner: string;
  dimension: DimensionId;
  done: boolean;
};

export type ReportModel = {
  meta: ReportMeta;
  /** The resource map: internal and external resources with the group's notes (empty notes left out). */
  resources: ReportResource[];
  profile: ReportProfileRow[];
  vision: {
    purpose: string;
    highPerformance: string;
    statement: string;
    experience: ExperienceForm[];
    experienceNote: string;
    /** The success factors the group selected. */
    successFactors: SuccessFactor[];
  };
  focus: FocusEntry[];
  timeframe: Timeframe;
  secondPhase: { dimensions: DimensionId[]; timeframe: Timeframe };
  goals: ReportGoal[];
  /** The workshop (null when nobody took part). */
  workshop: ReportWorkshop | null;
  timeline: ReportTimelineRow[];
  ratings: ReportRating[];
  events: ReportEvent[];
};

function reportMeasure(m: Measure): ReportMeasure {
  return {
    id: m.id,
    title: m.title,
    description: m.description,
    owner: m.owner,
    contributors: [...m.contributors],
    start: m.start,
    due: m.due,
    cadence: m.cadence,
    status: m.status,
    dropReason: m.dropReason,
    milestones: m.milestones.map((ms) => ({ id: ms.id, title: ms.title, date: milestoneDate(m, ms), done: ms.done })),
    resources: { ...m.resources },
  };
}

function reportGoal(a: Assessment, g: Goal): ReportGoal {
  const byId = new Map(g.indicators.map((i) => [i.id, i]));
  return {
    id: g.id,
    dimension: g.dimension,
    statement: g.statement,
    outcome: g.outcome,
    capacity: g.capacity,
    achievable: g.achievable,
    relevance: g.relevance,
    successFactor: a.vision.successFactors.find((f) => f.id === g.successFactorId) ?? null,
    dueDate: g.dueDate,
    verdict: g.verdict,
    indicators: g.indicators.map((i) => ({ ...i })),
    monitoring: {
      reviewer: g.monitoring.reviewer,
      frequency: g.monitoring.frequency,
      indicators: g.monitoring.indicatorIds.flatMap((id) => {
        const indicator = byId.get(id);
        return indicator ? [{ ...indicator }] : [];
      }),
      note: g.monitoring.note,
    },
    measures: a.measures.filter((m) => m.goalId === g.id).map(reportMeasure),
  };
}

function profile(a: Assessment): ReportProfileRow[] {
  const focus = new Set(a.decision.focus.map((f) => f.dimension));
  const secondPhase = new Set(a.decision.secondPhase.dimensions);
  return DIMENSION_IDS.map((dimension) => {
    const baseline = sourcedValue(a, dimension, 'baseline');
    const ideal = sourcedValue(a, dimension, 'ideal');
    const b = typeof baseline.value === 'number' ? baseline.value : null;
    const i = typeof ideal.value === 'number' ? ideal.value : null;
    const record = a.dimensions[dimension];
    return {
      dimension,
      baseline: baseline.value,
      ideal: ideal.value,
      baselineOrigin: baseline.origin,
      idealOrigin: ideal.origin,
      agreed: { ...record.agreed },
      groupMedian: { baseline: baseline.groupMedian, ideal: ideal.groupMedian },
      gap: b !== null && i !== null ? i - b : null,
      focus: focus.has(dimension),
      secondPhase: secondPhase.has(dimension),
      baselineNote: record.baseline.note,
      idealNote: record.ideal.note,
      goodLooksLike: record.goodLooksLike,
      strengths: record.strengths,
      gaps: record.gaps,
      constraints: record.constraints,
    };
  });
}

function resources(a: Assessment): ReportResource[] {
  const filled = (note: string) => note.trim() !== '';
  return [
    ...INTERNAL_RESOURCE_IDS.filter((id) => filled(a.resources.internal[id])).map((id) => ({ id, side: 'internal' as const, note: a.resources.internal[id] })),
    ...EXTERNAL_RESOURCE_IDS.filter((id) => filled(a.resources.external[id])).map((id) => ({ id, side: 'external' as const, note: a.resources.external[id] })),
  ];
}

function timeline(a: Assessment, goals: readonly ReportGoal[]): ReportTimelineRow[] {
  const dimensionOf = new Map(goals.map((g) => [g.id, g.dimension]));
  const measures = new Map(a.measures.map((m) => [m.id, m]));
  return buildTimeline(a.measures.filter((m) => dimensionOf.has(m.goalId))).rows.flatMap((row) => {
    const m = measures.get(row.measureId);
    const dimension = dimensionOf.get(row.goalId);
    if (!m || !dimension) return [];
    return [{ measureId: m.id, title: m.title, dimension, quarters: [...row.active], milestones: row.milestones.length, status: m.status }];
  });
}

function ratings(a: Assessment): ReportRating[] {
  return DIMENSION_IDS.flatMap((dimension) =>
    a.participants.flatMap((p) => {
      const r = a.dimensions[dimension].participantRatings.find((x) => x.participantId === p.id);
      if (!r) return [];
      return [
        {
          dimension,
          participant: p.label,
          sector: p.sector,
          baseline: r.baseline.value,
          ideal: r.ideal.value,
          baselineNote: r.baseline.note,
          idealNote: r.ideal.note,
        },
      ];
    }),
  );
}

function events(a: Assessment, goals: readonly ReportGoal[]): ReportEvent[] {
  const uid = (kind: string, id: string) => `${a.id}-${kind}-${id}@csei-navigator`;
  return goals.flatMap((g) => {
    const goalDue: ReportEvent[] =
      g.dueDate === ''
        ? []
        : [{ uid: uid('goal', g.id), kind: 'goal-due', date: g.dueDate, title: g.statement, context: '', owner: g.monitoring.reviewer, dimension: g.dimension, done: false }];
    const measures = g.measures
      .filter((m) => m.status !== 'dropped')
      .flatMap((m): ReportEvent[] => [
        ...(m.due === ''
          ? []
          : [{ uid: uid('measure', m.id), kind: 'measure-due' as const, date: m.due, title: m.title, context: g.statement, owner: m.owner, dimension: g.dimension, done: m.status === 'done' }]),
        ...m.milestones
          .filter((ms) => ms.date !== '')
          .map((ms) => ({ uid: uid('milestone', ms.id), kind: 'milestone' as const, date: ms.date, title: ms.title, context: m.title, owner: m.owner, dimension: g.dimension, done: ms.done })),
      ]);
    return [...goalDue, ...measures];
  });
}

/** The report of an assessment: everything the exported files show, in the order they show it. */
export function buildReport(a: Assessment): ReportModel {
  const goals = activeGoals(a).map((g) => reportGoal(a, g));
  return {
    meta: {
      id: a.id,
      name: a.name,
      region: a.region,
      mode: a.mode,
      facilitator: a.facilitator,
      date: a.date,
      language: a.language,
      participants: a.participants.length,
      updatedAt: a.updatedAt,
    },
    resources: resources(a),
    profile: profile(a),
    vision: {
      purpose: a.vision.purpose,
      highPerformance: a.vision.highPerformance,
      statement: a.vision.statement,
      experience: [...a.vision.experience],
      experienceNote: a.vision.experienceNote,
      successFactors: a.vision.successFactors.filter((f) => f.selected).map((f) => ({ ...f })),
    },
    focus: a.decision.focus.map((f) => ({ ...f })),
    timeframe: { ...a.decision.timeframe },
    secondPhase: { dimensions: [...a.decision.secondPhase.dimensions], timeframe: { ...a.decision.secondPhase.timeframe } },
    goals,
    workshop: reportWorkshop(a),
    timeline: timeline(a, goals),
    ratings: ratings(a),
    events: events(a, goals),
  };
}
