import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment, Env } from './assessment';
import { validateName } from './assessment';
import { assessmentSchema } from './assessment-schema';
import { DIMENSION_IDS } from './dimensions';
import type { Snapshot } from './participants';
import { newGoal, newMeasure } from './plan';
import { compareSnapshots, continueAssessment, MAX_COMPARED_SNAPSHOTS, oldestFirst, snapshotOverlays, takeSnapshot } from './snapshots';
import * as v from 'valibot';

function env(now = '2026-05-04T09:30:00.000Z', prefix = 'id'): Env {
  let n = 0;
  return {
    now,
    newId: () => {
      n += 1;
      return `${prefix}-${String(n)}`;
    },
  };
}

function rated(): Assessment {
  const a = makeAssessment();
  DIMENSION_IDS.forEach((id, i) => {
    a.dimensions[id].baseline.value = ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5;
    a.dimensions[id].ideal.value = 5;
  });
  return a;
}

describe('takeSnapshot', () => {
  it('freezes the baseline and ideal of all eight dimensions with an id, a label and the time', () => {
    const a = rated();
    a.dimensions.finance.baseline.value = 'na';
    a.dimensions.services.ideal.value = null;
    const s = takeSnapshot(a, '  Baseline 2026 ', env());
    expect(s).toMatchObject({ id: 'id-1', label: 'Baseline 2026', takenAt: '2026-05-04T09:30:00.000Z' });
    expect(Object.keys(s.ratings)).toEqual([...DIMENSION_IDS]);
    expect(s.ratings.membership).toEqual({ baseline: 1, ideal: 5 });
    expect(s.ratings.finance).toEqual({ baseline: 'na', ideal: 5 });
    expect(s.ratings.services.ideal).toBeNull();
  });

  it('is a copy: later edits do not change it', () => {
    const a = rated();
    const s = takeSnapshot(a, 'x', env());
    a.dimensions.membership.baseline.value = 4;
    expect(s.ratings.membership.baseline).toBe(1);
  });

  it('uses the rating in force: the agreed value first, and a whole-number median', () => {
    const a = rated();
    a.dimensions.purpose.agreed = { baseline: 4, ideal: 'unknown', note: '' };
    a.workshop.revealed = true;
    a.dimensions.finance.participantRatings = [
      { participantId: 'p1', baseline: { value: 2, note: '' }, ideal: { value: 4, note: '' } },
      { participantId: 'p2', baseline: { value: 3, note: '' }, ideal: { value: 4, note: '' } },
      { participantId: 'p3', baseline: { value: 5, note: '' }, ideal: { value: 5, note: '' } },
    ];
    const s = takeSnapshot(a, 'x', env());
    expect(s.ratings.purpose).toEqual({ baseline: 4, ideal: 'unknown' });
    expect(s.ratings.finance).toEqual({ baseline: 3, ideal: 4 });
  });

  it('stores the single rating when the median falls between two scores, since a snapshot holds whole scores only', () => {
    const a = rated();
    a.dimensions.finance.baseline.value = 2;
    a.workshop.revealed = true;
    a.dimensions.finance.participantRatings = [
      { participantId: 'p1', baseline: { value: 3, note: '' }, ideal: { value: 4, note: '' } },
      { participantId: 'p2', baseline: { value: 4, note: '' }, ideal: { value: 5, note: '' } },
    ];
    a.dimensions.finance.ideal.value = null;
    const s = takeSnapshot(a, 'x', env());
    expect(s.ratings.finance).toEqual({ baseline: 2, ideal: null });
  });

  it('passes the stored schema', () => {
    const a = rated();
    a.snapshots = [takeSnapshot(a, 'Baseline 2026', env())];
    expect(v.safeParse(assessmentSchema, a).success).toBe(true);
  });
});

function snapshot(id: string, takenAt: string, baseline: Snapshot['ratings'][keyof Snapshot['ratings']]['baseline'], ideal: Snapshot['ratings'][keyof Snapshot['ratings']]['ideal'] = 5): Snapshot {
  return {
    id,
    label: id,
    takenAt,
    ratings: Object.fromEntries(DIMENSION_IDS.map((d) => [d, { baseline, ideal }])) as Snapshot['ratings'],
    measures: [],
  };
}

describe('compareSnapshots', () => {
  it('gives per dimension the values of each snapshot, oldest first, then now, and the change since the oldest', () => {
    const a = rated();
    a.dimensions.membership.baseline.value = 4;
    const old = snapshot('old', '2026-01-01T00:00:00.000Z', 1);
    const mid = snapshot('mid', '2026-02-01T00:00:00.000Z', 2, 4);
    const result = compareSnapshots([mid, old], a);
    expect(result.snapshots.map((s) => s.id)).toEqual(['old', 'mid']);
    expect(result.rows.map((r) => r.dimension)).toEqual([...DIMENSION_IDS]);
    const membership = result.rows[0];
    expect(membership?.values).toEqual([
      { baseline: 1, ideal: 5 },
      { baseline: 2, ideal: 4 },
      { baseline: 4, ideal: 5 },
    ]);
    expect(membership?.changes).toEqual([
      { baseline: null, ideal: null },
      { baseline: 1, ideal: -1 },
      { baseline: 3, ideal: 0 },
    ]);
    expect(membership?.change).toEqual({ baseline: 3, ideal: 0 });
  });

  it('shows a median now and a half-point change', () => {
    const a = rated();
    a.workshop.revealed = true;
    a.dimensions.finance.participantRatings = [
      { participantId: 'p1', baseline: { value: 3, note: '' }, ideal: { value: 5, note: '' } },
      { participantId: 'p2', baseline: { value: 4, note: '' }, ideal: { value: 5, note: '' } },
    ];
    const result = compareSnapshots([snapshot('s', '2026-01-01T00:00:00.000Z', 4)], a);
    const finance = result.rows.find((r) => r.dimension === 'finance');
    expect(finance?.values[1]).toEqual({ baseline: 3.5, ideal: 5 });
    expect(finance?.change).toEqual({ baseline: -0.5, ideal: 0 });
  });

  it('has no change when either side is n/a, don’t know or unrated', () => {
    const a = rated();
    a.dimensions.membership.baseline.value = 'unknown';
    a.dimensions.composition.baseline.value = 3;
    const result = compareSnapshots([snapshot('s', '2026-01-01T00:00:00.000Z', 'na', null)], a);
    expect(result.rows[0]?.change).toEqual({ baseline: null, ideal: null });
    expect(result.rows[1]?.change).toEqual({ baseline: null, ideal: null });
  });

  it('without snapshots shows only now, with no change', () => {
    const result = compareSnapshots([], rated());
    expect(result.snapshots).toEqual([]);
    expect(result.rows[0]?.values).toEqual([{ baseline: 1, ideal: 5 }]);
    expect(result.rows[0]?.change).toEqual({ baseline: null, ideal: null });
  });

  it('compares at most three snapshots', () => {
    const list = ['a', 'b', 'c', 'd'].map((id, i) => snapshot(id, `2026-0${String(i + 1)}-01T00:00:00.000Z`, 2));
    const result = compareSnapshots(list, rated());
    expect(result.snapshots).toHaveLength(MAX_COMPARED_SNAPSHOTS);
    expect(result.rows[0]?.values).toHaveLength(4);
  });
});

describe('oldestFirst and snapshotOverlays', () => {
  it('sorts by time taken and keeps the order of equal times', () => {
    const list = [snapshot('b', '2026-02-01T00:00:00.000Z', 1), snapshot('a', '2026-01-01T00:00:00.000Z', 1), snapshot('c', '2026-02-01T00:00:00.000Z', 1)];
    expect(oldestFirst(list).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives the chosen snapshots’ baselines as numbers or null, oldest first, skipping unknown ids', () => {
    const a = rated();
    a.snapshots = [snapshot('new', '2026-03-01T00:00:00.000Z', 'na'), snapshot('old', '2026-01-01T00:00:00.000Z', 2), snapshot('other', '2026-02-01T00:00:00.000Z', 3)];
    const overlays = snapshotOverlays(a, ['new', 'old', 'gone']);
    expect(overlays.map((o) => o.id)).toEqual(['old', 'new']);
    expect(overlays[0]).toMatchObject({ label: 'old', values: { membership: 2, finance: 2 } });
    expect(Object.values(overlays[1]?.values ?? {})).toEqual(DIMENSION_IDS.map(() => null));
  });
});

describe('snapshots and the plan', () => {
  it('keep every measure with its status, so that a later evaluation sees what was open', () => {
    const a = rated();
    a.measures = [
      { ...newMeasure('m1', 'g1'), title: 'Hire a coordinator', status: 'done' },
      { ...newMeasure('m2', 'g1'), title: 'Pilot consortium', status: 'in-progress' },
    ];
    expect(takeSnapshot(a, 'x', env()).measures).toEqual([
      { id: 'm1', title: 'Hire a coordinator', status: 'done' },
      { id: 'm2', title: 'Pilot consortium', status: 'in-progress' },
    ]);
    const next = continueAssessment(a, env(), 'Review');
    expect(next.snapshots.at(-1)?.measures.map((m) => m.status)).toEqual(['done', 'in-progress']);
  });
});

describe('continueAssessment', () => {
  function planned(): Assessment {
    const a = rated();
    a.name = 'Pomorskie cluster';
    a.region = 'Pomorskie';
    a.date = '2025-10-15';
    a.updatedAt = '2025-10-16T12:00:00.000Z';
    a.revision = 7;
    a.lastExportAt = '2025-10-17T08:00:00.000Z';
    a.dimensions.finance.baseline.note = 'One grant pays for everything';
    a.dimensions.finance.tags.bottleneck = true;
    a.vision.statement = 'A cluster in every county';
    a.vision.successFactors = a.vision.successFactors.map((f) => ({ ...f, selected: true, check: 'yes', checkNote: 'still' }));
    a.decision.focus = [{ dimension: 'finance', rationale: 'One grant' }];
    a.decision.timeframe = { start: '2026-01-01', end: '2026-12-31' };
    a.decision.evaluationSubmode = 'review';
    a.goals = [{ ...newGoal('g1', 'finance'), statement: 'Three sources of income', verdict: 'keep' }];
    a.measures = [
      { ...newMeasure('m1', 'g1'), title: 'Write a funding strategy', status: 'done' },
      { ...newMeasure('m2', 'g1'), title: 'Apply to the regional fund', status: 'blocked' },
    ];
    a.snapshots = [snapshot('early', '2025-09-01T00:00:00.000Z', 1)];
    return a;
  }

  it('makes a new evaluation that continues the previous one, with its own id and history', () => {
    const previous = planned();
    const next = continueAssessment(previous, env('2026-05-04T09:30:00.000Z', 'new'), '  Pomorskie cluster – review 2026 ');
    expect(next.id).not.toBe(previous.id);
    expect(next).toMatchObject({
      name: 'Pomorskie cluster – review 2026',
      mode: 'evaluate',
      continuesId: previous.id,
      revision: 0,
      lastExportAt: null,
      region: 'Pomorskie',
      date: '2026-05-04',
      createdAt: '2026-05-04T09:30:00.000Z',
      updatedAt: '2026-05-04T09:30:00.000Z',
    });
    expect(v.safeParse(assessmentSchema, next).success).toBe(true);
  });

  it('copies the profile, the vision, the focus, the goals and the measures with their status', () => {
    const previous = planned();
    const next = continueAssessment(previous, env(), 'Review');
    expect(next.dimensions).toEqual(previous.dimensions);
    expect(next.dimensions.finance.baseline.note).toBe('One grant pays for everything');
    expect(next.vision.statement).toBe('A cluster in every county');
    expect(next.decision.focus).toEqual(previous.decision.focus);
    expect(next.decision.timeframe).toEqual(previous.decision.timeframe);
    expect(next.goals.map((g) => [g.id, g.statement])).toEqual([['g1', 'Three sources of income']]);
    expect(next.measures.map((m) => [m.id, m.goalId, m.title, m.status])).toEqual([
      ['m1', 'g1', 'Write a funding strategy', 'done'],
      ['m2', 'g1', 'Apply to the regional fund', 'blocked'],
    ]);
    const goalIds = new Set(next.goals.map((g) => g.id));
    expect(next.measures.every((m) => goalIds.has(m.goalId))).toBe(true);
  });

  it('resets this review’s own judgements: verdicts, success factor checks and the submode', () => {
    const next = continueAssessment(planned(), env(), 'Review');
    expect(next.goals.every((g) => g.verdict === null)).toBe(true);
    expect(next.vision.successFactors.every((f) => f.check === null && f.checkNote === '' && f.selected)).toBe(true);
    expect(next.decision.evaluationSubmode).toBeNull();
  });

  it('does not share objects with the previous assessment', () => {
    const previous = planned();
    const next = continueAssessment(previous, env(), 'Review');
    next.dimensions.finance.baseline.value = 1;
    next.measures.forEach((m) => {
      m.status = 'dropped';
    });
    expect(previous.dimensions.finance.baseline.value).toBe(5);
    expect(previous.measures[0]?.status).toBe('done');
  });

  it('adds a snapshot of the previous ratings named after the previous assessment and its date, after the earlier ones', () => {
    const previous = planned();
    const next = continueAssessment(previous, env('2026-05-04T09:30:00.000Z', 'new'), 'Review');
    expect(next.id).toBe('new-1');
    expect(next.snapshots.map((s) => s.id)).toEqual(['early', 'new-2']);
    const start = next.snapshots[1];
    expect(start).toMatchObject({ label: 'Pomorskie cluster – 2025-10-15', takenAt: '2025-10-16T12:00:00.000Z' });
    expect(start?.ratings).toEqual(takeSnapshot(previous, 'x', env()).ratings);
    expect(compareSnapshots(start ? [start] : [], next).rows.every((r) => r.change.baseline === 0)).toBe(true);
  });

  it('uses the date of the last change when the previous one has no session date, and keeps a valid name', () => {
    const previous = planned();
    previous.date = '';
    const next = continueAssessment(previous, env(), 'x'.repeat(250));
    expect(next.snapshots.at(-1)?.label).toBe('Pomorskie cluster – 2025-10-16');
    expect(validateName(next.name)).toBeNull();
  });
});
