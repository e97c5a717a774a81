import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment } from './assessment';
import { DIMENSION_IDS } from './dimensions';
import { newGoal, newMeasure } from './plan';
import type { RatingValue } from './rating';
import { completedSteps, isStepComplete, missingItems, stepProgress } from './steps';

function rate(a: Assessment, profile: 'baseline' | 'ideal', values: RatingValue[]): Assessment {
  values.forEach((value, i) => {
    const id = DIMENSION_IDS[i];
    if (id) a.dimensions[id][profile].value = value;
  });
  return a;
}

const all = (value: RatingValue): RatingValue[] => DIMENSION_IDS.map(() => value);

function completeGoal(id: string, dimension: Assessment['goals'][number]['dimension']) {
  return {
    ...newGoal(id, dimension),
    statement: 'Co najwyżej 40 % budżetu z jednego źródła',
    dueDate: '2027-03-31',
    indicators: [{ id: `${id}-i`, name: 'Udział', unit: '%', direction: 'lower' as const, baseline: 70, target: 40, baselineInput: '', targetInput: '', source: '' }],
  };
}

/** Steps 1–3 complete in creation mode, focus on finance and coordination. */
function decided(): Assessment {
  const a = rate(rate(makeAssessment(), 'baseline', all(3)), 'ideal', all(5));
  a.resources.internal.people = 'Dwie koordynatorki z ROPS';
  a.resources.external.funding = 'FEP 2021–2027';
  a.vision.purpose = 'Praca dla osób wykluczonych';
  a.vision.statement = 'Zielone miejsca pracy w każdym powiecie';
  a.vision.successFactors = a.vision.successFactors.map((f, i) => (i === 0 ? { ...f, selected: true } : f));
  a.decision.focus = [
    { dimension: 'finance', rationale: 'Jedno źródło' },
    { dimension: 'coordination', rationale: 'Brak koordynatora' },
  ];
  a.decision.timeframe = { start: '2026-04-01', end: '2027-03-31' };
  return a;
}

describe('DESCRIBE', () => {
  it.each<[string, RatingValue[], number]>([
    ['nothing rated', all(null), 0],
    ['three scores', [1, 2, 3], 3],
    ['n/a and don’t know count as answered', ['na', 'unknown', 4], 3],
    ['all eight answered', [1, 'na', 3, 'unknown', 5, 2, 2, 4], 8],
  ])('%s: %i of 8 baselines answered', (_label, values, answered) => {
    const a = rate(makeAssessment(), 'baseline', values);
    const baselineMissing = missingItems(a, 'describe').filter((c) => c.code === 'baseline-rated');
    expect(8 - baselineMissing.length).toBe(answered);
  });

  it('names each unrated dimension', () => {
    const a = rate(makeAssessment(), 'baseline', [1, 2, 3, 4, 5, 1, 2]);
    expect(missingItems(a, 'describe')).toContainEqual({ code: 'baseline-rated', dimension: 'collaboration', ok: false });
  });

  it('asks for the resource inventory in creation mode and the maturity snapshot in evaluation mode', () => {
    const create = rate(makeAssessment(), 'baseline', all(3));
    expect(missingItems(create, 'describe').map((c) => c.code)).toEqual(['inventory']);
    const evaluate = rate(makeAssessment({ mode: 'evaluate' }), 'baseline', all(3));
    expect(missingItems(evaluate, 'describe').map((c) => c.code)).toEqual(['snapshot']);
    evaluate.dimensions.finance.gaps = 'Jedno źródło finansowania';
    expect(isStepComplete(evaluate, 'describe')).toBe(true);
  });
});

describe('DEFINE', () => {
  it('needs purpose, statement, a success factor and every ideal', () => {
    const a = makeAssessment();
    expect(missingItems(a, 'define').map((c) => c.code).slice(0, 3)).toEqual(['purpose', 'statement', 'success-factors']);
    expect(isStepComplete(decided(), 'define')).toBe(true);
  });

  it('in evaluation mode, also needs a yes / partly / no for every chosen success factor', () => {
    const a = { ...decided(), mode: 'evaluate' as const };
    expect(missingItems(a, 'define').map((c) => c.code)).toEqual(['factors-checked']);
    a.vision.successFactors = a.vision.successFactors.map((f) => (f.selected ? { ...f, check: 'partly' as const } : f));
    expect(isStepComplete(a, 'define')).toBe(true);
  });
});

describe('DECIDE', () => {
  it('needs focus dimensions, a rationale for each and a timeframe that ends after it starts', () => {
    const a = decided();
    expect(isStepComplete(a, 'decide')).toBe(true);
    a.decision.focus[1] = { dimension: 'coordination', rationale: '  ' };
    a.decision.timeframe = { start: '2027-01-01', end: '2026-01-01' };
    expect(missingItems(a, 'decide')).toEqual([
      { code: 'rationales', dimension: 'coordination', ok: false },
      { code: 'timeframe', ok: false },
    ]);
  });

  it('in evaluation mode, needs the choice between reviewing and planning the next phase', () => {
    const a = { ...decided(), mode: 'evaluate' as const };
    expect(missingItems(a, 'decide').map((c) => c.code)).toEqual(['submode']);
    a.decision.evaluationSubmode = 'review';
    expect(isStepComplete(a, 'decide')).toBe(true);
  });
});

describe('GOALS and DRAFT', () => {
  it('need one complete goal per focus dimension and one owned measure per goal', () => {
    const a = decided();
    expect(stepProgress(a, 'goals')).toEqual({ done: 0, total: 2 });
    a.goals = [completeGoal('g1', 'finance'), { ...completeGoal('g2', 'coordination'), indicators: [] }];
    expect(stepProgress(a, 'goals')).toEqual({ done: 1, total: 2 });
    a.measures = [{ ...newMeasure('m1', 'g1'), owner: 'ROPS' }, newMeasure('m2', 'g2')];
    expect(stepProgress(a, 'draft')).toEqual({ done: 1, total: 2 });
  });

  it('are not complete before there is anything to plan', () => {
    const a = makeAssessment();
    expect(isStepComplete(a, 'goals')).toBe(false);
    expect(isStepComplete(a, 'draft')).toBe(false);
  });
});

describe('completedSteps', () => {
  it('counts the steps that have everything they need', () => {
    expect(completedSteps(makeAssessment())).toBe(0);
    const a = decided();
    expect(completedSteps(a)).toBe(3);
    a.goals = [completeGoal('g1', 'finance'), completeGoal('g2', 'coordination')];
    a.measures = [{ ...newMeasure('m1', 'g1'), owner: 'ROPS' }, { ...newMeasure('m2', 'g2'), owner: 'OWES' }];
    expect(completedSteps(a)).toBe(5);
  });
});

describe('goals of dimensions taken out of focus', () => {
  it('leave the plan and its checks but stay stored', () => {
    const a = decided();
    a.goals = [completeGoal('g1', 'finance'), completeGoal('g2', 'coordination')];
    a.measures = [{ ...newMeasure('m1', 'g1'), owner: 'ROPS' }];
    expect(isStepComplete(a, 'draft')).toBe(false);
    // When coordination is no longer in focus, its goal without measures no longer blocks DRAFT
    a.decision.focus = a.decision.focus.filter((f) => f.dimension !== 'coordination');
    expect(isStepComplete(a, 'draft')).toBe(true);
    expect(a.goals).toHaveLength(2);
  });
});
