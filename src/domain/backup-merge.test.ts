import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment, Env } from './assessment';
import { planImport } from './backup-merge';

function counterEnv(prefix = 'new'): Env {
  let n = 0;
  return { newId: () => `${prefix}-${String(++n)}`, now: '2026-03-14T16:00:00.000Z' };
}

function saved(name: string, revision: number, updatedAt: string): Assessment {
  return { ...makeAssessment({ name }), revision, updatedAt };
}

describe('planImport', () => {
  it('adds records whose id is not on this device', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = saved('Żuławy', 2, '2026-03-02T10:00:00.000Z');
    const plan = planImport([here], [incoming], counterEnv());
    expect(plan).toMatchObject({ added: 1, unchanged: 0, copied: 0 });
    expect(plan.toWrite).toEqual([incoming]);
  });

  it('skips a record that is here unchanged (same revision and last change)', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const plan = planImport([here], [structuredClone(here)], counterEnv());
    expect(plan).toEqual({ toWrite: [], added: 0, unchanged: 1, copied: 0 });
  });

  it.each([
    ['a newer revision', { revision: 4 }],
    ['an older revision', { revision: 1 }],
    ['the same revision saved at another time', { updatedAt: '2026-03-01T11:00:00.000Z' }],
  ])('imports a same-id record with %s as a copy with a new id', (_label, change) => {
    // Given a record here and another version of it in the file
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = { ...structuredClone(here), region: 'Kaszuby Północne', ...change };
    // When the file is imported
    const plan = planImport([here], [incoming], counterEnv());
    // Then the file's version is written under a new id, with its own fresh revision history
    expect(plan).toMatchObject({ added: 0, unchanged: 0, copied: 1 });
    expect(plan.toWrite).toEqual([{ ...incoming, id: 'new-1', revision: 0 }]);
  });

  it('handles a mix of new, unchanged and changed records in one file', () => {
    const a = saved('A', 1, '2026-03-01T10:00:00.000Z');
    const b = saved('B', 2, '2026-03-01T10:00:00.000Z');
    const c = saved('C', 1, '2026-03-03T10:00:00.000Z');
    const plan = planImport([a, b], [structuredClone(a), { ...b, revision: 5 }, c], counterEnv());
    expect(plan).toMatchObject({ added: 1, unchanged: 1, copied: 1 });
    expect(plan.toWrite.map((r) => [r.id, r.name])).toEqual([
      ['new-1', 'B'],
      [c.id, 'C'],
    ]);
  });

  it('does not change the records passed in', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = { ...structuredClone(here), revision: 9 };
    const before = structuredClone([here, incoming]);
    planImport([here], [incoming], counterEnv());
    expect([here, incoming]).toEqual(before);
  });

  it('never overwrites or drops a record on this device, whatever the file holds', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const record = fc.record({
      id: fc.constantFrom(...ids),
      revision: fc.integer({ min: 0, max: 3 }),
      updatedAt: fc.constantFrom('2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z'),
    });
    const toAssessment = (r: { id: string; revision: number; updatedAt: string }): Assessment => ({
      ...makeAssessment(),
      ...r,
    });
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: (r) => r.id }), fc.array(record), (here, file) => {
        const existing = here.map(toAssessment);
        const incoming = file.map(toAssessment);
        const plan = planImport(existing, incoming, counterEnv('copy'));
        const existingIds = new Set(existing.map((a) => a.id));
        // Every write goes to an id that is not here yet: nothing stored is replaced
        for (const written of plan.toWrite) expect(existingIds.has(written.id)).toBe(false);
        // Every incoming record is accounted for
        expect(plan.added + plan.unchanged + plan.copied).toBe(incoming.length);
        expect(plan.toWrite).toHaveLength(plan.added + plan.copied);
      }),
    );
  });
});
