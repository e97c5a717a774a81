import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment } from './assessment';
import { mergeAssessments, sameValue } from './assessment-merge';

/** The stored version both tabs loaded, and the version another tab saved on top of it. */
const base = (): Assessment => ({ ...makeAssessment({ region: 'Pomorskie', facilitator: 'Anna' }), revision: 4 });
const saved = (a: Assessment, edit: Partial<Assessment>): Assessment => ({ ...a, ...edit, revision: a.revision + 1, updatedAt: '2026-03-02T10:00:00.000Z' });
const note = (a: Assessment, id: 'finance' | 'services', text: string): Assessment => ({
  ...a,
  dimensions: { ...a.dimensions, [id]: { ...a.dimensions[id], baseline: { ...a.dimensions[id].baseline, note: text } } },
});

describe('mergeAssessments', () => {
  it('keeps both edits when two tabs changed different fields', () => {
    const b = base();
    const mine = { ...b, facilitator: 'Zofia' };
    const theirs = saved(b, { region: 'Kaszuby' });
    const { merged, conflicts } = mergeAssessments(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({ facilitator: 'Zofia', region: 'Kaszuby' });
    // It is saved on top of the other tab's version
    expect(merged).toMatchObject({ revision: 5, updatedAt: '2026-03-02T10:00:00.000Z' });
  });

  it('keeps both edits when two tabs wrote in different dimensions', () => {
    const b = base();
    const mine = note(b, 'finance', 'One grant pays for everything');
    const theirs = saved(note(b, 'services', 'Training and shared accounting'), {});
    const { merged, conflicts } = mergeAssessments(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.dimensions.finance.baseline.note).toBe('One grant pays for everything');
    expect(merged.dimensions.services.baseline.note).toBe('Training and shared accounting');
  });

  it('reports a conflict when both tabs changed the same field differently, and takes the preferred side', () => {
    const b = base();
    const mine = { ...b, region: 'Gdańsk' };
    const theirs = saved(b, { region: 'Gdynia', facilitator: 'Piotr' });
    expect(mergeAssessments(b, mine, theirs).conflicts).toEqual(['region']);
    expect(mergeAssessments(b, mine, theirs, 'mine').merged).toMatchObject({ region: 'Gdańsk', facilitator: 'Piotr' });
    expect(mergeAssessments(b, mine, theirs, 'theirs').merged).toMatchObject({ region: 'Gdynia', facilitator: 'Piotr' });
  });

  it('names the dimension when both tabs changed the same one', () => {
    const b = base();
    const { conflicts } = mergeAssessments(b, note(b, 'finance', 'mine'), saved(note(b, 'finance', 'theirs'), {}));
    expect(conflicts).toEqual(['dimensions.finance']);
  });

  it('sees no conflict when both tabs made the same change', () => {
    const b = base();
    const { merged, conflicts } = mergeAssessments(b, { ...b, region: 'Słupsk' }, saved(b, { region: 'Słupsk' }));
    expect(conflicts).toEqual([]);
    expect(merged.region).toBe('Słupsk');
  });

  it('treats a list as one unit: two goals added in two tabs conflict instead of being half merged', () => {
    const b = base();
    const goal = (id: string) => ({ ...(b.goals[0] ?? {}), id }) as Assessment['goals'][number];
    const { conflicts } = mergeAssessments(b, { ...b, goals: [goal('a')] }, saved(b, { goals: [goal('b')] }));
    expect(conflicts).toEqual(['goals']);
  });

  it('keeps the later export time', () => {
    const b = base();
    const mine = { ...b, lastExportAt: '2026-03-02T11:00:00.000Z' };
    const theirs = saved(b, { lastExportAt: '2026-03-02T09:00:00.000Z' });
    expect(mergeAssessments(b, mine, theirs)).toMatchObject({ conflicts: [], merged: { lastExportAt: '2026-03-02T11:00:00.000Z' } });
  });

  it('with no edit here, gives the other tab’s version', () => {
    const b = base();
    const theirs = saved(b, { region: 'Kaszuby', facilitator: 'Piotr' });
    expect(mergeAssessments(b, b, theirs)).toEqual({ merged: theirs, conflicts: [] });
  });

  it('loses nothing when the two tabs edit disjoint fields (property, 200 runs)', () => {
    const FIELDS = ['name', 'region', 'facilitator', 'date', 'finance', 'services'] as const;
    type Field = (typeof FIELDS)[number];
    const apply = (a: Assessment, field: Field, text: string): Assessment =>
      field === 'finance' || field === 'services' ? note(a, field, text) : { ...a, [field]: text };
    const read = (a: Assessment, field: Field): string =>
      field === 'finance' || field === 'services' ? a.dimensions[field].baseline.note : a[field];
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...FIELDS]),
        fc.nat({ max: FIELDS.length }),
        fc.array(fc.string({ minLength: 1 }), { minLength: FIELDS.length, maxLength: FIELDS.length }),
        (fields, split, texts) => {
          const b = base();
          const mineFields = fields.slice(0, split);
          const theirFields = fields.slice(split);
          const text = (f: Field) => `${f}:${texts[FIELDS.indexOf(f)] ?? ''}`;
          const mine = mineFields.reduce((a, f) => apply(a, f, text(f)), b);
          const theirs = saved(theirFields.reduce((a, f) => apply(a, f, text(f)), b), {});
          const { merged, conflicts } = mergeAssessments(b, mine, theirs);
          expect(conflicts).toEqual([]);
          for (const f of fields) expect(read(merged, f)).toBe(text(f));
          for (const f of FIELDS.filter((x) => !fields.includes(x))) expect(read(merged, f)).toBe(read(b, f));
        },
      ),
      { numRuns: 200, seed: 9 },
    );
  });
});

describe('sameValue', () => {
  it('compares stored values deeply, whatever the order of keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});
