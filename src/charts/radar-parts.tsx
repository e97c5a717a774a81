/**
 * The drawn pieces of the radar chart: series (polygon, segments and dots), axis labels, radius
 * labels and the legend. All of them are plain SVG so that a fixed-size chart can be exported.
 */
import type { RadarPoint } from 'recharts';
import type { AxisLabel, LegendItemPlacement } from './radar-layout';
import { axisAngle, labelOffset } from './radar-layout';

export type Marker = 'circle' | 'diamond' | 'square' | 'triangle';

/** How a series is told apart: colour (Okabe–Ito, colour-blind safe), line style and marker shape. */
export type SeriesStyle = { color: string; dash: string | undefined; fillOpacity: number; marker: Marker; solidMarker?: boolean };

/** Markers are hollow on unfilled lines, unless the style asks for solid ones. */
const hollowMarker = (style: SeriesStyle): boolean => style.fillOpacity === 0 && style.solidMarker !== true;

export const BASELINE_STYLE: SeriesStyle = { color: '#0072B2', dash: undefined, fillOpacity: 0.2, marker: 'circle' };
export const IDEAL_STYLE: SeriesStyle = { color: '#D55E00', dash: '8 5', fillOpacity: 0, marker: 'diamond' };
export const OVERLAY_STYLES: readonly SeriesStyle[] = [
  { color: '#007A5A', dash: '2 4', fillOpacity: 0, marker: 'square' },
  { color: '#A8507F', dash: '12 4 2 4', fillOpacity: 0, marker: 'triangle' },
  { color: '#333333', dash: '1 3', fillOpacity: 0, marker: 'circle' },
];
export const FOCUS_FILL = '#fff4d6';
export const FOCUS_STROKE = '#8a5a12';
export const INK = '#1b1f23';
export const MUTED = '#4a5560';
const GRID = '#b8c2c8';

export function MarkerShape({ marker, x, y, size, color, hollow = false }: { marker: Marker; x: number; y: number; size: number; color: string; hollow?: boolean }) {
  const fill = hollow ? '#fff' : color;
  const common = { fill, stroke: color, strokeWidth: 2 };
  if (marker === 'circle') return <circle cx={x} cy={y} r={size} {...common} />;
  if (marker === 'square') return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />;
  const s = size * 1.35;
  const d =
    marker === 'diamond'
      ? `M${String(x)},${String(y - s)}L${String(x + s)},${String(y)}L${String(x)},${String(y + s)}L${String(x - s)},${String(y)}Z`
      : `M${String(x)},${String(y - s)}L${String(x + s)},${String(y + s * 0.8)}L${String(x - s)},${String(y + s * 0.8)}Z`;
  return <path d={d} {...common} />;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * One series. Recharts places a missing value at the centre, as if it were zero; here only numbers
 * are drawn: the filled polygon when all axes have one, otherwise the segments between neighbouring
 * rated axes, and a marker on every rated axis.
 */
export function SeriesShape({ points, name, style, markerSize }: { points: readonly RadarPoint[]; name: string; style: SeriesStyle; markerSize: number }) {
  const rated = points.map((p) => isNumber(p.value));
  const complete = rated.length > 0 && rated.every(Boolean);
  const line = { stroke: style.color, strokeWidth: 2.5, strokeDasharray: style.dash, strokeLinejoin: 'round' as const };
  const segments = points.flatMap((p, i) => {
    const next = points[(i + 1) % points.length];
    return next && rated[i] && rated[(i + 1) % points.length] && points.length > 1 ? [`M${String(p.x)},${String(p.y)}L${String(next.x)},${String(next.y)}`] : [];
  });
  return (
    <g className="radar-series" data-series={name}>
      {complete ? (
        <polygon className="radar-polygon" points={points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')} fill={style.color} fillOpacity={style.fillOpacity} {...line} />
      ) : (
        segments.length > 0 && <path className="radar-segments" d={segments.join('')} fill="none" {...line} />
      )}
      {points.map((p, i) =>
        rated[i] ? (
          <g key={p.name ?? i} className="radar-dot" data-dimension={p.name}>
            <MarkerShape marker={style.marker} x={p.x} y={p.y} size={markerSize} color={style.color} hollow={hollowMarker(style)} />
          </g>
        ) : null,
      )}
    </g>
  );
}

export type AxisGeometry = { cx: number; cy: number; radius: number; gap: number; fontSize: number; lineHeight: number };

function Star({ x, y, size }: { x: number; y: number; size: number }) {
  const points = Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 === 0 ? size : size * 0.45;
    const a = (Math.PI / 5) * k - Math.PI / 2;
    return `${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`;
  });
  return <polygon className="radar-focus-marker" points={points.join(' ')} fill={FOCUS_STROKE} stroke="#fff" strokeWidth={1} />;
}

/** The label of one axis: wrapped name, a "not rated" line, and for a focus dimension a frame and a star. */
export function AxisTick({ index, labels, geometry }: { index: number; labels: readonly AxisLabel[]; geometry: AxisGeometry }) {
  const label = labels[index];
  if (!label) return null;
  const { cx, cy, radius, gap, fontSize, lineHeight } = geometry;
  const angle = axisAngle(index, labels.length);
  const rad = (angle * Math.PI) / 180;
  const ax = cx + (radius + gap) * Math.cos(rad);
  const ay = cy - (radius + gap) * Math.sin(rad);
  const off = labelOffset(angle, label.box);
  const frame = label.isFocus ? fontSize * 0.4 : 0;
  const left = ax + off.x;
  const top = ay + off.y;
  // A framed (focus) label is centred in its frame; the others hang from the axis end.
  const anchor = label.isFocus ? 'middle' : off.anchor;
  const textX = anchor === 'start' ? left : anchor === 'end' ? left + label.box.width : left + label.box.width / 2;
  return (
    <g className={label.isFocus ? 'radar-axis is-focus' : 'radar-axis'}>
      {label.isFocus && (
        <>
          <rect x={left} y={top} width={label.box.width} height={label.box.height} rx={4} fill={FOCUS_FILL} stroke={FOCUS_STROKE} strokeWidth={1.5} />
          <Star x={cx + (radius + gap * 0.45) * Math.cos(rad)} y={cy - (radius + gap * 0.45) * Math.sin(rad)} size={fontSize * 0.45} />
        </>
      )}
      <text className="radar-axis-label" textAnchor={anchor} fontSize={fontSize} fill={INK}>
        {label.lines.map((line, k) => (
          <tspan
            key={k}
            x={textX}
            y={top + frame + k * lineHeight + fontSize * 0.95}
            fontWeight={label.isFocus && line.kind === 'name' ? 700 : 400}
            fontStyle={line.kind === 'missing' ? 'italic' : undefined}
            fill={line.kind === 'missing' ? MUTED : INK}
          >
            {line.mark && (
              <tspan fill={line.mark.color} fontStyle="normal">
                {`${line.mark.glyph} `}
              </tspan>
            )}
            {line.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A ring value (1–5), on a white halo so that it stays legible over the series. */
export function RadiusTick({ x, y, value, fontSize }: { x: number; y: number; value: string; fontSize: number }) {
  return (
    <text className="radar-radius-label" x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={fontSize} fill={MUTED} stroke="#fff" strokeWidth={3} paintOrder="stroke">
      {value}
    </text>
  );
}

export const GRID_COLOR = GRID;

/** The swatch of a filled band (the group's range of ratings): a filled box with solid edges. */
export type BandStyle = { kind: 'band'; color: string; fillOpacity: number };
/** The mark of a dimension to discuss, drawn before its axis label too. */
export const DISCUSS_GLYPH = '⚠';
/** Dark amber: the colour of the warning sign (7:1 on white); the sign itself carries the meaning. */
export const DISCUSS_COLOR = '#8a4b00';

export type LegendEntry = { key: string; label: string; style: SeriesStyle | BandStyle | 'focus' | 'discuss'; width: number };

function LegendSwatch({ style, x, mid, swatch, fontSize }: { style: LegendEntry['style']; x: number; mid: number; swatch: number; fontSize: number }) {
  if (style === 'focus') {
    return (
      <>
        <rect x={x} y={mid - fontSize * 0.6} width={swatch} height={fontSize * 1.2} rx={3} fill={FOCUS_FILL} stroke={FOCUS_STROKE} strokeWidth={1.5} />
        <Star x={x + swatch / 2} y={mid} size={fontSize * 0.45} />
      </>
    );
  }
  if (style === 'discuss') {
    return (
      <text x={x + swatch / 2} y={mid} dy="0.35em" textAnchor="middle" fontSize={fontSize * 1.1} fill={DISCUSS_COLOR}>
        {DISCUSS_GLYPH}
      </text>
    );
  }
  if ('kind' in style) {
    return <rect x={x} y={mid - fontSize * 0.5} width={swatch} height={fontSize} fill={style.color} fillOpacity={style.fillOpacity} stroke={style.color} strokeWidth={1.5} />;
  }
  return (
    <>
      {style.fillOpacity > 0 && <rect x={x} y={mid - fontSize * 0.45} width={swatch} height={fontSize * 0.9} fill={style.color} fillOpacity={style.fillOpacity} />}
      <line x1={x} x2={x + swatch} y1={mid} y2={mid} stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash} />
      <MarkerShape marker={style.marker} x={x + swatch / 2} y={mid} size={fontSize * 0.3} color={style.color} hollow={hollowMarker(style)} />
    </>
  );
}

/** The legend, in the svg itself so that an exported image keeps it; the rows are laid out beforehand. */
export function SvgLegend({ entries, places, top, left, fontSize, swatch }: { entries: readonly LegendEntry[]; places: readonly LegendItemPlacement[]; top: number; left: number; fontSize: number; swatch: number }) {
  return (
    <g className="radar-legend" transform={`translate(${String(left)},${String(top)})`}>
      {entries.map((entry, i) => {
        const place = places[i] ?? { x: 0, y: 0 };
        const mid = place.y + fontSize * 0.7;
        return (
          <g key={entry.key} className="radar-legend-item">
            <LegendSwatch style={entry.style} x={place.x} mid={mid} swatch={swatch} fontSize={fontSize} />
            <text x={place.x + swatch + fontSize * 0.4} y={mid} dy="0.35em" fontSize={fontSize} fill={INK}>
              {entry.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
