import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { groupProfile } from './aggregate';
import type { Assessment } from './assessment';
import { DIMENSION_IDS } from './dimensions';
import type { Participant } from './participants';
import type { RatingValue } from './rating';
import { discussFirst, isSector, labelProblem, MAX_LABEL_LENGTH, ratingFromOption, ratingHere, ratingOption, resultRows, roundStatus, sectorTable } from './workshop-round';
import { addParticipant, setParticipantRating } from './workshop';

const person = (id: string, label: string, ballotCreatedAt: string | null = null): Participant => ({ id, label, sector: null, ballotCreatedAt });

describe('labelProblem', () => {
  const people = [person('a', 'Anna'), person('b', 'Ben K.')];

  it.each<[string, string, ReturnType<typeof labelProblem>]>([
    ['a new name is fine', 'Chris', null],
    ['an empty name is refused', '', 'empty'],
    ['blanks only are refused', '   ', 'empty'],
    ['a name already on the list is refused, whatever the case and blanks', '  anna ', 'duplicate'],
    ['a name that is too long is refused', 'x'.repeat(MAX_LABEL_LENGTH + 1), 'tooLong'],
    ['the longest allowed name is fine', 'x'.repeat(MAX_LABEL_LENGTH), null],
  ])('%s', (_label, input, expected) => {
    expect(labelProblem(people, input)).toBe(expected);
  });

  it('lets a participant keep their own name when editing', () => {
    expect(labelProblem(people, 'Anna', 'a')).toBeNull();
    expect(labelProblem(people, 'Ben K.', 'a')).toBe('duplicate');
  });
});

/** Three participants: one rated everything, one some, one nothing. */
function round(): Assessment {
  let a = makeAssessment();
  for (const id of ['full', 'some', 'none']) a = addParticipant(a, { id, label: id, sector: null });
  for (const dimension of DIMENSION_IDS) {
    a = setParticipantRating(a, 'full', dimension, 'baseline', { value: 'na', note: '' });
    a = setParticipantRating(a, 'full', dimension, 'ideal', { value: 4, note: '' });
  }
  a = setParticipantRating(a, 'some', 'finance', 'baseline', { value: 2, note: '' });
  return a;
}

describe('roundStatus', () => {
  it('counts participants who rated all 16, some, or nothing', () => {
    expect(roundStatus(round())).toEqual({ participants: 3, complete: 1, partial: 1, notStarted: 1 });
    expect(roundStatus(makeAssessment())).toEqual({ participants: 0, complete: 0, partial: 0, notStarted: 0 });
  });
});

describe('resultRows and discussFirst', () => {
  /** Baseline spreads: membership 1, finance 4, services 2; ideal spreads: membership 3. */
  function rated(): Assessment {
    let a = makeAssessment();
    const ratings = [
      { id: 'p1', membership: [2, 1], finance: [1, 4], services: [3, 4] },
      { id: 'p2', membership: [3, 4], finance: [5, 4], services: [5, 4] },
    ] as const;
    for (const r of ratings) {
      a = addParticipant(a, { id: r.id, label: r.id, sector: null });
      for (const dimension of ['membership', 'finance', 'services'] as const) {
        a = setParticipantRating(a, r.id, dimension, 'baseline', { value: r[dimension][0], note: '' });
        a = setParticipantRating(a, r.id, dimension, 'ideal', { value: r[dimension][1], note: '' });
      }
    }
    return a;
  }

  it('keeps the method’s order by default', () => {
    expect(resultRows(groupProfile(rated()), 'baseline', 'method').map((r) => r.dimension)).toEqual([...DIMENSION_IDS]);
  });

  it('sorts by the shown profile’s spread, ties in the method’s order, and returns the rows unchanged', () => {
    const rows = groupProfile(rated());
    const baseline = resultRows(rows, 'baseline', 'disagreement');
    expect(baseline.map((r) => r.dimension).slice(0, 4)).toEqual(['finance', 'services', 'membership', 'composition']);
    expect(resultRows(rows, 'ideal', 'disagreement').map((r) => r.dimension).slice(0, 2)).toEqual(['membership', 'composition']);
    expect(baseline.find((r) => r.dimension === 'membership')?.disagreement).toBe(3);
  });

  it('lists only flagged dimensions, the largest disagreement of either profile first', () => {
    expect(discussFirst(groupProfile(rated())).map((r) => [r.dimension, r.disagreement])).toEqual([
      ['finance', 4],
      ['membership', 3],
      ['services', 2],
    ]);
    expect(discussFirst(groupProfile(makeAssessment()))).toEqual([]);
  });
});

describe('ratingHere', () => {
  it('leaves out participants whose ratings came by ballot', () => {
    expect(ratingHere([person('a', 'A'), person('b', 'B', '2026-03-01T10:00:00.000Z')]).map((p) => p.id)).toEqual(['a']);
  });
});

describe('isSector', () => {
  it('knows the four sectors and nothing else', () => {
    expect(['public', 'private', 'social', 'academia'].every(isSector)).toBe(true);
    expect(isSector('')).toBe(false);
    expect(isSector('church')).toBe(false);
    expect(isSector(null)).toBe(false);
  });
});

describe('ratingOption and ratingFromOption', () => {
  it.each<[RatingValue, string]>([
    [null, ''],
    [1, '1'],
    [5, '5'],
    ['na', 'na'],
    ['unknown', 'unknown'],
  ])('%s travels through a select option and back', (value, option) => {
    expect(ratingOption(value)).toBe(option);
    expect(ratingFromOption(option)).toBe(value);
  });

  it('reads anything else as not rated, never as a number outside 1–5', () => {
    expect(ratingFromOption('0')).toBeNull();
    expect(ratingFromOption('6')).toBeNull();
    expect(ratingFromOption('2.5')).toBeNull();
    expect(ratingFromOption('x')).toBeNull();
  });
});

describe('sectorTable', () => {
  it('tells a withheld cell from one where enough answered but nobody gave a score', () => {
    let a = makeAssessment();
    const answers = [
      ['s1', 2, 'na', 4],
      ['s2', 3, 'na', null],
      ['s3', 4, 'unknown', null],
    ] as const;
    for (const [id, finance, services, purpose] of answers) {
      a = addParticipant(a, { id, label: id, sector: 'social' });
      a = setParticipantRating(a, id, 'finance', 'baseline', { value: finance, note: '' });
      a = setParticipantRating(a, id, 'services', 'baseline', { value: services, note: '' });
      a = setParticipantRating(a, id, 'purpose', 'baseline', { value: purpose, note: '' });
    }
    a = addParticipant(a, { id: 'u1', label: 'u1', sector: 'academia' });
    a = setParticipantRating(a, 'u1', 'finance', 'baseline', { value: 5, note: '' });
    const table = sectorTable(a, 'baseline');
    const social = table.find((v) => v.sector === 'social') ?? expect.fail('social');
    const cell = (dimension: (typeof DIMENSION_IDS)[number]) => social.cells[DIMENSION_IDS.indexOf(dimension)];
    expect(cell('finance')).toBe(3);
    expect(cell('services')).toBe('noScore');
    expect(cell('purpose')).toBe('withheld');
    expect(cell('membership')).toBe('withheld');
    const academia = table.find((v) => v.sector === 'academia') ?? expect.fail('academia');
    expect(academia.visible).toBe(false);
    expect(academia.cells.every((c) => c === 'withheld')).toBe(true);
  });
});
