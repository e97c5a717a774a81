/**
 * The min–max band of the group radar as SVG geometry, pure: a ring between the polygon of the
 * highest ratings and the polygon of the lowest. Axes without a number leave a hole, never a zero.
 */
import { axisAngle } from './radar-layout';

/** Where the plot is: centre, outer radius (the top of the scale) and the number of axes. */
export type PolarFrame = { cx: number; cy: number; radius: number; count: number; domainMax: number };

export type Point = { x: number; y: number };

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** The point of a value on an axis, as Recharts places it (clockwise from the top, linear from the centre). */
export function polarPoint(frame: PolarFrame, index: number, value: number): Point {
  const rad = (axisAngle(index, frame.count) * Math.PI) / 180;
  const r = (value / frame.domainMax) * frame.radius;
  return { x: frame.cx + r * Math.cos(rad), y: frame.cy - r * Math.sin(rad) };
}

const rated = (min: number | null | undefined, max: number | null | undefined): boolean =>
  typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max);

function polygon(points: readonly Point[]): string {
  return `${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)},${fmt(p.y)}`).join('')}Z`;
}

/**
 * The band's path. With a range on every axis: the max polygon plus the min polygon reversed (draw
 * it with fill-rule evenodd). With holes: one quadrilateral between each pair of neighbouring rated
 * axes, all turning the same way, so that they fill as one shape. Empty when nothing can be drawn.
 */
export function bandPath(frame: PolarFrame, mins: readonly (number | null)[], maxs: readonly (number | null)[]): string {
  const n = frame.count;
  const ok = Array.from({ length: n }, (_, i) => rated(mins[i], maxs[i]));
  const at = (i: number, values: readonly (number | null)[]) => polarPoint(frame, i, values[i] ?? 0);
  if (n > 2 && ok.every(Boolean)) {
    const outer = Array.from({ length: n }, (_, i) => at(i, maxs));
    const inner = Array.from({ length: n }, (_, i) => at(n - 1 - i, mins));
    return polygon(outer) + polygon(inner);
  }
  const quads: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const j = (i + 1) % n;
    if (n < 2 || (n === 2 && i === 1) || !ok[i] || !ok[j]) continue;
    quads.push(polygon([at(i, maxs), at(j, maxs), at(j, mins), at(i, mins)]));
  }
  return quads.join('');
}

/** The range on each rated axis as a line from the lowest to the highest rating (null where there is none). */
export function rangeLines(frame: PolarFrame, mins: readonly (number | null)[], maxs: readonly (number | null)[]): ({ from: Point; to: Point } | null)[] {
  return Array.from({ length: frame.count }, (_, i) => {
    const min = mins[i];
    const max = maxs[i];
    return typeof min === 'number' && typeof max === 'number' && rated(min, max) ? { from: polarPoint(frame, i, min), to: polarPoint(frame, i, max) } : null;
  });
}

/** The outline of one edge of the band (all lowest or all highest ratings): segments between neighbouring rated axes. */
export function outlinePath(frame: PolarFrame, values: readonly (number | null)[]): string {
  const n = frame.count;
  const parts: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const j = (i + 1) % n;
    const a = values[i];
    const b = values[j];
    if (n < 2 || (n === 2 && i === 1) || typeof a !== 'number' || typeof b !== 'number') continue;
    const p = polarPoint(frame, i, a);
    const q = polarPoint(frame, j, b);
    parts.push(`M${fmt(p.x)},${fmt(p.y)}L${fmt(q.x)},${fmt(q.y)}`);
  }
  return parts.join('');
}
