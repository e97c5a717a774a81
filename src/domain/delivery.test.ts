import { describe, expect, it } from 'vitest';
import { exampleAssessment } from '@/lib/test-assessment';
import type { Assessment } from './assessment';
import { deliverySince, lastPlanSnapshot, openMeasuresFromLastPlan } from './delivery';
import type { MeasureStatus } from './plan';
import { continueAssessment, takeSnapshot } from './snapshots';

let n = 0;
const env = (now = '2027-03-01T10:00:00.000Z') => ({ newId: () => `id-${String(++n)}`, now });

/** The worked example with its measures in the given statuses, continued as a new evaluation. */
function continued(statuses: readonly MeasureStatus[]): Assessment {
  const previous = exampleAssessment('en');
  previous.measures = previous.measures.map((m, i) => ({ ...m, status: statuses[i] ?? 'planned' }));
  return continueAssessment(previous, env(), 'Review 2027');
}

const setStatus = (a: Assessment, index: number, status: MeasureStatus, dropReason = ''): Assessment => ({
  ...a,
  measures: a.measures.map((m, i) => (i === index ? { ...m, status, dropReason } : m)),
});

describe('openMeasuresFromLastPlan', () => {
  it('lists the earlier plan’s measures that were neither done nor dropped, and keeps them listed as they change', () => {
    const a = continued(['done', 'in-progress', 'dropped', 'planned', 'blocked']);
    const open = openMeasuresFromLastPlan(a).map((m) => m.id);
    expect(open).toEqual([a.measures[1]?.id, a.measures[3]?.id, a.measures[4]?.id, ...a.measures.slice(5).map((m) => m.id)]);
    expect(openMeasuresFromLastPlan(setStatus(a, 1, 'done')).map((m) => m.id)).toEqual(open);
  });

  it('is empty for an assessment that does not continue another one, or in creation mode', () => {
    const fresh = exampleAssessment('en');
    expect(openMeasuresFromLastPlan(fresh)).toEqual([]);
    expect(openMeasuresFromLastPlan({ ...continued([]), mode: 'create' })).toEqual([]);
  });
});

describe('deliverySince', () => {
  it('reports what was delivered, dropped, still open and added since the snapshot', () => {
    let a = continued(['done', 'in-progress', 'planned', 'planned']);
    a = setStatus(a, 1, 'done');
    a = setStatus(a, 2, 'dropped', 'No partner found');
    const extra = { ...(a.measures[0] ?? expect.fail('no measure')), id: 'new-measure', title: 'New idea', status: 'planned' as const };
    a = { ...a, measures: [...a.measures, extra] };
    const d = deliverySince(a) ?? expect.fail('no delivery');
    // The starting point of the continued evaluation is the earlier assessment's last state
    expect(d.since.label).toMatch(/^Pomeranian .* – 2026-03-15$/);
    expect(d.delivered.map((r) => r.id)).toEqual([a.measures[1]?.id]);
    expect(d.dropped).toEqual([expect.objectContaining({ id: a.measures[2]?.id, before: 'planned', now: 'dropped', dropReason: 'No partner found' })]);
    expect(d.stillOpen.map((r) => r.id)).toEqual(a.measures.slice(3, -1).map((m) => m.id));
    expect(d.added.map((m) => m.id)).toEqual(['new-measure']);
    // Done before the snapshot is not "delivered since"
    expect(d.delivered.map((r) => r.id)).not.toContain(a.measures[0]?.id);
  });

  it('uses the newest snapshot that recorded measures, and says nothing without one', () => {
    const a = continued(['planned']);
    const later = takeSnapshot(setStatus(a, 0, 'done'), 'After the first year', env('2028-01-01T00:00:00.000Z'));
    const withLater = { ...a, snapshots: [...a.snapshots, later] };
    expect(lastPlanSnapshot(withLater)?.label).toBe('After the first year');
    expect(deliverySince({ ...a, snapshots: a.snapshots.map((s) => ({ ...s, measures: [] })) })).toBeNull();
  });
});
