import { describe, expect, it } from 'vitest';
import type { RatingSources } from './participants';
import { numericValue, ratingInForce } from './participants';
import type { Rating, RatingValue } from './rating';

type InForce = ReturnType<typeof ratingInForce>;

const r = (value: RatingValue): Rating => ({ value, note: '' });

function sources(single: RatingValue, agreed: RatingValue, participants: RatingValue[]): RatingSources {
  return { single: r(single), agreed, participants: participants.map(r) };
}

describe('ratingInForce', () => {
  it.each<[string, RatingSources, InForce]>([
    ['the agreed value wins over the participants and the single rating', sources(1, 4, [2, 2, 2]), 4],
    ['an agreed n/a wins too', sources(3, 'na', [2, 3]), 'na'],
    ['without an agreed value, the participants\' median is in force', sources(1, null, [2, 5, 4]), 4],
    ['the median of an even group may be a half point', sources(1, null, [2, 3]), 2.5],
    ['participants\' n/a and don\'t know are left out of the median', sources(null, null, [2, 'na', 'unknown', 4]), 3],
    ['without participants, the single rating is in force', sources(3, null, []), 3],
    ['without participants, a single don\'t know is in force', sources('unknown', null, []), 'unknown'],
    ['nothing rated anywhere: not rated', sources(null, null, []), null],
  ])('%s', (_label, input, expected) => {
    expect(ratingInForce(input)).toBe(expected);
  });

  it('gives n/a, never 0, when every participant answered n/a', () => {
    const value = ratingInForce(sources(null, null, ['na', 'na', 'na']));
    expect(value).toBe('na');
    expect(numericValue(value)).toBeNull();
  });

  it('gives don\'t know, never 0, when every participant answered don\'t know', () => {
    expect(ratingInForce(sources(5, null, ['unknown', 'unknown']))).toBe('unknown');
  });
});

describe('numericValue', () => {
  it.each<[InForce, number | null]>([
    [1, 1],
    [5, 5],
    [2.5, 2.5],
    ['na', null],
    ['unknown', null],
    [null, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('of %s is %s', (value, expected) => {
    expect(numericValue(value)).toBe(expected);
  });
});
