import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { summarize } from '@/domain/assessment-summary';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { makeAssessment } from '@/lib/test-assessment';
import {
  closeStorage,
  currentDb,
  deleteAssessment,
  getAssessment,
  listAssessments,
  listSummaries,
  openStorage,
  putAssessments,
  saveAssessment,
  watchSummaries,
} from './repository';

let dbCount = 0;
const freshName = () => `summaries-test-${String(++dbCount)}`;

afterEach(() => {
  closeStorage();
});

/** The summaries as they would be recomputed from the stored records, newest change first. */
async function recomputed() {
  return (await listAssessments()).map(summarize);
}

const ids = ['a', 'b', 'c', 'd'] as const;
const texts = fc.constantFrom('Żuławy', 'kaszuby', 'Łódź', '', 'Pomorskie ', 'Anna Żak');
const times = fc.integer({ min: 0, max: 10_000 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString());

type Op =
  | { kind: 'save'; id: (typeof ids)[number]; name: string; region: string; facilitator: string; evaluate: boolean; rated: number; at: string }
  | { kind: 'import'; records: { id: (typeof ids)[number]; name: string; at: string }[] }
  | { kind: 'delete'; id: (typeof ids)[number] }
  | { kind: 'undo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    id: fc.constantFrom(...ids),
    name: texts,
    region: texts,
    facilitator: texts,
    evaluate: fc.boolean(),
    rated: fc.integer({ min: 0, max: DIMENSION_IDS.length }),
    at: times,
  }),
  fc.record({
    kind: fc.constant('import' as const),
    records: fc.array(fc.record({ id: fc.constantFrom(...ids), name: texts, at: times }), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...ids) }),
  fc.record({ kind: fc.constant('undo' as const) }),
);

function withId(id: string, name: string, at: string): Assessment {
  return { ...makeAssessment({ name: name || 'x' }, at), id };
}

/** Runs one operation the way the app does: saves, imports and restores (undo) put records, deletes remove them. */
async function run(o: Op, deleted: Assessment[]): Promise<void> {
  if (o.kind === 'save') {
    const stored = (await getAssessment(o.id)) ?? withId(o.id, o.name, o.at);
    const dimensions = structuredClone(stored.dimensions);
    DIMENSION_IDS.forEach((d, i) => {
      dimensions[d].baseline.value = i < o.rated ? 3 : null;
    });
    const mode = o.evaluate ? 'evaluate' : 'create';
    await saveAssessment({ ...stored, name: o.name || stored.name, region: o.region, facilitator: o.facilitator, mode, dimensions }, o.at);
  } else if (o.kind === 'import') {
    await putAssessments(o.records.map((r) => withId(r.id, r.name, r.at)));
  } else if (o.kind === 'delete') {
    const { deleted: record } = await deleteAssessment(o.id);
    if (record) deleted.push(record);
  } else {
    const record = deleted.pop();
    if (record) await putAssessments([record]);
  }
}

describe('the summaries the home list reads', () => {
  for (const kind of ['indexeddb', 'memory'] as const) {
    it(`always equal those recomputed from the stored records, after any saves, imports, deletes and restores (${kind})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
          closeStorage();
          if (kind === 'indexeddb') expect(await openStorage(freshName())).toBe('ok');
          const deleted: Assessment[] = [];
          for (const o of ops) {
            await run(o, deleted);
            expect(await listSummaries()).toEqual(await recomputed());
          }
        }),
        { numRuns: kind === 'indexeddb' ? 25 : 60 },
      );
    });
  }

  it('show the progress, mode and last change of the record', async () => {
    await openStorage(freshName());
    const a = makeAssessment({ name: 'Kaszuby', region: 'Pomorskie', facilitator: 'Anna', mode: 'evaluate' });
    await saveAssessment(a, '2026-03-02T09:00:00.000Z');
    expect(await listSummaries()).toEqual([
      expect.objectContaining({ id: a.id, name: 'Kaszuby', region: 'Pomorskie', facilitator: 'Anna', mode: 'evaluate', updatedAt: '2026-03-02T09:00:00.000Z', done: 0, revision: 1 }),
    ]);
  });

  it('are not written when the record cannot be: a failed import leaves records and summaries as they were', async () => {
    await openStorage(freshName());
    const kept = makeAssessment({ name: 'Kept' });
    await putAssessments([kept]);
    const db = currentDb();
    if (!db) throw new Error('no database');
    vi.spyOn(db.summaries, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const result = await putAssessments([makeAssessment({ name: 'New' })]);
    expect(result).toEqual({ ok: false, reason: 'quota' });
    expect((await listAssessments()).map((a) => a.name)).toEqual(['Kept']);
    expect((await listSummaries()).map((a) => a.name)).toEqual(['Kept']);
  });

  it('are followed without reading whole records: a rename shows in the watched list', async () => {
    await openStorage(freshName());
    const a = makeAssessment({ name: 'Before' });
    await putAssessments([a]);
    const seen: string[][] = [];
    const stop = watchSummaries((list) => seen.push(list.map((s) => s.name)));
    await vi.waitFor(() => {
      expect(seen.at(-1)).toEqual(['Before']);
    });
    const spy = vi.spyOn(currentDb()?.assessments ?? { toArray: () => undefined }, 'toArray');
    await saveAssessment({ ...a, name: 'After' }, '2026-03-05T09:00:00.000Z');
    await vi.waitFor(() => {
      expect(seen.at(-1)).toEqual(['After']);
    });
    expect(spy).not.toHaveBeenCalled();
    stop();
  });

  it('are built again at the next start when records were written around the app (and only then)', async () => {
    const name = freshName();
    await openStorage(name);
    const a = makeAssessment({ name: 'Through the app' });
    await putAssessments([a]);
    const outside = { ...makeAssessment({ name: 'Written around the app', region: 'Łódzkie' }), id: 'outside' };
    await currentDb()?.assessments.put(outside);
    expect((await listSummaries()).map((x) => x.name)).toEqual(['Through the app']);
    closeStorage();
    await openStorage(name);
    expect(await listSummaries()).toEqual(await recomputed());
    expect((await listSummaries()).map((x) => x.name).sort()).toEqual(['Through the app', 'Written around the app']);
  });
});
