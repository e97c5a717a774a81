/**
 * The worked example: a complete creation-mode assessment of the Pomeranian Social Economy Cluster
 * (PKES, seed 000), filled in all five steps. The texts come from locales/<lang>/example.json; the
 * numbers, dates and structure live here. Pure: ids come from env.newId, dates from `today`.
 */
import type { Assessment, Env, Language } from './assessment';
import { createAssessment } from './assessment';
import type { DimensionTags } from './dimension-record';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { GuidancePointId } from './guidance';
import type { Direction, Goal, Indicator, Measure, MeasureStatus, Milestone } from './plan';
import { newGoal, newIndicator, newMeasure } from './plan';
import type { ExternalResourceId, InternalResourceId } from './resources';
import type { Score } from './rating';
import type { SuccessFactor } from './vision';

// ---------------------------------------------------------------------------------------------
// The texts (the shape of locales/<lang>/example.json)
// ---------------------------------------------------------------------------------------------

/** The three focus dimensions of the example (§8.9 of the domain facts): two bottlenecks and a leverage point. */
export const EXAMPLE_FOCUS = ['coordination', 'finance', 'services'] as const satisfies readonly DimensionId[];
type FocusId = (typeof EXAMPLE_FOCUS)[number];

type IndicatorTexts = { name: string; unit: string; source: string };

type MeasureTexts<M extends string> = {
  title: string;
  description: string;
  owner: string;
  contributors: string[];
  resources: { time: string; tools: string; politicalSupport: string; expertise: string };
  milestones: Record<M, string>;
};

type GoalCoreTexts<I extends string> = {
  statement: string;
  outcome: string;
  capacity: string;
  achievable: string;
  relevance: string;
  indicators: Record<I, IndicatorTexts>;
  monitoring: { reviewer: string; note: string };
};

type GoalTexts<I extends string, M extends Record<string, string>> = GoalCoreTexts<I> & {
  measures: { [K in keyof M]: MeasureTexts<M[K]> };
};

type Milestones30to90 = 'd30' | 'd60' | 'd90';
type MilestonesQuarterly = 'q1' | 'q2' | 'q3' | 'q4';

/** Every text of the worked example, in one language. */
export type ExampleTexts = {
  name: string;
  region: string;
  facilitator: string;
  resources: {
    internal: Record<InternalResourceId, string>;
    external: Record<ExternalResourceId, string>;
  };
  /** Per dimension: the evidence behind the baseline rating and the group's picture of "good". */
  dimensions: Record<DimensionId, { evidence: string; goodLooksLike: string }>;
  /** Notes of the ticked "what to think about" points. */
  checklist: {
    coordination: Record<Extract<GuidancePointId<'coordination'>, 'legal-form'>, string>;
    finance: Record<Extract<GuidancePointId<'finance'>, 'diversification' | 'public-anchor'>, string>;
    services: Record<Extract<GuidancePointId<'services'>, 'priorities'>, string>;
  };
  vision: {
    purpose: string;
    highPerformance: string;
    experienceNote: string;
    statement: string;
    /** Notes of the two selected named success factors. */
    factors: { governance: string; resilience: string };
    ownFactor: { label: string; note: string };
  };
  /** Why each focus dimension was chosen now. */
  focus: Record<FocusId, string>;
  goals: {
    coordination: GoalTexts<
      'agreementYears' | 'coreRoles',
      { operatorTender: Milestones30to90; coreTeam: Milestones30to90 }
    >;
    finance: GoalTexts<'largestSource' | 'incomeStreams', { sponsorship: MilestonesQuarterly; duesPolicy: MilestonesQuarterly }>;
    services: GoalTexts<
      'consortia' | 'revenue',
      { pilotConsortia: 'call' | 'agreements' | 'firstContracts'; catalogue: 'published' | 'presented' | 'evaluated' }
    >;
  };
};

// ---------------------------------------------------------------------------------------------
// Numbers (illustrative spider values of §8.9: the situation before launch, and the end of phase 4)
// ---------------------------------------------------------------------------------------------

const RATINGS: Record<DimensionId, { baseline: Score; ideal: Score }> = {
  membership: { baseline: 2, ideal: 4 },
  composition: { baseline: 3, ideal: 4 },
  operations: { baseline: 2, ideal: 4 },
  coordination: { baseline: 1, ideal: 4 },
  finance: { baseline: 1, ideal: 3 },
  services: { baseline: 2, ideal: 4 },
  purpose: { baseline: 4, ideal: 5 },
  collaboration: { baseline: 3, ideal: 4 },
};

/**
 * Tags that make the focus suggestion (gap + 1 per bottleneck or leverage + 0.5 when feasible) pick
 * exactly the three focus dimensions: coordination 4.5, services 3.5, finance 3; the rest at most 2.
 */
const NO_TAGS: DimensionTags = { bottleneck: false, leverage: false, feasible: false };
const TAGS: Partial<Record<DimensionId, DimensionTags>> = {
  coordination: { bottleneck: true, leverage: false, feasible: true },
  finance: { bottleneck: true, leverage: false, feasible: false },
  services: { bottleneck: false, leverage: true, feasible: true },
  collaboration: { bottleneck: false, leverage: true, feasible: false },
};

/** Dimensions planned for the second phase (formalisation and membership growth come later in PKES). */
const SECOND_PHASE: DimensionId[] = ['membership', 'operations'];

const PLAN_MONTHS = 24;
const CURRENCY = 'PLN';

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on YYYY-MM-DD, in UTC so that no time zone moves a day
// ---------------------------------------------------------------------------------------------

function parts(isoDate: string): [number, number, number] {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return [y, m, d];
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the month after the given date. */
export function firstOfNextMonth(isoDate: string): string {
  const [y, m] = parts(isoDate);
  return iso(new Date(Date.UTC(y, m, 1)));
}

/** Adds whole months; a day that does not exist in the target month becomes its last day. */
function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = parts(isoDate);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = parts(isoDate);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The last day before `months` whole months have passed since `start`. */
function endOfMonths(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

type IndicatorNumbers = { direction: Direction; baseline: number; target: number };

function indicator(id: string, texts: IndicatorTexts, numbers: IndicatorNumbers): Indicator {
  return newIndicator(id, { name: texts.name, unit: texts.unit, source: texts.source, ...numbers });
}

type GoalPlan<I extends string> = {
  dimension: FocusId;
  dueDate: string;
  successFactorId: string;
  indicators: Record<I, IndicatorNumbers>;
};

function goal<I extends string>(
  texts: GoalCoreTexts<I>,
  plan: GoalPlan<I>,
  newId: () => string,
): Goal {
  const indicators = (Object.keys(plan.indicators) as I[]).map((key) =>
    indicator(newId(), texts.indicators[key], plan.indicators[key]),
  );
  return {
    ...newGoal(newId(), plan.dimension),
    statement: texts.statement,
    outcome: texts.outcome,
    capacity: texts.capacity,
    achievable: texts.achievable,
    relevance: texts.relevance,
    indicators,
    dueDate: plan.dueDate,
    successFactorId: plan.successFactorId,
    monitoring: {
      reviewer: texts.monitoring.reviewer,
      frequency: 'quarterly',
      indicatorIds: indicators.map((i) => i.id),
      note: texts.monitoring.note,
    },
  };
}

/** Milestones by cadence: offsets in days after the start, or ISO dates. */
type MilestonePlan<M extends string> =
  | { cadence: '30-60-90' | 'quarterly'; offsets: Record<M, number> }
  | { cadence: 'dates'; dates: Record<M, string> };

type MeasurePlan<M extends string> = {
  start: string;
  due: string;
  status: MeasureStatus;
  fundingAmount: number | null;
  milestones: MilestonePlan<M>;
};

function measure<M extends string>(texts: MeasureTexts<M>, goalId: string, newId: () => string, plan: MeasurePlan<M>): Measure {
  const spec = plan.milestones;
  const keys = Object.keys(spec.cadence === 'dates' ? spec.dates : spec.offsets) as M[];
  const milestones: Milestone[] = keys.map((key) => ({
    id: newId(),
    title: texts.milestones[key],
    due: spec.cadence === 'dates' ? spec.dates[key] : '',
    offsetDays: spec.cadence === 'dates' ? null : spec.offsets[key],
    done: false,
  }));
  return {
    ...newMeasure(newId(), goalId),
    title: texts.title,
    description: texts.description,
    owner: texts.owner,
    contributors: [...texts.contributors],
    start: plan.start,
    due: plan.due,
    cadence: spec.cadence,
    milestones,
    resources: { ...texts.resources, fundingAmount: plan.fundingAmount, fundingInput: '', currency: CURRENCY },
    status: plan.status,
  };
}

const OFFSETS_30_60_90 = { d30: 30, d60: 60, d90: 90 } as const;
const OFFSETS_QUARTERLY = { q1: 90, q2: 180, q3: 270, q4: 360 } as const;

/**
 * The worked example in one language. The plan runs for 24 months from the first day of the month
 * after `today`; a second phase of 24 more months follows for membership and the operational model.
 */
export function buildExample(texts: ExampleTexts, env: Env & { today: string }, language: Language): Assessment {
  const { newId } = env;
  const base = createAssessment(
    { name: texts.name, region: texts.region, mode: 'create', facilitator: texts.facilitator, date: env.today, language },
    env,
  );

  const start = firstOfNextMonth(env.today);
  const end = endOfMonths(start, PLAN_MONTHS);
  const month = (n: number) => addMonths(start, n);

  // Step 1 and 2: ratings, evidence, "what good looks like", checklist, tags.
  const dimensions = structuredClone(base.dimensions);
  for (const id of DIMENSION_IDS) {
    const record = dimensions[id];
    record.baseline = { value: RATINGS[id].baseline, note: texts.dimensions[id].evidence };
    record.ideal = { value: RATINGS[id].ideal, note: '' };
    record.goodLooksLike = texts.dimensions[id].goodLooksLike;
    record.tags = { ...(TAGS[id] ?? NO_TAGS) };
  }
  dimensions.coordination.checklist = { 'legal-form': { checked: true, note: texts.checklist.coordination['legal-form'] } };
  dimensions.finance.checklist = {
    diversification: { checked: true, note: texts.checklist.finance.diversification },
    'public-anchor': { checked: true, note: texts.checklist.finance['public-anchor'] },
  };
  dimensions.services.checklist = { priorities: { checked: true, note: texts.checklist.services.priorities } };

  // Step 2: vision and success factors (2 named ones selected, plus one of the group's own).
  const ownFactor: SuccessFactor = {
    id: newId(),
    kind: 'custom',
    label: texts.vision.ownFactor.label,
    note: texts.vision.ownFactor.note,
    selected: true,
    check: null,
    checkNote: '',
  };
  const successFactors: SuccessFactor[] = [
    ...base.vision.successFactors.map((f) =>
      f.kind === 'governance' || f.kind === 'resilience' ? { ...f, selected: true, note: texts.vision.factors[f.kind] } : f,
    ),
    ownFactor,
  ];
  const factorId = (kind: 'governance' | 'resilience') => successFactors.find((f) => f.kind === kind)?.id ?? kind;

  // Step 4: one goal per focus dimension.
  const g = texts.goals;
  const coordinationGoal = goal(
    g.coordination,
    {
      dimension: 'coordination',
      dueDate: endOfMonths(start, 9),
      successFactorId: factorId('governance'),
      indicators: {
        agreementYears: { direction: 'higher', baseline: 0, target: 3 },
        coreRoles: { direction: 'higher', baseline: 0, target: 3 },
      },
    },
    newId,
  );
  const financeGoal = goal(
    g.finance,
    {
      dimension: 'finance',
      dueDate: end,
      successFactorId: factorId('resilience'),
      indicators: {
        largestSource: { direction: 'lower', baseline: 80, target: 50 },
        incomeStreams: { direction: 'higher', baseline: 1, target: 4 },
      },
    },
    newId,
  );
  const servicesGoal = goal(
    g.services,
    {
      dimension: 'services',
      dueDate: endOfMonths(start, 18),
      successFactorId: ownFactor.id,
      indicators: {
        consortia: { direction: 'higher', baseline: 0, target: 3 },
        revenue: { direction: 'higher', baseline: 0, target: 600 },
      },
    },
    newId,
  );

  // Step 5: two measures per goal.
  const cm = g.coordination.measures;
  const fm = g.finance.measures;
  const sm = g.services.measures;
  const measures: Measure[] = [
    measure(cm.operatorTender, coordinationGoal.id, newId, {
      start,
      due: addDays(start, 120),
      status: 'in-progress',
      fundingAmount: null,
      milestones: { cadence: '30-60-90', offsets: OFFSETS_30_60_90 },
    }),
    measure(cm.coreTeam, coordinationGoal.id, newId, {
      start: addDays(start, 90),
      due: addDays(start, 240),
      status: 'planned',
      fundingAmount: 330_000,
      milestones: { cadence: '30-60-90', offsets: OFFSETS_30_60_90 },
    }),
    measure(fm.sponsorship, financeGoal.id, newId, {
      start: month(6),
      due: endOfMonths(start, 18),
      status: 'planned',
      fundingAmount: null,
      milestones: { cadence: 'quarterly', offsets: OFFSETS_QUARTERLY },
    }),
    measure(fm.duesPolicy, financeGoal.id, newId, {
      start: month(4),
      due: endOfMonths(start, 16),
      status: 'planned',
      fundingAmount: 12_000,
      milestones: { cadence: 'quarterly', offsets: OFFSETS_QUARTERLY },
    }),
    measure(sm.pilotConsortia, servicesGoal.id, newId, {
      start: month(6),
      due: endOfMonths(start, 15),
      status: 'planned',
      fundingAmount: 90_000,
      milestones: { cadence: 'dates', dates: { call: month(7), agreements: month(9), firstContracts: month(14) } },
    }),
    measure(sm.catalogue, servicesGoal.id, newId, {
      start: month(8),
      due: endOfMonths(start, 18),
      status: 'planned',
      fundingAmount: 45_000,
      milestones: { cadence: 'dates', dates: { published: month(10), presented: month(13), evaluated: month(17) } },
    }),
  ];

  return {
    ...base,
    dimensions,
    resources: { internal: { ...texts.resources.internal }, external: { ...texts.resources.external } },
    vision: {
      purpose: texts.vision.purpose,
      highPerformance: texts.vision.highPerformance,
      experience: ['network', 'service'],
      experienceNote: texts.vision.experienceNote,
      successFactors,
      statement: texts.vision.statement,
    },
    decision: {
      focus: EXAMPLE_FOCUS.map((dimension) => ({ dimension, rationale: texts.focus[dimension] })),
      timeframe: { start, end },
      secondPhase: {
        dimensions: [...SECOND_PHASE],
        timeframe: { start: addDays(end, 1), end: endOfMonths(addDays(end, 1), PLAN_MONTHS) },
      },
      evaluationSubmode: null,
    },
    goals: [coordinationGoal, financeGoal, servicesGoal],
    measures,
  };
}
