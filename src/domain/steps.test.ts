import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment } from './assessment';
import { DIMENSION_IDS } from './dimensions';
import { newGoal, newMeasure } from './plan';
import type { RatingValue } from './rating';
import { completedSteps, isStepComplete, stepProgress } from './steps';

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
    indicators: [{ id: `${id}-i`, name: 'Udział', unit: '%', direction: 'lower' as const, baseline: 70, target: 40, source: '' }],
  };
}

/** An assessment with steps 1–3 complete and focus on finance and coordination. */
function decided(): Assessment {
  const a = rate(rate(makeAssessment(), 'baseline', all(3)), 'ideal', all(5));
  a.vision.statement = 'Zielone miejsca pracy w każdym powiecie';
  a.decision.focus = [
    { dimension: 'finance', rationale: 'Jedno źródło' },
    { dimension: 'coordination', rationale: 'Brak koordynatora' },
  ];
  a.decision.timeframe = { start: '2026-04-01', end: '2027-03-31' };
  return a;
}

describe('describe step', () => {
  it.each<[string, RatingValue[], number]>([
    ['nothing rated', [], 0],
    ['three scores', [1, 2, 3], 3],
    ['n/a and don\'t know count as answered', ['na', 'unknown', 4], 3],
    ['all eight answered, some n/a', [...all(2).slice(0, 6), 'na', 'unknown'], 8],
  ])('%s: %i of 8 answered', (_label, values, done) => {
    const a = rate(makeAssessment(), 'baseline', values);
    expect(stepProgress(a, 'describe')).toEqual({ done, total: 8 });
    expect(isStepComplete(a, 'describe')).toBe(done === 8);
  });

  it('does not count ideal ratings as baseline answers', () => {
    expect(stepProgress(rate(makeAssessment(), 'ideal', all(5)), 'describe').done).toBe(0);
  });
});

describe('define step', () => {
  it('needs every ideal answered and a vision statement', () => {
    const a = rate(makeAssessment(), 'ideal', all(5));
    expect(stepProgress(a, 'define')).toEqual({ done: 8, total: 9 });
    expect(isStepComplete(a, 'define')).toBe(false);
    a.vision.statement = '   ';
    expect(isStepComplete(a, 'define')).toBe(false);
    a.vision.statement = 'Zielone miejsca pracy';
    expect(isStepComplete(a, 'define')).toBe(true);
  });

  it('is incomplete with a statement but one ideal missing', () => {
    const a = rate(makeAssessment(), 'ideal', [...all('unknown').slice(0, 7)]);
    a.vision.statement = 'Wizja';
    expect(stepProgress(a, 'define')).toEqual({ done: 8, total: 9 });
  });
});

describe('decide step', () => {
  it('needs focus dimensions, a rationale for each, and a start and end date', () => {
    const a = makeAssessment();
    expect(stepProgress(a, 'decide')).toEqual({ done: 0, total: 3 });
    // When a focus is chosen without a rationale
    a.decision.focus = [{ dimension: 'finance', rationale: 'Jedno źródło' }, { dimension: 'services', rationale: ' ' }];
    expect(stepProgress(a, 'decide').done).toBe(1);
    // When every focus has a rationale but only a start date is set
    a.decision.focus[1] = { dimension: 'services', rationale: 'Brak oferty' };
    a.decision.timeframe.start = '2026-04-01';
    expect(stepProgress(a, 'decide').done).toBe(2);
    // When the end date is set too
    a.decision.timeframe.end = '2027-03-31';
    expect(isStepComplete(a, 'decide')).toBe(true);
  });
});

describe('goals step', () => {
  it('is not complete without any focus dimension', () => {
    expect(stepProgress(makeAssessment(), 'goals')).toEqual({ done: 0, total: 1 });
  });

  it('needs one complete goal per focus dimension', () => {
    const a = decided();
    a.goals = [completeGoal('g1', 'finance'), completeGoal('g-other', 'services')];
    expect(stepProgress(a, 'goals')).toEqual({ done: 1, total: 2 });
    a.goals.push(completeGoal('g2', 'coordination'));
    expect(isStepComplete(a, 'goals')).toBe(true);
  });

  it.each([
    ['no statement', { statement: '' }],
    ['no indicator', { indicators: [] }],
    ['no due date', { dueDate: '' }],
  ])('does not count a goal with %s', (_label, gap) => {
    const a = decided();
    a.goals = [{ ...completeGoal('g1', 'finance'), ...gap }, completeGoal('g2', 'coordination')];
    expect(stepProgress(a, 'goals').done).toBe(1);
  });
});

describe('draft step', () => {
  it('needs one measure with an owner for every goal', () => {
    const a = decided();
    a.goals = [completeGoal('g1', 'finance'), completeGoal('g2', 'coordination')];
    expect(stepProgress(a, 'draft')).toEqual({ done: 0, total: 2 });
    // When g1 has a measure without an owner and g2 one with an owner
    a.measures = [newMeasure('m1', 'g1'), { ...newMeasure('m2', 'g2'), owner: 'Ewa Śliwińska' }];
    expect(stepProgress(a, 'draft').done).toBe(1);
    a.measures.push({ ...newMeasure('m3', 'g1'), owner: 'Piotr' });
    expect(isStepComplete(a, 'draft')).toBe(true);
  });

  it('is not complete without any goal', () => {
    expect(isStepComplete(makeAssessment(), 'draft')).toBe(false);
  });
});

describe('completedSteps', () => {
  it('counts the steps that have everything they need', () => {
    expect(completedSteps(makeAssessment())).toBe(0);
    const a = decided();
    expect(completedSteps(a)).toBe(3);
    a.goals = [completeGoal('g1', 'finance'), completeGoal('g2', 'coordination')];
    expect(completedSteps(a)).toBe(4);
    a.measures = [{ ...newMeasure('m1', 'g1'), owner: 'A' }, { ...newMeasure('m2', 'g2'), owner: 'B' }];
    expect(completedSteps(a)).toBe(5);
  });
});
