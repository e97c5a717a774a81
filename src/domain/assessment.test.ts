import { describe, expect, it } from 'vitest';
import type { Env, NewAssessmentInput } from './assessment';
import { createAssessment, CURRENT_SCHEMA_VERSION, duplicateAssessment, validateName } from './assessment';
import { DIMENSION_IDS } from './dimensions';
import { newGoal } from './plan';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from './resources';

const input: NewAssessmentInput = {
  name: '  Pomorski Klaster Ekonomii Społecznej  ',
  region: ' Pomorskie ',
  mode: 'create',
  facilitator: ' Anna Nowak ',
  date: '2026-03-01',
  language: 'pl',
};

function envWith(ids: string[], now: string): Env {
  const queue = [...ids];
  return { newId: () => queue.shift() ?? 'out-of-ids', now };
}

describe('DIMENSION_IDS', () => {
  it('keeps the eight dimensions in the order of the spider diagram', () => {
    expect(DIMENSION_IDS).toEqual([
      'membership',
      'composition',
      'operations',
      'coordination',
      'finance',
      'services',
      'purpose',
      'collaboration',
    ]);
  });
});

describe('createAssessment', () => {
  const a = createAssessment(input, envWith(['id-1'], '2026-03-01T10:00:00.000Z'));

  it('has all eight dimensions in the fixed order, none rated yet', () => {
    expect(Object.keys(a.dimensions)).toEqual([...DIMENSION_IDS]);
    for (const id of DIMENSION_IDS) {
      expect(a.dimensions[id].baseline).toEqual({ value: null, note: '' });
      expect(a.dimensions[id].ideal).toEqual({ value: null, note: '' });
      expect(a.dimensions[id].agreed).toEqual({ baseline: null, ideal: null, note: '' });
      expect(a.dimensions[id].participantRatings).toEqual([]);
    }
  });

  it('offers the 5 internal and 6 external resources, all empty', () => {
    expect(Object.keys(a.resources.internal)).toEqual([...INTERNAL_RESOURCE_IDS]);
    expect(Object.keys(a.resources.internal)).toHaveLength(5);
    expect(Object.keys(a.resources.external)).toEqual([...EXTERNAL_RESOURCE_IDS]);
    expect(Object.keys(a.resources.external)).toHaveLength(6);
    expect([...Object.values(a.resources.internal), ...Object.values(a.resources.external)].every((t) => t === '')).toBe(true);
  });

  it('offers the four named success factors, none selected', () => {
    expect(a.vision.successFactors.map((f) => f.kind)).toEqual(['legitimacy', 'governance', 'resilience', 'inclusion']);
    expect(a.vision.successFactors.some((f) => f.selected)).toBe(false);
  });

  it('trims the name, region and facilitator and starts at revision 0', () => {
    expect(a).toMatchObject({
      id: 'id-1',
      name: 'Pomorski Klaster Ekonomii Społecznej',
      region: 'Pomorskie',
      facilitator: 'Anna Nowak',
      revision: 0,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      lastExportAt: null,
      continuesId: null,
    });
  });

  it('gives each new assessment its own dimension records', () => {
    const b = createAssessment(input, envWith(['id-2'], '2026-03-01T10:00:00.000Z'));
    b.dimensions.finance.baseline.value = 4;
    expect(a.dimensions.finance.baseline.value).toBeNull();
  });
});

describe('duplicateAssessment', () => {
  // Given an assessment that was saved, exported and worked on
  const source = {
    ...createAssessment(input, envWith(['source'], '2026-03-01T10:00:00.000Z')),
    revision: 12,
    lastExportAt: '2026-03-05T09:00:00.000Z',
    goals: [{ ...newGoal('g1', 'finance'), statement: 'Co najwyżej 40 % z jednego źródła' }],
  };
  source.dimensions.finance.baseline = { value: 2, note: 'Jeden grant' };
  // When it is duplicated
  const copy = duplicateAssessment(source, '  Kopia  ', envWith(['copy'], '2026-03-06T08:00:00.000Z'));

  it('gets a new id, the trimmed new name, revision 0 and no export time', () => {
    expect(copy).toMatchObject({
      id: 'copy',
      name: 'Kopia',
      revision: 0,
      lastExportAt: null,
      createdAt: '2026-03-06T08:00:00.000Z',
      updatedAt: '2026-03-06T08:00:00.000Z',
    });
  });

  it('keeps all the content of the source', () => {
    expect(copy.dimensions).toEqual(source.dimensions);
    expect(copy.goals).toEqual(source.goals);
    expect(copy.region).toBe(source.region);
  });

  it('is independent: editing the copy leaves the source untouched', () => {
    const before = structuredClone(source);
    const edited = duplicateAssessment(source, 'Kopia', envWith(['copy-2'], '2026-03-06T08:00:00.000Z'));
    edited.dimensions.finance.baseline.value = 5;
    edited.dimensions.finance.checklist['finance-1'] = { checked: true, note: 'x' };
    edited.goals[0]?.indicators.push({ id: 'i', name: 'n', unit: '%', direction: 'lower', baseline: 1, target: 0, baselineInput: '', targetInput: '', source: '' });
    edited.vision.successFactors.forEach((f) => (f.selected = true));
    edited.resources.internal.people = 'changed';
    expect(source).toEqual(before);
  });
});

describe('validateName', () => {
  it.each<[string, ReturnType<typeof validateName>]>([
    ['Kaszuby', null],
    ['  Kaszuby  ', null],
    ['', 'name-required'],
    ['   \t ', 'name-required'],
    ['x'.repeat(200), null],
    [` ${'x'.repeat(200)} `, null],
    ['x'.repeat(201), 'name-too-long'],
  ])('of %j gives %s', (name, expected) => {
    expect(validateName(name)).toBe(expected);
  });
});
