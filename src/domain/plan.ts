import type { DimensionId } from './dimensions';

/** Steps 4 (GOALS) and 5 (DRAFT): SMART goals, their indicators, measures and monitoring. */
export type Direction = 'higher' | 'lower';

export type Indicator = {
  id: string;
  name: string;
  unit: string;
  /** Whether a higher or a lower value is better ("at most 40 % from one source": lower). */
  direction: Direction;
  baseline: number | null;
  target: number | null;
  /** What was typed for the baseline when it could not be read as a number; empty once it is read. */
  baselineInput: string;
  /** The same for the target. */
  targetInput: string;
  source: string;
};

/** A new indicator of a goal, with nothing filled in yet. */
export function newIndicator(id: string, change: Partial<Omit<Indicator, 'id'>> = {}): Indicator {
  return { id, name: '', unit: '', direction: 'higher', baseline: null, target: null, baselineInput: '', targetInput: '', source: '', ...change };
}

export type GoalVerdict = 'keep' | 'revise' | 'new' | null;

export const REVIEW_FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];

export type Monitoring = {
  reviewer: string;
  frequency: ReviewFrequency | null;
  indicatorIds: string[];
  note: string;
};

export type Goal = {
  id: string;
  dimension: DimensionId;
  statement: string;
  outcome: string;
  capacity: string;
  achievable: string;
  indicators: Indicator[];
  /** ISO date or empty. */
  dueDate: string;
  /** Id of the success factor (step 2) or empty; relevance can also point to the vision. */
  successFactorId: string;
  relevance: string;
  ideaId: string | null;
  verdict: GoalVerdict;
  monitoring: Monitoring;
};

/** 'quarterly' is every 3 months from the start; 'quarter-ends' the calendar quarters' last days (31 March, 30 June…). */
export const MILESTONE_CADENCES = ['dates', '30-60-90', 'quarterly', 'quarter-ends'] as const;
export type MilestoneCadence = (typeof MILESTONE_CADENCES)[number];

export type Milestone = {
  id: string;
  title: string;
  /** ISO date when the cadence is "dates"; otherwise days after the measure's start. */
  due: string;
  offsetDays: number | null;
  done: boolean;
};

export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'blocked', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export type Resources = {
  time: string;
  fundingAmount: number | null;
  /** What was typed for the amount when it could not be read as a number; empty once it is read. */
  fundingInput: string;
  currency: string;
  tools: string;
  politicalSupport: string;
  expertise: string;
};

export type Measure = {
  id: string;
  goalId: string;
  title: string;
  description: string;
  owner: string;
  contributors: string[];
  start: string;
  due: string;
  cadence: MilestoneCadence;
  milestones: Milestone[];
  resources: Resources;
  status: MeasureStatus;
  dropReason: string;
  ideaId: string | null;
};

/** A new goal for a focus dimension, with nothing filled in yet. */
export function newGoal(id: string, dimension: DimensionId): Goal {
  return {
    id,
    dimension,
    statement: '',
    outcome: '',
    capacity: '',
    achievable: '',
    indicators: [],
    dueDate: '',
    successFactorId: '',
    relevance: '',
    ideaId: null,
    verdict: null,
    monitoring: { reviewer: '', frequency: null, indicatorIds: [], note: '' },
  };
}

/** A new measure of a goal, planned, with no milestone yet. */
export function newMeasure(id: string, goalId: string, currency = 'EUR'): Measure {
  return {
    id,
    goalId,
    title: '',
    description: '',
    owner: '',
    contributors: [],
    start: '',
    due: '',
    cadence: 'dates',
    milestones: [],
    resources: { time: '', fundingAmount: null, fundingInput: '', currency, tools: '', politicalSupport: '', expertise: '' },
    status: 'planned',
    dropReason: '',
    ideaId: null,
  };
}

/**
 * The currency of a new funding line: the one last used in this assessment (the newest measure with an amount),
 * else the interface language's own (PLN in Polish, EUR in English).
 */
export function currencyForNewMeasure(measures: readonly Measure[], language: string): string {
  const used = measures.findLast((m) => m.resources.fundingAmount !== null || m.resources.fundingInput !== '');
  return used?.resources.currency ?? (language === 'pl' ? 'PLN' : 'EUR');
}

/**
 * The goals of the dimensions now in focus, in the order of the focus. Goals of dimensions taken out of
 * focus stay stored (nothing typed is lost) but leave the plan until the dimension is chosen again.
 */
export function activeGoals(a: { goals: readonly Goal[]; decision: { focus: readonly { dimension: DimensionId }[] } }): Goal[] {
  return a.decision.focus.flatMap((f) => a.goals.filter((g) => g.dimension === f.dimension));
}

/** Goals kept for dimensions that are no longer in focus. */
export function setAsideGoals(a: { goals: readonly Goal[]; decision: { focus: readonly { dimension: DimensionId }[] } }): Goal[] {
  const focus = new Set(a.decision.focus.map((f) => f.dimension));
  return a.goals.filter((g) => !focus.has(g.dimension));
}
