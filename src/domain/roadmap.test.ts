import { describe, expect, it } from 'vitest';
import type { Measure } from './plan';
import { newMeasure } from './plan';
import { addMonths, buildTimeline, cadenceOffsets, checkMeasure, milestoneDate, quarterEndsBetween, quarterOf, undatedMilestoneCount } from './roadmap';

function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    ...newMeasure('m1', 'g1'),
    title: 'Run three partner roundtables',
    owner: 'Regional social policy centre',
    start: '2026-04-01',
    due: '2026-12-31',
    milestones: [{ id: 'ms1', title: 'First roundtable', due: '2026-05-15', offsetDays: null, done: false }],
    ...overrides,
  };
}

describe('checkMeasure', () => {
  it('finds nothing in an owned, dated, concrete measure with a milestone', () => {
    expect(checkMeasure(measure())).toEqual([]);
  });

  it.each<[string, Partial<Measure>, string]>([
    ['no owner', { owner: '  ' }, 'no-owner'],
    ['no milestone', { milestones: [] }, 'no-milestone'],
    ['"build capacity"', { title: 'Build capacity of members' }, 'abstract-wording'],
    ['"raise awareness"', { title: 'Raise awareness of the social economy' }, 'abstract-wording'],
    ['"budowanie potencjału"', { title: 'Budowanie potencjału członków' }, 'abstract-wording'],
    ['"wzmocnienie"', { title: 'Wzmocnienie współpracy' }, 'abstract-wording'],
    ['missing dates', { start: '' }, 'no-dates'],
    ['a due date before the start', { due: '2026-01-01' }, 'due-before-start'],
  ])('flags %s', (_label, overrides, code) => {
    expect(checkMeasure(measure(overrides)).map((i) => i.code)).toContain(code);
  });

  it('flags a "by date" milestone without a date, naming which one', () => {
    const milestones = [
      { id: 'a', title: 'Kick-off', due: '2026-05-15', offsetDays: null, done: false },
      { id: 'b', title: 'Report', due: '', offsetDays: null, done: false },
    ];
    expect(checkMeasure(measure({ milestones }))).toEqual([{ code: 'milestone-no-date', number: 2 }]);
    expect(undatedMilestoneCount([measure({ milestones })])).toBe(1);
  });

  it('flags a milestone after the measure’s due date, and accepts one on it', () => {
    const on = { id: 'a', title: 'Done', due: '2026-12-31', offsetDays: null, done: false };
    expect(checkMeasure(measure({ milestones: [on] }))).toEqual([]);
    expect(checkMeasure(measure({ milestones: [{ ...on, due: '2027-01-01' }] }))).toEqual([{ code: 'milestone-after-due', number: 1 }]);
    // A proposed milestone counted from the start can fall after a due date moved earlier
    const quarterly = measure({ cadence: 'quarterly', start: '2026-01-15', due: '2026-06-30', milestones: [{ ...on, due: '', offsetDays: 181 }] });
    expect(checkMeasure(quarterly)).toEqual([{ code: 'milestone-after-due', number: 1 }]);
  });

  it('accepts concrete forms of the same intent', () => {
    for (const title of ['Adopt a governance charter', 'Pilot two use cases', 'Set up a funding pipeline', 'Przeprowadzić 3 okrągłe stoły partnerów']) {
      expect(checkMeasure(measure({ title })).map((i) => i.code)).not.toContain('abstract-wording');
    }
  });
});

describe('milestones from the cadence', () => {
  it('proposes 30, 60 and 90 days', () => {
    expect(cadenceOffsets('30-60-90', '2026-04-01', '2026-12-31')).toEqual([30, 60, 90]);
  });

  it('proposes one milestone per quarter until the due date', () => {
    const offsets = cadenceOffsets('quarterly', '2026-01-15', '2026-12-31');
    expect(offsets).toHaveLength(3);
    const m = measure({ cadence: 'quarterly', start: '2026-01-15' });
    expect(offsets.map((o) => milestoneDate(m, { id: 'x', title: '', due: '', offsetDays: o, done: false }))).toEqual([
      '2026-04-15',
      '2026-07-15',
      '2026-10-15',
    ]);
  });

  it('keeps the last quarterly milestone when it falls on the due date itself (15 January to 15 January)', () => {
    const m = measure({ cadence: 'quarterly', start: '2026-01-15', due: '2027-01-15' });
    const dates = cadenceOffsets('quarterly', m.start, m.due).map((o) => milestoneDate(m, { id: 'x', title: '', due: '', offsetDays: o, done: false }));
    expect(dates).toEqual(['2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15']);
    // One day earlier, the fourth would be after the due date
    expect(cadenceOffsets('quarterly', '2026-01-15', '2027-01-14')).toHaveLength(3);
  });

  it('proposes the calendar quarter ends after the start and up to the due date', () => {
    expect(quarterEndsBetween('2026-01-15', '2027-01-15')).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(quarterEndsBetween('2026-03-31', '2026-12-31')).toEqual(['2026-06-30', '2026-09-30', '2026-12-31']);
    expect(quarterEndsBetween('2026-05-01', '')).toEqual(['2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31']);
    const m = measure({ cadence: 'quarter-ends', start: '2026-01-15', due: '2026-06-30' });
    const dates = cadenceOffsets('quarter-ends', m.start, m.due).map((o) => milestoneDate(m, { id: 'x', title: '', due: '', offsetDays: o, done: false }));
    expect(dates).toEqual(['2026-03-31', '2026-06-30']);
  });

  it('counts days from the start for 30/60/90, across a year end', () => {
    const m = measure({ cadence: '30-60-90', start: '2026-12-15' });
    expect(milestoneDate(m, { id: 'x', title: '', due: '', offsetDays: 30, done: false })).toBe('2027-01-14');
  });

  it('keeps month ends valid', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
});

describe('buildTimeline', () => {
  it('lays every dated measure and milestone out by quarter', () => {
    const a = measure();
    const b = measure({ id: 'm2', goalId: 'g2', start: '2027-02-01', due: '2027-06-30', cadence: '30-60-90', milestones: [{ id: 'ms2', title: '', due: '', offsetDays: 60, done: false }] });
    const timeline = buildTimeline([a, b, measure({ id: 'undated', start: '' })]);
    expect(timeline.quarters).toEqual(['2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(timeline.rows.map((r) => r.measureId)).toEqual(['m1', 'm2']);
    expect(timeline.rows[0]?.active).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(timeline.rows[1]?.milestones).toEqual([{ id: 'ms2', date: '2027-04-02', quarter: '2027-Q2', done: false }]);
    expect(timeline.rows.map((r) => r.status)).toEqual(['planned', 'planned']);
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
  });
});
