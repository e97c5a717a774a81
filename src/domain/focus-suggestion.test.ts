import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DimensionTags } from './dimension-record';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import { suggestFocus } from './focus-suggestion';
import type { ProfileRow } from './gaps';

const noTags = (): Record<DimensionId, DimensionTags> =>
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, { bottleneck: false, leverage: false, feasible: false }])) as Record<
    DimensionId,
    DimensionTags
  >;

function rows(gaps: Partial<Record<DimensionId, number | null>>): ProfileRow[] {
  return DIMENSION_IDS.map((dimension) => {
    const gap = gaps[dimension] ?? null;
    return { dimension, baseline: gap === null ? null : 1, ideal: gap === null ? null : 1 + gap, gap };
  });
}

describe('suggestFocus', () => {
  it('suggests the three largest gaps', () => {
    const s = suggestFocus(rows({ membership: 1, finance: 3, coordination: 2, purpose: 4 }), noTags());
    expect(s.suggested).toEqual(['purpose', 'finance', 'coordination']);
  });

  it('adds weight for bottlenecks and leverage points and a little for feasibility', () => {
    const tags = noTags();
    tags.membership = { bottleneck: true, leverage: true, feasible: false };
    tags.coordination = { bottleneck: false, leverage: false, feasible: true };
    const s = suggestFocus(rows({ membership: 1, finance: 3, coordination: 2, purpose: 2 }), tags);
    expect(s.ranking.map((r) => [r.dimension, r.score])).toEqual([
      ['finance', 3],
      ['membership', 3],
      ['coordination', 2.5],
      ['purpose', 2],
    ]);
    expect(s.suggested).toEqual(['finance', 'membership', 'coordination']);
  });

  it('breaks ties by the larger gap, then by the method’s order, and says who was left out by a tie', () => {
    const s = suggestFocus(rows({ collaboration: 2, services: 2, composition: 2, membership: 2 }), noTags());
    expect(s.suggested).toEqual(['membership', 'composition', 'services']);
    expect(s.tiedOut).toEqual(['collaboration']);
  });

  it('never suggests a dimension that cannot be compared or has no positive gap', () => {
    const s = suggestFocus(rows({ membership: 0, finance: -1, services: null, purpose: 2 }), noTags());
    expect(s.suggested).toEqual(['purpose']);
    expect(s.notComparable).toContain('services');
  });

  it('always returns at most three distinct dimensions with a positive gap', () => {
    const gap = fc.option(fc.integer({ min: -4, max: 4 }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(...DIMENSION_IDS.map(() => gap)), (gaps) => {
        const input = Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, gaps[i] ?? null]));
        const s = suggestFocus(rows(input), noTags());
        expect(s.suggested.length).toBeLessThanOrEqual(3);
        expect(new Set(s.suggested).size).toBe(s.suggested.length);
        for (const d of s.suggested) expect(input[d]).toBeGreaterThan(0);
      }),
    );
  });
});
