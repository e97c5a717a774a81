/**
 * The group radar at a fixed size (no ResponsiveContainer): the participants' median as a line with
 * dots, the range of their ratings as a band from the lowest to the highest, and the agreed value.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadarChart, Tooltip } from 'recharts';
import type { RadarPoint } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { PolarFrame } from './band-path';
import type { GroupRadarRow } from './group-radar-data';
import type { GroupRadarData } from './group-radar-data';
import { AGREED_STYLE, bandStyle, medianStyle, useGroupRadarGeometry } from './group-radar-geometry';
import { GroupRadarTooltip } from './group-radar-tooltip';
import { defaultFontSize } from './radar-chart';
import { RadarBand } from './radar-band';
import { AxisTick, GRID_COLOR, RadiusTick, SeriesShape, SvgLegend } from './radar-parts';

const RINGS = [1, 2, 3, 4, 5];
const DOMAIN_MAX = 5;
const RADIUS_AXIS_ANGLE = 67.5;
const SMALL_RADIUS = 70;

export type GroupRadarChartProps = {
  data: GroupRadarData;
  width: number;
  height: number;
  interactive?: boolean;
  fontSize?: number;
  aria?: { labelledBy: string; describedBy?: string };
};

/** The group's view of one profile at exactly width × height px. */
export function GroupRadarChart({ data, width, height, interactive = true, fontSize, aria }: GroupRadarChartProps) {
  const { t } = useTranslation('charts');
  const f = fontSize ?? defaultFontSize(width);
  const { labels, layout, axis, legend, markerSize } = useGroupRadarGeometry({ data, width, height, fontSize: f });
  const frame: PolarFrame = { cx: layout.cx, cy: layout.cy, radius: layout.outerRadius, count: data.rows.length, domainMax: DOMAIN_MAX };
  const median = medianStyle(data.profile);
  const band = bandStyle(data.profile);
  return (
    <RechartsRadarChart
      className="radar-chart group-radar-chart"
      width={width}
      height={height}
      data={data.rows}
      cx={layout.cx}
      cy={layout.cy}
      outerRadius={layout.outerRadius}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      role="img"
      aria-labelledby={aria?.labelledBy}
      aria-describedby={aria?.describedBy}
    >
      <PolarGrid gridType="polygon" stroke={GRID_COLOR} />
      <PolarAngleAxis dataKey="dimension" tickLine={false} axisLine={false} tick={(p: { index: number }) => <AxisTick index={p.index} labels={labels} geometry={axis} />} />
      <PolarRadiusAxis
        angle={RADIUS_AXIS_ANGLE}
        domain={[0, DOMAIN_MAX]}
        ticks={RINGS}
        axisLine={false}
        tickLine={false}
        tick={(p: { x: number | string; y: number | string; payload: { value: unknown } }) =>
          layout.outerRadius < SMALL_RADIUS && (p.payload.value === 2 || p.payload.value === 4) ? (
            <g />
          ) : (
            <RadiusTick x={Number(p.x)} y={Number(p.y)} value={String(p.payload.value)} fontSize={Math.round(f * 0.8)} />
          )
        }
      />
      {/* The band is drawn from the plot's own geometry; the Radar only puts it beneath the lines. */}
      <Radar
        name={t('group.series.band')}
        dataKey={(row: GroupRadarRow) => row.max}
        isAnimationActive={false}
        dot={false}
        activeDot={false}
        legendType="none"
        shape={() => (
          <RadarBand frame={frame} mins={data.rows.map((r) => r.min)} maxs={data.rows.map((r) => r.max)} ids={data.rows.map((r) => r.dimension)} color={band.color} fillOpacity={band.fillOpacity} ranges edgeWidth={1.5} />
        )}
      />
      <Radar
        name={t('group.series.median')}
        dataKey={(row: GroupRadarRow) => row.median}
        isAnimationActive={false}
        dot={false}
        activeDot={false}
        legendType="none"
        shape={(p: { points: RadarPoint[] }) => <SeriesShape points={p.points} name="median" style={median} markerSize={markerSize * 1.15} />}
      />
      {data.hasAgreed && (
        <Radar
          name={t('group.series.agreed')}
          dataKey={(row: GroupRadarRow) => row.agreed}
          isAnimationActive={false}
          dot={false}
          activeDot={false}
          legendType="none"
          shape={(p: { points: RadarPoint[] }) => <SeriesShape points={p.points} name="agreed" style={AGREED_STYLE} markerSize={markerSize * 1.2} />}
        />
      )}
      {interactive && <Tooltip isAnimationActive={false} cursor={false} content={(p) => <GroupRadarTooltip active={p.active} payload={p.payload} />} />}
      <SvgLegend {...legend} fontSize={f} />
    </RechartsRadarChart>
  );
}
