import { describe, expect, it } from 'vitest';
import type { Goal, Indicator } from './plan';
import { newGoal } from './plan';
import { checkSmart, isTargetBetter } from './smart';

const TIMEFRAME = { start: '2026-04-01', end: '2028-03-31' };

function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return { id: 'i1', name: 'Members', unit: 'organisations', direction: 'higher', baseline: 12, target: 40, baselineInput: '', targetInput: '', source: 'register', ...overrides };
}

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...newGoal('g1', 'finance'),
    statement: 'Raise the share of own income to 30 % of the budget',
    indicators: [indicator()],
    dueDate: '2027-12-31',
    successFactorId: 'resilience',
    achievable: 'The coordinator sells the services; the ROPS grant pays her first two years.',
    ...overrides,
  };
}

const codes = (g: Goal) => checkSmart(g, TIMEFRAME).map((i) => i.code);

describe('checkSmart', () => {
  it('finds nothing in a complete goal', () => {
    expect(checkSmart(goal(), TIMEFRAME)).toEqual([]);
  });

  it.each<[string, Partial<Goal>, string]>([
    ['an empty statement', { statement: ' ' }, 'no-statement'],
    ['no indicator', { indicators: [] }, 'no-indicator'],
    ['an indicator without a target', { indicators: [indicator({ target: null })] }, 'no-number'],
    ['an indicator without a baseline', { indicators: [indicator({ baseline: null })] }, 'no-number'],
    ['no due date', { dueDate: '' }, 'no-date'],
    ['a due date after the timeframe', { dueDate: '2028-04-01' }, 'date-outside-timeframe'],
    ['a due date before the timeframe', { dueDate: '2026-03-31' }, 'date-outside-timeframe'],
    ['no link to a success factor or the vision', { successFactorId: '', relevance: '' }, 'not-relevant'],
  ])('flags %s', (_label, overrides, code) => {
    expect(codes(goal(overrides))).toContain(code);
  });

  it('accepts a due date on the last day of the timeframe', () => {
    expect(codes(goal({ dueDate: '2028-03-31' }))).not.toContain('date-outside-timeframe');
  });

  it.each([
    ['a target lower than the baseline where higher is better', indicator({ baseline: 40, target: 12 })],
    ['a target equal to the baseline', indicator({ baseline: 40, target: 40 })],
    ['a higher target where lower is better (at most 40 % from one source)', indicator({ direction: 'lower', baseline: 70, target: 80 })],
  ])('flags %s', (_label, ind) => {
    expect(checkSmart(goal({ indicators: [ind] }), TIMEFRAME)).toContainEqual({ code: 'target-not-better', letter: 'M', indicatorId: 'i1' });
  });

  it('accepts a lower target where lower is better', () => {
    const ind = indicator({ name: 'Share from the largest source', unit: '%', direction: 'lower', baseline: 70, target: 40 });
    expect(isTargetBetter(ind)).toBe(true);
    expect(codes(goal({ indicators: [ind] }))).toEqual([]);
  });

  it.each([
    ['Improve cooperation between members'],
    ['Strengthen the coordinating body'],
    ['Foster social innovation in the region'],
    ['Wzmocnić współpracę członków klastra'],
    ['Wzmocnienie organu koordynującego'],
    ['Wzmacniać pozycję przedsiębiorstw społecznych'],
    ['Poprawić finansowanie klastra'],
    ['Poprawa współpracy z samorządem'],
    ['Rozwój portfolio usług'],
  ])('flags vague wording without a measure: "%s"', (statement) => {
    expect(codes(goal({ statement }))).toContain('vague-wording');
  });

  it.each([
    ['Improve the share of own income to 30 %'],
    ['Wzmocnić koordynację: 2 etaty koordynatorów do końca 2027'],
    ['Sign partnership agreements with 12 municipalities'],
    ['Podpisać umowy partnerskie z 12 gminami'],
  ])('accepts a statement with a number or without vague words: "%s"', (statement) => {
    expect(codes(goal({ statement }))).not.toContain('vague-wording');
  });

  it('names the vague word as the user wrote it, not a stem', () => {
    expect(checkSmart(goal({ statement: 'Wzmacnianie sieci' }), TIMEFRAME).find((i) => i.code === 'vague-wording')?.word).toBe('Wzmacnianie');
    expect(checkSmart(goal({ statement: 'Lepsza koordynacja działań' }), TIMEFRAME).find((i) => i.code === 'vague-wording')?.word).toBe('Lepsza');
  });

  it.each([['[odsetek]% członków opisuje cel klastra zgodnie z przyjętym opisem'], ['Zamknąć [X] projektów rocznie'], ['Have [share]% of members attend'], ['Podpisać umowę z […]']])(
    'flags a gap left from an idea, so that the goal never meets all criteria: "%s"',
    (statement) => {
      const issues = checkSmart(goal({ statement }), TIMEFRAME);
      expect(issues.find((i) => i.code === 'placeholder')?.word).toMatch(/^\[.*\]$/);
    },
  );

  it('asks who delivers the goal with which resources, and is content once the group has written it', () => {
    expect(checkSmart(goal({ achievable: ' ' }), TIMEFRAME)).toContainEqual({ code: 'not-achievable', letter: 'A' });
    expect(codes(goal({ achievable: 'Grupa uznała cel za osiągalny: ROPS finansuje koordynatora.' }))).toEqual([]);
  });
});
