import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Listable, ListQuery } from './list-query';
import { DEFAULT_LIST_QUERY, foldText, LIST_SORTS, queryList } from './list-query';

const polish = new Intl.Collator('pl').compare;
const english = new Intl.Collator('en').compare;

let n = 0;
function item(over: Partial<Listable> = {}): Listable & { id: string } {
  n += 1;
  return {
    id: `a${String(n)}`,
    name: 'Cluster',
    region: 'Pomorskie',
    facilitator: 'Anna',
    mode: 'create',
    updatedAt: `2026-03-${String(10 + (n % 20)).padStart(2, '0')}T10:00:00.000Z`,
    done: 0,
    ...over,
  };
}
const q = (over: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_LIST_QUERY, ...over });
const names = (list: readonly Listable[]) => list.map((a) => a.name);

describe('search', () => {
  const list = [
    item({ name: 'Klaster Łódzki', region: 'Łódzkie', facilitator: 'Józef Żak' }),
    item({ name: 'Żuławy Wiślane', region: 'Pomorskie', facilitator: 'Anna Nowak' }),
    item({ name: 'Kashubian coast', region: 'Pomorskie', facilitator: 'MAŁGORZATA Kowalska' }),
  ];

  it('ignores case and Polish diacritics, including ł, which Unicode does not decompose', () => {
    expect(names(queryList(list, q({ text: 'lodz' }), polish))).toEqual(['Klaster Łódzki']);
    expect(names(queryList(list, q({ text: 'ZULAWY' }), polish))).toEqual(['Żuławy Wiślane']);
    expect(names(queryList(list, q({ text: 'małgorzata' }), polish))).toEqual(['Kashubian coast']);
    expect(names(queryList(list, q({ text: 'ŁÓDŹ' }), polish))).toEqual(['Klaster Łódzki']);
    expect(names(queryList(list, q({ text: 'lodzkix' }), polish))).toEqual([]);
    expect(foldText('Źdźbło ĄĘÓŚĆŃ')).toBe('zdzblo aeoscn');
  });

  it('looks in the name, the region and the facilitator, and nowhere else', () => {
    expect(names(queryList(list, q({ text: 'pomorskie' }), polish))).toEqual(expect.arrayContaining(['Żuławy Wiślane', 'Kashubian coast']));
    expect(queryList(list, q({ text: 'zak' }), polish)).toHaveLength(1);
    expect(queryList(list, q({ text: 'create' }), polish)).toHaveLength(0);
  });

  it('needs every word typed, in any field and any order; spaces alone find everything', () => {
    expect(names(queryList(list, q({ text: '  nowak   zulawy ' }), polish))).toEqual(['Żuławy Wiślane']);
    expect(names(queryList(list, q({ text: 'nowak kashubian' }), polish))).toEqual([]);
    expect(queryList(list, q({ text: '   ' }), polish)).toHaveLength(3);
  });
});

describe('filter by mode', () => {
  it('keeps only the chosen mode, or all', () => {
    const list = [item({ name: 'A', mode: 'create' }), item({ name: 'B', mode: 'evaluate' })];
    expect(names(queryList(list, q({ mode: 'evaluate' }), english))).toEqual(['B']);
    expect(names(queryList(list, q({ mode: 'create' }), english))).toEqual(['A']);
    expect(queryList(list, q({ mode: 'all' }), english)).toHaveLength(2);
  });
});

describe('sort', () => {
  it('by last change: newest first', () => {
    const list = [item({ name: 'old', updatedAt: '2026-01-01T00:00:00.000Z' }), item({ name: 'new', updatedAt: '2026-02-01T00:00:00.000Z' })];
    expect(names(queryList(list, q({ sort: 'updated' }), english))).toEqual(['new', 'old']);
  });

  it('by name in the order of the interface language: Polish puts Ł after L and Ż after Z', () => {
    const list = [item({ name: 'Żuławy' }), item({ name: 'Zabrze' }), item({ name: 'Łeba' }), item({ name: 'Lublin' }), item({ name: 'ateny' })];
    expect(names(queryList(list, q({ sort: 'name' }), polish))).toEqual(['ateny', 'Lublin', 'Łeba', 'Zabrze', 'Żuławy']);
  });

  it('by region A–Z, with assessments without a region last', () => {
    const list = [item({ name: 'none', region: '' }), item({ name: 'S', region: 'Śląskie' }), item({ name: 'P', region: 'Pomorskie' })];
    expect(names(queryList(list, q({ sort: 'region' }), polish))).toEqual(['P', 'S', 'none']);
  });

  it('by progress: most steps done first; equal progress keeps the newest change first', () => {
    const list = [
      item({ name: 'two-old', done: 2, updatedAt: '2026-01-01T00:00:00.000Z' }),
      item({ name: 'five', done: 5 }),
      item({ name: 'two-new', done: 2, updatedAt: '2026-02-01T00:00:00.000Z' }),
      item({ name: 'none', done: 0 }),
    ];
    expect(names(queryList(list, q({ sort: 'progress' }), english))).toEqual(['five', 'two-new', 'two-old', 'none']);
  });

  const arbitraryItem = fc.record({
    name: fc.string({ maxLength: 6 }),
    region: fc.constantFrom('', 'Łódzkie', 'lubuskie', 'Pomorskie'),
    facilitator: fc.string({ maxLength: 4 }),
    mode: fc.constantFrom('create' as const, 'evaluate' as const),
    updatedAt: fc.integer({ min: 0, max: 1e6 }).map((m) => new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString()),
    done: fc.integer({ min: 0, max: 5 }),
  });

  it('never adds, loses or changes an item, and leaves the input as it was', () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 30 }), fc.constantFrom(...LIST_SORTS), (list, sort) => {
        const before = structuredClone(list);
        const sorted = queryList(list, q({ sort }), polish);
        expect(list).toEqual(before);
        expect([...sorted].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.name.localeCompare(b.name))).toEqual(
          [...list].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.name.localeCompare(b.name)),
        );
      }),
    );
  });

  it('finds with one more word typed only items it found without it', () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 20 }), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (list, a, b) => {
        const wider = queryList(list, q({ text: a }), polish);
        const narrower = queryList(list, q({ text: `${a} ${b}` }), polish);
        expect(narrower.every((x) => wider.includes(x))).toBe(true);
      }),
    );
  });
});
