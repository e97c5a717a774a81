import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment, Env } from './assessment';
import type { ImportChoices } from './backup-merge';
import { planImport, previewImport, sameConflicts, sameContent } from './backup-merge';

function counterEnv(prefix = 'new'): Env {
  let n = 0;
  return { newId: () => `${prefix}-${String(++n)}`, now: '2026-03-14T16:00:00.000Z' };
}

const copyName = (name: string) => `${name} (copy from file)`;

function saved(name: string, revision: number, updatedAt: string): Assessment {
  return { ...makeAssessment({ name }), revision, updatedAt };
}

function plan(existing: Assessment[], incoming: Assessment[], choices: ImportChoices = {}) {
  return planImport(previewImport(existing, incoming), choices, counterEnv(), copyName);
}

describe('sameContent', () => {
  it('ignores the revision, the time of the last change and of the last export', () => {
    const a = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    expect(sameContent(a, { ...a, revision: 9, updatedAt: '2026-04-01T10:00:00.000Z', lastExportAt: '2026-04-02T10:00:00.000Z' })).toBe(true);
  });

  it('ignores the order of the fields, as a file read back may have another', () => {
    const a = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as Assessment;
    expect(sameContent(a, reordered)).toBe(true);
  });

  it('sees a change anywhere in the content', () => {
    const a = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const b = structuredClone(a);
    b.dimensions.membership.baseline.note = 'Changed on the other laptop';
    expect(sameContent(a, b)).toBe(false);
  });
});

describe('previewImport', () => {
  it('sorts the file into new, already here and conflicts, without deciding the conflicts', () => {
    const a = saved('A', 1, '2026-03-01T10:00:00.000Z');
    const b = saved('B', 2, '2026-03-01T10:00:00.000Z');
    const c = saved('C', 1, '2026-03-03T10:00:00.000Z');
    const changedB = { ...b, region: 'Elsewhere', revision: 5 };
    const preview = previewImport([a, b], [structuredClone(a), changedB, c]);
    expect(preview.added).toEqual([c]);
    expect(preview.unchanged).toBe(1);
    expect(preview.conflicts).toEqual([{ here: b, incoming: changedB }]);
    expect(preview.duplicates).toEqual([]);
  });

  it('counts the same content as already here even when it was saved again (other revision)', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const preview = previewImport([here], [{ ...here, revision: 7, updatedAt: '2026-03-02T10:00:00.000Z' }]);
    expect(preview).toMatchObject({ added: [], unchanged: 1, conflicts: [] });
  });

  it('keeps a second, different record with the same id in one file as a duplicate', () => {
    const a = saved('A', 1, '2026-03-01T10:00:00.000Z');
    const preview = previewImport([], [a, structuredClone(a), { ...a, region: 'Other' }]);
    expect(preview).toMatchObject({ added: [a], unchanged: 1, conflicts: [] });
    expect(preview.duplicates.map((d) => d.region)).toEqual(['Other']);
  });
});

describe('planImport', () => {
  it('adds records whose id is not on this device', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = saved('Żuławy', 2, '2026-03-02T10:00:00.000Z');
    const result = plan([here], [incoming]);
    expect(result).toMatchObject({ added: 1, unchanged: 0, copied: 0, replaced: 0 });
    expect(result.toWrite).toEqual([incoming]);
  });

  it('skips a record that is here unchanged', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    expect(plan([here], [structuredClone(here)])).toEqual({ toWrite: [], added: 0, unchanged: 1, copied: 0, replaced: 0, replacedIds: [] });
  });

  it('imports a conflict chosen as a copy under a new id and a new name, with its own revision history', () => {
    // Given a record here and another version of it in the file
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = { ...structuredClone(here), region: 'Kaszuby Północne', revision: 6, updatedAt: '2026-03-05T10:00:00.000Z' };
    // When the user chooses a copy
    const result = plan([here], [incoming], { [here.id]: 'copy' });
    // Then the file's version is written beside the one here, named so that the two are told apart
    expect(result).toMatchObject({ added: 0, unchanged: 0, copied: 1, replaced: 0 });
    expect(result.toWrite).toEqual([{ ...incoming, id: 'new-1', name: 'Kaszuby (copy from file)', revision: 0 }]);
  });

  it.each([
    ['older', 1],
    ['the same', 3],
    ['newer', 8],
  ])('replaces a conflict chosen so with the file’s content, its revision past the stored one (file revision %s)', (_label, fileRevision) => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = { ...structuredClone(here), region: 'Kaszuby Północne', revision: fileRevision, updatedAt: '2026-03-05T10:00:00.000Z' };
    const result = plan([here], [incoming], { [here.id]: 'replace' });
    expect(result).toMatchObject({ added: 0, unchanged: 0, copied: 0, replaced: 1, replacedIds: [here.id] });
    // Same id and the file's content; a tab that has revision 3 open sees revision 4 as newer
    expect(result.toWrite).toEqual([{ ...incoming, revision: 4 }]);
  });

  it('imports a conflict without a choice as a copy, never over the one here', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const result = plan([here], [{ ...here, region: 'Other' }]);
    expect(result).toMatchObject({ copied: 1, replaced: 0 });
    expect(result.toWrite[0]?.id).toBe('new-1');
  });

  it('applies each choice to its own assessment', () => {
    const a = saved('A', 1, '2026-03-01T10:00:00.000Z');
    const b = saved('B', 2, '2026-03-01T10:00:00.000Z');
    const result = plan([a, b], [{ ...a, region: 'x' }, { ...b, region: 'y' }], { [a.id]: 'replace', [b.id]: 'copy' });
    expect(result.toWrite.map((r) => [r.id, r.name, r.region])).toEqual([
      [a.id, 'A', 'x'],
      ['new-1', 'B (copy from file)', 'y'],
    ]);
    expect(result).toMatchObject({ copied: 1, replaced: 1 });
  });

  it('does not change the records passed in', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = { ...structuredClone(here), region: 'Other', revision: 9 };
    const before = structuredClone([here, incoming]);
    plan([here], [incoming], { [here.id]: 'replace' });
    plan([here], [incoming], { [here.id]: 'copy' });
    expect([here, incoming]).toEqual(before);
  });

  it('overwrites a record on this device only where the user chose to replace it, and accounts for every record of the file', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const record = fc.record({
      id: fc.constantFrom(...ids),
      region: fc.constantFrom('x', 'y'),
      revision: fc.integer({ min: 0, max: 3 }),
    });
    const toAssessment = (r: { id: string; region: string; revision: number }): Assessment => ({ ...makeAssessment(), ...r });
    const choice = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom('copy' as const, 'replace' as const));
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: (r) => r.id }), fc.array(record), choice, (here, file, choices) => {
        const existing = here.map(toAssessment);
        const incoming = file.map(toAssessment);
        const result = planImport(previewImport(existing, incoming), choices, counterEnv('copy'), copyName);
        const byId = new Map(existing.map((a) => [a.id, a]));
        for (const written of result.toWrite) {
          const stored = byId.get(written.id);
          if (!stored) continue;
          // Only a replacement chosen by the user writes over a stored record, and always past its revision
          expect(choices[written.id]).toBe('replace');
          expect(written.revision).toBeGreaterThan(stored.revision);
        }
        expect(result.added + result.unchanged + result.copied + result.replaced).toBe(incoming.length);
        expect(result.toWrite).toHaveLength(result.added + result.copied + result.replaced);
        // One write per id: the transaction never writes the same record twice
        expect(new Set(result.toWrite.map((r) => r.id)).size).toBe(result.toWrite.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sameConflicts', () => {
  it('tells when the one here was saved again since the user was asked', () => {
    const here = saved('Kaszuby', 3, '2026-03-01T10:00:00.000Z');
    const incoming = { ...here, region: 'Other' };
    const asked = previewImport([here], [incoming]);
    expect(sameConflicts(asked, previewImport([here], [incoming]))).toBe(true);
    expect(sameConflicts(asked, previewImport([{ ...here, revision: 4, name: 'Renamed' }], [incoming]))).toBe(false);
    expect(sameConflicts(asked, previewImport([], [incoming]))).toBe(false);
  });
});
