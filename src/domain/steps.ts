import type { Assessment } from './assessment';
import { DIMENSION_IDS } from './dimensions';

/** The five steps of the RESIST method, in order. The ids appear in URLs: never rename them. */
export const STEP_IDS = ['describe', 'define', 'decide', 'goals', 'draft'] as const;
export type StepId = (typeof STEP_IDS)[number];

export type StepProgress = { done: number; total: number };

/** True when the value is one of the five step ids. */
export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

function answered(a: Assessment, profile: 'baseline' | 'ideal'): number {
  return DIMENSION_IDS.filter((id) => a.dimensions[id][profile].value !== null).length;
}

function filled(text: string): boolean {
  return text.trim().length > 0;
}

/** How far one step is: what it needs and how much of that is there. */
export function stepProgress(a: Assessment, step: StepId): StepProgress {
  switch (step) {
    case 'describe':
      return { done: answered(a, 'baseline'), total: DIMENSION_IDS.length };
    case 'define':
      return { done: answered(a, 'ideal') + (filled(a.vision.statement) ? 1 : 0), total: DIMENSION_IDS.length + 1 };
    case 'decide': {
      const { focus, timeframe } = a.decision;
      const checks = [
        focus.length > 0,
        focus.length > 0 && focus.every((f) => filled(f.rationale)),
        filled(timeframe.start) && filled(timeframe.end),
      ];
      return { done: checks.filter(Boolean).length, total: checks.length };
    }
    case 'goals': {
      const dims = a.decision.focus.map((f) => f.dimension);
      const done = dims.filter((d) =>
        a.goals.some((g) => g.dimension === d && filled(g.statement) && g.indicators.length > 0 && filled(g.dueDate)),
      ).length;
      return { done, total: Math.max(dims.length, 1) };
    }
    case 'draft': {
      const done = a.goals.filter((g) => a.measures.some((m) => m.goalId === g.id && filled(m.owner))).length;
      return { done, total: Math.max(a.goals.length, 1) };
    }
  }
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
