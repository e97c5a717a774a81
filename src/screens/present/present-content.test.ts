import { describe, expect, it } from 'vitest';
import { groupAssessment } from '@/charts/group-test-assessment';
import { newGoal, newMeasure } from '@/domain/plan';
import { makeAssessment } from '@/lib/test-assessment';
import { discussRows, focusGoals, planLines } from './present-content';

function planned() {
  const a = makeAssessment();
  a.decision.focus = [
    { dimension: 'finance', rationale: '' },
    { dimension: 'coordination', rationale: '' },
  ];
  a.goals = [
    { ...newGoal('g1', 'coordination'), statement: ' Hire a coordinator ', dueDate: '2026-09-30' },
    { ...newGoal('g2', 'finance'), statement: 'At most 40 % from one source' },
    { ...newGoal('g3', 'finance'), statement: '  ' },
    { ...newGoal('g4', 'services'), statement: 'Set aside: services are no longer in focus' },
  ];
  a.measures = [
    { ...newMeasure('m1', 'g1'), title: 'Write the job description', owner: 'Board', due: '2026-05-01' },
    { ...newMeasure('m2', 'g2'), title: 'Apply to two funds', owner: '' },
    { ...newMeasure('m3', 'g2'), title: 'Dropped idea', status: 'dropped' },
    { ...newMeasure('m4', 'g4'), title: 'Measure of a goal out of focus' },
    { ...newMeasure('m5', 'g1'), title: '' },
  ];
  return a;
}

describe('focusGoals', () => {
  it('lists each focus dimension in the chosen order with its goal statements, empty ones left out', () => {
    expect(focusGoals(planned())).toEqual([
      { dimension: 'finance', goals: [{ id: 'g2', statement: 'At most 40 % from one source', dueDate: '' }] },
      { dimension: 'coordination', goals: [{ id: 'g1', statement: 'Hire a coordinator', dueDate: '2026-09-30' }] },
    ]);
  });
});

describe('planLines', () => {
  it('lists the measures of the goals in focus with owner and due date, not the dropped or untitled ones', () => {
    expect(planLines(planned())).toEqual([
      { id: 'm2', dimension: 'finance', title: 'Apply to two funds', owner: '', due: '' },
      { id: 'm1', dimension: 'coordination', title: 'Write the job description', owner: 'Board', due: '2026-05-01' },
    ]);
  });
});

describe('discussRows', () => {
  const build = (revealed: boolean) =>
    groupAssessment(
      { membership: [[2, 5], [4, 5]], finance: [[1, 4], [5, 4]], services: [[3, 2], [3, 5]], purpose: [[3, 4], [4, 4]] },
      { participants: 2, revealed },
    );

  it('gives the dimensions to discuss, most disagreement first (either profile), ties in the method’s order', () => {
    expect(discussRows(build(true)).map((r) => [r.dimension, r.disagreement])).toEqual([
      ['finance', 4],
      ['services', 3],
      ['membership', 2],
    ]);
  });

  it('gives nothing before the reveal', () => {
    expect(discussRows(build(false))).toEqual([]);
  });
});
