import { describe, expect, it } from 'vitest';
import en from '@locales/en/reference.json';
import pl from '@locales/pl/reference.json';
import { FIGURE_GAPS, REFERENCE_TABLES, shownNotes } from '@/domain/library/reference-figures';

type Texts = typeof en;

function lookup(texts: Texts, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), texts);
}

/** Every key the reference data leads the screen to look up. */
const keys = [
  ...REFERENCE_TABLES.flatMap((t) => [
    `tables.${t.id}.title`,
    ...t.rows.map((r) => `tables.${t.id}.rows.${r.id}`),
    ...shownNotes(t).map((n) => `notes.${n}`),
    `base.${t.base.of}`,
  ]),
  ...Object.values(FIGURE_GAPS).flatMap((gaps) => gaps.map((g) => `gaps.${g.id}`)),
];

describe('reference texts', () => {
  it.each([
    ['en', en],
    ['pl', pl],
  ] as const)('exist in %s for every table, row, note, base and gap of the data', (_language, texts) => {
    const missing = keys.filter((key) => typeof lookup(texts, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('have no labels for rows or tables the data does not have', () => {
    const used = new Set(keys);
    const labelled = Object.entries(en.tables).flatMap(([id, table]) => [`tables.${id}.title`, ...Object.keys(table.rows).map((row) => `tables.${id}.rows.${row}`)]);
    expect(labelled.filter((key) => !used.has(key))).toEqual([]);
  });
});
