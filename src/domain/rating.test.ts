import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RatingValue, Score } from './rating';
import { answeredCount, countRatings, meanScore, medianScore, SCORES } from './rating';

const score = fc.constantFrom<Score>(...SCORES);
const nonNumeric = fc.constantFrom<RatingValue>('na', 'unknown', null);
const anyValue = fc.oneof(score, nonNumeric);

describe('medianScore', () => {
  it.each<[string, RatingValue[], number | null]>([
    ['odd count of scores', [5, 1, 3], 3],
    ['even count: average of the two middle scores', [4, 1, 2, 5], 3],
    ['even count with a half result', [2, 3], 2.5],
    ['n/a, don\'t know and unrated are ignored', [1, 'na', 'unknown', null, 5, 5], 5],
    ['n/a is not counted as 0', ['na', 'na', 4], 4],
    ['only non-numeric answers: not rated', ['na', 'unknown', null], null],
    ['no answers at all: not rated', [], null],
  ])('%s', (_label, values, expected) => {
    expect(medianScore(values)).toBe(expected);
  });

  it('does not reorder the caller\'s list', () => {
    const values: RatingValue[] = [5, 1, 3];
    medianScore(values);
    expect(values).toEqual([5, 1, 3]);
  });
});

describe('meanScore', () => {
  it.each<[string, RatingValue[], number | null]>([
    ['plain average', [1, 2, 3, 4, 5], 3],
    ['n/a, don\'t know and unrated are ignored, not averaged as 0', [4, 'na', 'unknown', null, 2], 3],
    ['one score among many non-numeric answers', [null, null, 'na', 5], 5],
    ['only non-numeric answers: not rated', ['unknown', null], null],
    ['no answers at all: not rated', [], null],
  ])('%s', (_label, values, expected) => {
    expect(meanScore(values)).toBe(expected);
  });
});

describe('median and mean of any group of answers', () => {
  const stats = [
    ['median', medianScore],
    ['mean', meanScore],
  ] as const;

  it.each(stats)('the %s lies between the lowest and the highest score given', (_name, stat) => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 30 }), (values) => {
        const scores = values.filter((v): v is Score => typeof v === 'number');
        const result = stat(values);
        if (scores.length === 0) {
          expect(result).toBeNull();
          return;
        }
        expect(result).not.toBeNull();
        expect(result).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(result).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });

  it.each(stats)('adding n/a, don\'t know or unrated answers never changes the %s', (_name, stat) => {
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 20 }),
        fc.array(nonNumeric, { maxLength: 20 }),
        fc.nat(),
        (values, extra, seed) => {
          // Given the same answers with extra non-numeric ones spliced in anywhere
          const mixed = [...values];
          extra.forEach((value, i) => mixed.splice((seed + i * 7) % (mixed.length + 1), 0, value));
          // Then the result is the same
          expect(stat(mixed)).toBe(stat(values));
        },
      ),
    );
  });
});

describe('countRatings: the one counting rule', () => {
  it('counts 1–5 as rated, and n/a, don’t know and not yet rated apart', () => {
    expect(countRatings([1, 5, 'na', 'unknown', 'unknown', null])).toEqual({ rated: 2, notApplicable: 1, unknown: 2, unrated: 1 });
    expect(answeredCount(countRatings([1, 5, 'na', 'unknown', 'unknown', null]))).toBe(5);
  });

  it('counts a group median such as 3.5 as rated', () => {
    expect(countRatings([3.5, null])).toEqual({ rated: 1, notApplicable: 0, unknown: 0, unrated: 1 });
  });

  it('puts every value in exactly one of the four counts', () => {
    const value = fc.constantFrom<RatingValue>(1, 2, 3, 4, 5, 'na', 'unknown', null);
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const c = countRatings(values);
        expect(c.rated + c.notApplicable + c.unknown + c.unrated).toBe(values.length);
        expect(c.rated).toBe(values.filter((v) => typeof v === 'number').length);
      }),
    );
  });
});
