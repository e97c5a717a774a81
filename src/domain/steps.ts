import type { Assessment } from './assessment';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { Goal } from './plan';
import { activeGoals } from './plan';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from './resources';

/** The five steps of the RESIST method, in order. The ids appear in URLs: never rename them. */
export const STEP_IDS = ['describe', 'define', 'decide', 'goals', 'draft'] as const;
export type StepId = (typeof STEP_IDS)[number];

export type StepProgress = { done: number; total: number };

/** One thing a step needs. Codes are translated by the screens (workspace:missing.<code>). */
export type StepCheck = {
  code:
    | 'baseline-rated'
    | 'inventory'
    | 'snapshot'
    | 'purpose'
    | 'statement'
    | 'success-factors'
    | 'factors-checked'
    | 'ideal-rated'
    | 'focus-chosen'
    | 'rationales'
    | 'timeframe'
    | 'submode'
    | 'goal-per-focus'
    | 'measure-per-goal'
    | 'no-goals'
    | 'baseline-unreadable'
    | 'target-unreadable'
    | 'funding-unreadable';
  ok: boolean;
  dimension?: DimensionId;
  /** For a number that could not be read: what was typed, and which indicator (1-based) or measure it belongs to. */
  typed?: { text: string; indicator?: number; measure?: string };
};

/** True when the value is one of the five step ids. */
export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

function filled(text: string): boolean {
  return text.trim().length > 0;
}

function perDimension(a: Assessment, profile: 'baseline' | 'ideal', code: StepCheck['code']): StepCheck[] {
  return DIMENSION_IDS.map((dimension) => ({ code, dimension, ok: a.dimensions[dimension][profile].value !== null }));
}

function describeChecks(a: Assessment): StepCheck[] {
  const { internal, external } = a.resources;
  const inventory =
    INTERNAL_RESOURCE_IDS.some((id) => filled(internal[id])) && EXTERNAL_RESOURCE_IDS.some((id) => filled(external[id]));
  const snapshot = DIMENSION_IDS.some((id) => {
    const d = a.dimensions[id];
    return filled(d.strengths) || filled(d.gaps) || filled(d.constraints);
  });
  return [
    ...perDimension(a, 'baseline', 'baseline-rated'),
    a.mode === 'create' ? { code: 'inventory', ok: inventory } : { code: 'snapshot', ok: snapshot },
  ];
}

function defineChecks(a: Assessment): StepCheck[] {
  // An own success factor counts once it has a name.
  const selected = a.vision.successFactors.filter((f) => f.selected && (f.kind !== 'custom' || filled(f.label)));
  const checks: StepCheck[] = [
    { code: 'purpose', ok: filled(a.vision.purpose) },
    { code: 'statement', ok: filled(a.vision.statement) },
    { code: 'success-factors', ok: selected.length > 0 },
    ...perDimension(a, 'ideal', 'ideal-rated'),
  ];
  if (a.mode === 'evaluate') {
    checks.push({ code: 'factors-checked', ok: selected.length > 0 && selected.every((f) => f.check !== null) });
  }
  return checks;
}

function decideChecks(a: Assessment): StepCheck[] {
  const { focus, timeframe, evaluationSubmode } = a.decision;
  const checks: StepCheck[] = [
    { code: 'focus-chosen', ok: focus.length > 0 },
    ...focus.map((f) => ({ code: 'rationales' as const, dimension: f.dimension, ok: filled(f.rationale) })),
    { code: 'timeframe', ok: filled(timeframe.start) && filled(timeframe.end) && timeframe.start <= timeframe.end },
  ];
  if (a.mode === 'evaluate') checks.push({ code: 'submode', ok: evaluationSubmode !== null });
  return checks;
}

/** Indicator values typed but not readable as numbers: each is listed until it is corrected or cleared. */
function unreadableIndicators(goals: readonly Goal[]): StepCheck[] {
  return goals.flatMap((g) =>
    g.indicators.flatMap((indicator, index) =>
      (['baseline', 'target'] as const)
        .filter((field) => indicator[`${field}Input`] !== '')
        .map((field) => ({
          code: `${field}-unreadable` as const,
          ok: false,
          dimension: g.dimension,
          typed: { text: indicator[`${field}Input`], indicator: index + 1 },
        })),
    ),
  );
}

function goalsChecks(a: Assessment): StepCheck[] {
  const dims = a.decision.focus.map((f) => f.dimension);
  if (dims.length === 0) return [{ code: 'focus-chosen', ok: false }];
  const perFocus = dims.map((dimension) => ({
    code: 'goal-per-focus' as const,
    dimension,
    ok: a.goals.some(
      (g) => g.dimension === dimension && filled(g.statement) && g.indicators.length > 0 && filled(g.dueDate),
    ),
  }));
  return [...perFocus, ...unreadableIndicators(activeGoals(a))];
}

function draftChecks(a: Assessment): StepCheck[] {
  const goals = activeGoals(a);
  if (goals.length === 0) return [{ code: 'no-goals', ok: false }];
  const perGoal = goals.map((g) => ({
    code: 'measure-per-goal' as const,
    dimension: g.dimension,
    ok: a.measures.some((m) => m.goalId === g.id && filled(m.owner)),
  }));
  const unreadable = goals.flatMap((g) =>
    a.measures
      .filter((m) => m.goalId === g.id && m.resources.fundingInput !== '')
      .map((m) => ({ code: 'funding-unreadable' as const, ok: false, dimension: g.dimension, typed: { text: m.resources.fundingInput, measure: m.title } })),
  );
  return [...perGoal, ...unreadable];
}

/** Everything one step needs, each marked done or not. Nothing here blocks moving on. */
export function stepChecks(a: Assessment, step: StepId): StepCheck[] {
  switch (step) {
    case 'describe':
      return describeChecks(a);
    case 'define':
      return defineChecks(a);
    case 'decide':
      return decideChecks(a);
    case 'goals':
      return goalsChecks(a);
    case 'draft':
      return draftChecks(a);
  }
}

/** What is still missing in a step. */
export function missingItems(a: Assessment, step: StepId): StepCheck[] {
  return stepChecks(a, step).filter((c) => !c.ok);
}

/** How far one step is: what it needs and how much of that is there. */
export function stepProgress(a: Assessment, step: StepId): StepProgress {
  const checks = stepChecks(a, step);
  return { done: checks.filter((c) => c.ok).length, total: checks.length };
}

/** True when the step has everything it needs. */
export function isStepComplete(a: Assessment, step: StepId): boolean {
  const { done, total } = stepProgress(a, step);
  return total > 0 && done >= total;
}

/** How many of the five steps are complete (shown on the home list). */
export function completedSteps(a: Assessment): number {
  return STEP_IDS.filter((s) => isStepComplete(a, s)).length;
}
