import type { PolarFrame } from './band-path';
import { bandPath, outlinePath, rangeLines } from './band-path';

type RadarBandProps = {
  frame: PolarFrame;
  mins: readonly (number | null)[];
  maxs: readonly (number | null)[];
  /** Axis ids, for keys and tests. */
  ids: readonly string[];
  color: string;
  fillOpacity: number;
  /** Draw the lowest–highest line on every axis (the group radar); the step radar keeps the band subtle. */
  ranges: boolean;
  edgeWidth: number;
};

/** The range of ratings: a filled ring between the lowest and the highest ratings, with its two edges. */
export function RadarBand({ frame, mins, maxs, ids, color, fillOpacity, ranges, edgeWidth }: RadarBandProps) {
  const d = bandPath(frame, mins, maxs);
  const edge = { fill: 'none', stroke: color, strokeWidth: edgeWidth, strokeLinejoin: 'round' as const };
  return (
    <g className="radar-band" data-series="band">
      {d !== '' && <path className="radar-band-area" d={d} fill={color} fillOpacity={fillOpacity} fillRule="evenodd" stroke="none" />}
      <path className="radar-band-edge" d={outlinePath(frame, maxs)} {...edge} />
      <path className="radar-band-edge" d={outlinePath(frame, mins)} {...edge} />
      {ranges &&
        rangeLines(frame, mins, maxs).map((line, i) =>
          line ? <line key={ids[i] ?? i} className="radar-band-range" x1={line.from.x} y1={line.from.y} x2={line.to.x} y2={line.to.y} stroke={color} strokeWidth={3} strokeLinecap="round" /> : null,
        )}
    </g>
  );
}
