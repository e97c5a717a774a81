/**
 * The spider diagram, drawn with Recharts at a fixed size (no ResponsiveContainer), so that the same
 * component serves the screen (through ResponsiveRadar) and image exports. It draws what
 * buildRadarData shaped; it never translates data, only its own legend, notes and tooltip.
 */
import { useTranslation } from 'react-i18next';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadarChart, Tooltip } from 'recharts';
import type { RadarPoint } from 'recharts';
import type { RadarData, RadarRow, RadarSeries } from './radar-data';
import { seriesStyle, stepBandStyle, useRadarGeometry } from './radar-geometry';
import { RadarBand } from './radar-band';
import type { SeriesStyle } from './radar-parts';
import { AxisTick, BASELINE_STYLE, GRID_COLOR, OVERLAY_STYLES, RadiusTick, SeriesShape, SvgLegend } from './radar-parts';
import { RadarTooltip } from './radar-tooltip';

const RINGS = [1, 2, 3, 4, 5];
/** The ring values sit between the first two axes, away from the series' markers on the axes. */
const RADIUS_AXIS_ANGLE = 67.5;
const SMALL_RADIUS = 70;

export type RadarChartProps = {
  data: RadarData;
  width: number;
  height: number;
  /** The current profiles to draw; overlays come with the data. */
  series: readonly RadarSeries[];
  /** Tooltip on hover; leave it off for an exported image. */
  interactive?: boolean;
  /** Label size in px; by default it follows the width. */
  fontSize?: number;
  /** Ids of the caption and of the text summary that name and describe the picture. */
  aria?: { labelledBy: string; describedBy?: string };
};

/** Label size for a chart of this width when the caller gives none. */
export function defaultFontSize(width: number): number {
  return Math.round(Math.min(16, Math.max(12, width / 38)));
}

/** The spider diagram of the given rows at exactly width × height px. */
export function RadarChart({ data, width, height, series, interactive = true, fontSize, aria }: RadarChartProps) {
  const { t } = useTranslation('charts');
  const f = fontSize ?? defaultFontSize(width);
  const { labels, layout, axis, legend, markerSize } = useRadarGeometry({ data, width, height, series, fontSize: f });
  const drawn: { key: string; name: string; dataKey: (row: RadarRow) => number | null; style: SeriesStyle }[] = [
    ...data.overlays.map((o, i) => ({
      key: `overlay-${o.id}`,
      name: o.label,
      dataKey: (row: RadarRow) => row.overlays[o.id] ?? null,
      style: OVERLAY_STYLES[i] ?? BASELINE_STYLE,
    })),
    ...series.map((s) => ({ key: s, name: t(`series.${s}`), dataKey: (row: RadarRow) => row[s], style: seriesStyle(s) })),
  ];

  const bandLook = data.band ? stepBandStyle(data.band.series) : null;
  return (
    <RechartsRadarChart
      className="radar-chart"
      width={width}
      height={height}
      data={data.rows}
      cx={layout.cx}
      cy={layout.cy}
      outerRadius={layout.outerRadius}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      // Recharts' accessibility layer announces tick names only, not values (recharts#5390); the figure
      // around the chart carries a text summary and a table instead.
      accessibilityLayer={false}
      role="img"
      aria-labelledby={aria?.labelledBy}
      aria-describedby={aria?.describedBy}
    >
      <PolarGrid gridType="polygon" stroke={GRID_COLOR} />
      <PolarAngleAxis dataKey="dimension" tickLine={false} axisLine={false} tick={(p: { index: number }) => <AxisTick index={p.index} labels={labels} geometry={axis} />} />
      <PolarRadiusAxis
        angle={RADIUS_AXIS_ANGLE}
        domain={[0, 5]}
        ticks={RINGS}
        axisLine={false}
        tickLine={false}
        tick={(p: { x: number | string; y: number | string; payload: { value: unknown } }) =>
          // On a small plot the rings are too close for five numbers: 1, 3 and 5 are enough.
          layout.outerRadius < SMALL_RADIUS && (p.payload.value === 2 || p.payload.value === 4) ? (
            <g />
          ) : (
            <RadiusTick x={Number(p.x)} y={Number(p.y)} value={String(p.payload.value)} fontSize={Math.round(f * 0.8)} />
          )
        }
      />
      {bandLook && (
        // The participants' range, drawn from the plot's own geometry; the Radar only puts it beneath the lines.
        <Radar
          name="band"
          dataKey={(row: RadarRow) => row.bandMax}
          isAnimationActive={false}
          dot={false}
          activeDot={false}
          legendType="none"
          shape={() => (
            <RadarBand
              frame={{ cx: layout.cx, cy: layout.cy, radius: layout.outerRadius, count: data.rows.length, domainMax: 5 }}
              mins={data.rows.map((r) => r.bandMin)}
              maxs={data.rows.map((r) => r.bandMax)}
              ids={data.rows.map((r) => r.dimension)}
              color={bandLook.color}
              fillOpacity={bandLook.fillOpacity}
              ranges={false}
              edgeWidth={1}
            />
          )}
        />
      )}
      {drawn.map((d) => (
        <Radar
          key={d.key}
          name={d.name}
          dataKey={d.dataKey}
          isAnimationActive={false}
          dot={false}
          activeDot={false}
          legendType="none"
          shape={(p: { points: RadarPoint[] }) => <SeriesShape points={p.points} name={d.key} style={d.style} markerSize={markerSize} />}
        />
      ))}
      {interactive && (
        <Tooltip
          isAnimationActive={false}
          cursor={false}
          content={(p) => <RadarTooltip active={p.active} payload={p.payload} series={series} overlays={data.overlays} />}
        />
      )}
      <SvgLegend {...legend} fontSize={f} />
    </RechartsRadarChart>
  );
}
