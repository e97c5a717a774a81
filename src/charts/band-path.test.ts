import { describe, expect, it } from 'vitest';
import type { PolarFrame } from './band-path';
import { bandPath, outlinePath, polarPoint, rangeLines } from './band-path';

const FRAME: PolarFrame = { cx: 100, cy: 100, radius: 50, count: 4, domainMax: 5 };

/** The points of every closed sub-path in a path string. */
function rings(d: string): [number, number][][] {
  return d
    .split('Z')
    .filter((part) => part !== '')
    .map((part) => [...part.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]));
}

describe('polarPoint', () => {
  it('puts the first axis at the top and the others clockwise, 5 on the outer ring', () => {
    expect(polarPoint(FRAME, 0, 5)).toEqual({ x: 100, y: 50 });
    const right = polarPoint(FRAME, 1, 5);
    expect(right.x).toBeCloseTo(150);
    expect(right.y).toBeCloseTo(100);
    expect(polarPoint(FRAME, 2, 2.5).y).toBeCloseTo(125);
  });
});

describe('bandPath', () => {
  it('with a range on every axis, is the max polygon plus the min polygon in reverse', () => {
    const d = bandPath(FRAME, [1, 2, 3, 4], [5, 5, 5, 5]);
    const [outer, inner] = rings(d);
    expect(outer).toHaveLength(4);
    expect(inner).toHaveLength(4);
    expect(outer?.[0]).toEqual([100, 50]);
    // The inner ring starts at the last axis (left, value 4) and goes back to the first (top, value 1).
    expect(inner?.[0]?.[0]).toBeCloseTo(60);
    expect(inner?.[3]).toEqual([100, 90]);
  });

  it('leaves a hole where an axis has no rating: one quadrilateral per pair of rated neighbours', () => {
    const d = bandPath(FRAME, [1, 2, null, 3], [4, 5, null, 5]);
    const quads = rings(d);
    // Pairs: axis 3 → 0 and 0 → 1 (2 has no rating).
    expect(quads).toHaveLength(2);
    expect(quads.every((q) => q.length === 4)).toBe(true);
    expect(d).not.toContain('NaN');
  });

  it('is empty when no two neighbouring axes are rated', () => {
    expect(bandPath(FRAME, [1, null, 2, null], [3, null, 4, null])).toBe('');
    expect(bandPath(FRAME, [null, null, null, null], [null, null, null, null])).toBe('');
  });
});

describe('rangeLines and outlinePath', () => {
  it('draw the range on each rated axis and the edges between rated neighbours only', () => {
    const lines = rangeLines(FRAME, [1, null, 2, 2], [5, null, 4, 2]);
    expect(lines[1]).toBeNull();
    expect(lines[0]).toEqual({ from: { x: 100, y: 90 }, to: { x: 100, y: 50 } });
    expect(outlinePath(FRAME, [5, null, 4, 2]).match(/M/g)).toHaveLength(2);
  });
});
