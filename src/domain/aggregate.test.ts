import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Aggregate, GroupRow } from './aggregate';
import { aggregateRatings, byDisagreement, groupProfile, needsDiscussion, participantProgress, sectorViews } from './aggregate';
import type { Assessment } from './assessment';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { Sector } from './participants';
import type { RatingValue } from './rating';
import { addParticipant, setParticipantRating } from './workshop';

/** An assessment with the given participants; each rates the listed dimensions' baseline (and ideal, if given). */
function withRatings(
  people: { id: string; sector?: Sector | null; baseline?: Partial<Record<DimensionId, RatingValue>>; ideal?: Partial<Record<DimensionId, RatingValue>> }[],
): Assessment {
  let a = makeAssessment();
  for (const p of people) {
    a = addParticipant(a, { id: p.id, label: p.id, sector: p.sector ?? null });
    for (const [dimension, value] of Object.entries(p.baseline ?? {}) as [DimensionId, RatingValue][]) {
      a = setParticipantRating(a, p.id, dimension, 'baseline', { value, note: '' });
    }
    for (const [dimension, value] of Object.entries(p.ideal ?? {}) as [DimensionId, RatingValue][]) {
      a = setParticipantRating(a, p.id, dimension, 'ideal', { value, note: '' });
    }
  }
  return a;
}

const row = (rows: GroupRow[], dimension: DimensionId): GroupRow => rows.find((r) => r.dimension === dimension) ?? expect.fail(dimension);

describe('aggregateRatings', () => {
  it('gives the middle score of an odd count, with mean, lowest, highest and spread', () => {
    expect(aggregateRatings([4, 1, 3])).toEqual<Aggregate>({
      count: 3,
      median: 3,
      mean: 8 / 3,
      min: 1,
      max: 4,
      spread: 3,
      notApplicable: 0,
      unknown: 0,
      unrated: 0,
      byScore: [1, 0, 1, 1, 0],
    });
  });

  it('shows that a median of 2 can hide a split room: 4, 4 against 1, 1, 2, 2', () => {
    const a = aggregateRatings([4, 4, 1, 1, 2, 2]);
    expect(a.median).toBe(2);
    expect(a.byScore).toEqual([2, 2, 0, 2, 0]);
  });

  it('averages the two middle scores of an even count', () => {
    expect(aggregateRatings([2, 5, 3, 4])).toMatchObject({ count: 4, median: 3.5, mean: 3.5, min: 2, max: 5, spread: 3 });
  });

  it('counts n/a, don’t know and missing answers apart and leaves them out of the numbers', () => {
    expect(aggregateRatings([2, 'na', 'unknown', 'unknown', null, 4])).toEqual<Aggregate>({
      count: 2,
      median: 3,
      mean: 3,
      min: 2,
      max: 4,
      spread: 2,
      notApplicable: 1,
      unknown: 2,
      unrated: 1,
      byScore: [0, 1, 0, 1, 0],
    });
  });

  it('has no numbers (never 0) when nobody gave a score', () => {
    expect(aggregateRatings(['na', 'unknown', null])).toMatchObject({ count: 0, median: null, mean: null, min: null, max: null, spread: null });
    expect(aggregateRatings([])).toMatchObject({ count: 0, median: null, spread: null, unrated: 0 });
  });

  it('gives one participant’s score as median, mean, lowest and highest, with no spread', () => {
    expect(aggregateRatings([4])).toMatchObject({ count: 1, median: 4, mean: 4, min: 4, max: 4, spread: 0 });
  });
});

describe('needsDiscussion', () => {
  it('flags a spread of 2 points, not of 1', () => {
    expect(needsDiscussion(aggregateRatings([3, 4, 4]))).toBe(false);
    expect(needsDiscussion(aggregateRatings([3, 4, 5]))).toBe(true);
    expect(needsDiscussion(aggregateRatings([1, 5]))).toBe(true);
  });

  it('does not flag a dimension without scores, nor answers that are not scores', () => {
    expect(needsDiscussion(aggregateRatings([]))).toBe(false);
    expect(needsDiscussion(aggregateRatings([3, 'na', 'unknown']))).toBe(false);
  });
});

describe('groupProfile', () => {
  it('aggregates every dimension in the method’s order, over all participants', () => {
    const a = withRatings([
      { id: 'p1', baseline: { finance: 1, membership: 3 }, ideal: { finance: 4 } },
      { id: 'p2', baseline: { finance: 3, membership: 4 }, ideal: { finance: 5 } },
      { id: 'p3', baseline: { finance: 5 }, ideal: { finance: 'unknown' } },
    ]);
    const rows = groupProfile(a);
    expect(rows.map((r) => r.dimension)).toEqual([...DIMENSION_IDS]);
    expect(row(rows, 'finance').baseline).toMatchObject({ count: 3, median: 3, spread: 4 });
    expect(row(rows, 'finance').ideal).toMatchObject({ count: 2, median: 4.5, unknown: 1, unrated: 0 });
    // A participant who has not rated a dimension counts as unrated, not as a score
    expect(row(rows, 'membership').baseline).toMatchObject({ count: 2, median: 3.5, unrated: 1 });
    expect(row(rows, 'services').baseline).toMatchObject({ count: 0, median: null, unrated: 3 });
  });

  it('flags a dimension when either profile spreads by 2 or more, and keeps the larger spread', () => {
    const a = withRatings([
      { id: 'p1', baseline: { finance: 2, services: 3, purpose: 2 }, ideal: { finance: 4, services: 3, purpose: 5 } },
      { id: 'p2', baseline: { finance: 3, services: 4, purpose: 2 }, ideal: { finance: 4, services: 4, purpose: 3 } },
    ]);
    const rows = groupProfile(a);
    expect(row(rows, 'finance')).toMatchObject({ discuss: false, disagreement: 1 });
    expect(row(rows, 'services')).toMatchObject({ discuss: false, disagreement: 1 });
    expect(row(rows, 'purpose')).toMatchObject({ discuss: true, disagreement: 2 });
    expect(row(rows, 'membership')).toMatchObject({ discuss: false, disagreement: 0 });
  });

  it('with one participant, gives their own ratings and flags nothing', () => {
    const a = withRatings([{ id: 'solo', baseline: { finance: 2 }, ideal: { finance: 5 } }]);
    const finance = row(groupProfile(a), 'finance');
    expect(finance.baseline).toMatchObject({ count: 1, median: 2, min: 2, max: 2 });
    expect(finance.ideal.median).toBe(5);
    expect(finance.discuss).toBe(false);
  });

  it('aggregates only the participants given', () => {
    const a = withRatings([
      { id: 'p1', baseline: { finance: 1 } },
      { id: 'p2', baseline: { finance: 5 } },
    ]);
    const [first] = a.participants;
    expect(row(groupProfile(a, first ? [first] : []), 'finance').baseline).toMatchObject({ count: 1, median: 1 });
  });
});

describe('byDisagreement', () => {
  it('puts the largest disagreement first and keeps the method’s order among ties', () => {
    const a = withRatings([
      { id: 'p1', baseline: { membership: 1, composition: 2, operations: 1, finance: 3, purpose: 2 } },
      { id: 'p2', baseline: { membership: 3, composition: 5, operations: 3, finance: 3, purpose: 3 } },
    ]);
    const rows = groupProfile(a);
    expect(byDisagreement(rows).map((r) => r.dimension)).toEqual([
      'composition',
      'membership',
      'operations',
      'purpose',
      'coordination',
      'finance',
      'services',
      'collaboration',
    ]);
    // The input keeps its order
    expect(rows.map((r) => r.dimension)).toEqual([...DIMENSION_IDS]);
  });
});

describe('participantProgress', () => {
  it('counts answered baseline and ideal ratings out of 16, n/a and don’t know included', () => {
    const a = withRatings([
      { id: 'p1', baseline: { finance: 2, services: 'na', purpose: null }, ideal: { finance: 'unknown' } },
      { id: 'p2', baseline: { finance: 4 } },
    ]);
    expect(participantProgress(a, 'p1')).toEqual({ done: 3, total: 16 });
    expect(participantProgress(a, 'p2')).toEqual({ done: 1, total: 16 });
    expect(participantProgress(a, 'nobody')).toEqual({ done: 0, total: 16 });
  });
});

describe('sectorViews', () => {
  const view = (a: Assessment, sector: Sector) => sectorViews(a).find((v) => v.sector === sector) ?? expect.fail(sector);

  it('hides a sector of 2 participants entirely and shows one of 3', () => {
    const a = withRatings([
      { id: 'a1', sector: 'academia', baseline: { finance: 1 } },
      { id: 'a2', sector: 'academia', baseline: { finance: 2 } },
      { id: 'p1', sector: 'public', baseline: { finance: 2 } },
      { id: 'p2', sector: 'public', baseline: { finance: 4 } },
      { id: 'p3', sector: 'public', baseline: { finance: 5 } },
    ]);
    const academia = view(a, 'academia');
    expect(academia).toMatchObject({ participants: 2, visible: false });
    expect(academia.rows.every((r) => r.baseline === null && r.ideal === null)).toBe(true);
    const pub = view(a, 'public');
    expect(pub).toMatchObject({ participants: 3, visible: true });
    expect(pub.rows.find((r) => r.dimension === 'finance')?.baseline).toBe(4);
    expect(view(a, 'private')).toMatchObject({ participants: 0, visible: false });
    expect(sectorViews(a).map((v) => v.sector)).toEqual(['public', 'private', 'social', 'academia']);
  });

  it('withholds a visible sector’s cell that only 2 of its participants answered', () => {
    const a = withRatings([
      { id: 's1', sector: 'social', baseline: { finance: 2, services: 3 }, ideal: { finance: 4 } },
      { id: 's2', sector: 'social', baseline: { finance: 3, services: 5 }, ideal: { finance: 5 } },
      { id: 's3', sector: 'social', baseline: { finance: 4, services: 'na' } },
    ]);
    const rows = view(a, 'social').rows;
    expect(rows.find((r) => r.dimension === 'finance')).toEqual({ dimension: 'finance', baseline: 3, ideal: null });
    // n/a counts as an answer for anonymity, not as a score
    expect(rows.find((r) => r.dimension === 'services')?.baseline).toBe(4);
  });

  it('leaves participants without a sector out of every sector', () => {
    const a = withRatings([{ id: 'x1' }, { id: 'x2' }, { id: 'x3' }]);
    expect(sectorViews(a).every((v) => v.participants === 0 && !v.visible)).toBe(true);
  });
});
