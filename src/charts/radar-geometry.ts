import { useTranslation } from 'react-i18next';
import { noNumberKind } from './answer-words';
import { measureText } from './measure-text';
import type { RadarData, RadarRow, RadarSeries } from './radar-data';
import type { AxisLabel, AxisNote, LegendItemPlacement, NoteMark, RadarLayout } from './radar-layout';
import { axisLabels, legendLayout, radarLayout } from './radar-layout';
import type { AxisGeometry, BandStyle, LegendEntry, Marker, SeriesStyle } from './radar-parts';
import { BASELINE_STYLE, IDEAL_STYLE, OVERLAY_STYLES } from './radar-parts';

/** Full dimension names are used only when the plot keeps at least this share of the width as radius. */
const MIN_RADIUS_SHARE = 0.24;
const MIN_RADIUS = 60;
const NARROW_WIDTH = 400;
const MARKER_GLYPHS: Record<Marker, string> = { circle: '●', diamond: '◇', square: '■', triangle: '▲' };

export type RadarGeometryInput = {
  data: RadarData;
  width: number;
  /** A fixed height, or 'auto' for the height the width calls for. */
  height: number | 'auto';
  series: readonly RadarSeries[];
  fontSize: number;
};

export type RadarGeometry = {
  height: number;
  labels: AxisLabel[];
  layout: RadarLayout;
  axis: AxisGeometry;
  legend: { entries: LegendEntry[]; places: LegendItemPlacement[]; top: number; left: number; swatch: number };
  markerSize: number;
};

export function seriesStyle(series: RadarSeries): SeriesStyle {
  return series === 'baseline' ? BASELINE_STYLE : IDEAL_STYLE;
}

/** The participants' range on a step's radar: a light band in the profile's colour, beneath its line. */
export function stepBandStyle(series: RadarSeries): BandStyle {
  return { kind: 'band', color: seriesStyle(series).color, fillOpacity: 0.12 };
}

/** One axis as the geometry needs it: its names and whether it is a focus dimension. */
export type GeometryAxis = { label: string; shortLabel: string; isFocus: boolean; mark?: NoteMark | null };

export type ChartGeometryInput = {
  axes: readonly GeometryAxis[];
  /** The "not rated" note of an axis, in full or compact (narrow charts); null when nothing is missing. */
  note: (index: number, compact: boolean) => AxisNote | null;
  /** The legend's entries, in order; their widths are measured here. */
  entries: readonly Omit<LegendEntry, 'width'>[];
  width: number;
  height: number | 'auto';
  fontSize: number;
};

/**
 * Where everything goes: legend rows at the bottom, label boxes, and the largest radius that keeps
 * every label inside the chart. Full dimension names when they leave a readable plot, else short ones.
 */
export function chartGeometry({ axes, note, entries: given, width, height, fontSize: f }: ChartGeometryInput): RadarGeometry {
  const lineHeight = Math.round(f * 1.25);
  // On a phone every pixel of width goes to the plot.
  const narrow = width < NARROW_WIDTH;
  const padding = narrow ? 4 : Math.ceil(f * 0.5) + 2;
  const gap = Math.round(f * (narrow ? 0.9 : 1.1));

  const entries: LegendEntry[] = given.map((e) => ({ ...e, width: Math.ceil(f * 2.6 + measureText(e.label, f, false)) }));
  const legend = legendLayout(entries.map((e) => e.width), width - 2 * padding, lineHeight + Math.round(f * 0.4), f * 1.2);
  const belowPlot = Math.round(f * 0.5) + legend.height + padding;

  const labelsFor = (compact: boolean) =>
    axisLabels({
      names: axes.map((a) => (compact ? a.shortLabel : a.label)),
      missing: axes.map((_, i) => note(i, compact)),
      focus: axes.map((a) => a.isFocus),
      nameMarks: axes.map((a) => a.mark ?? null),
      fontSize: f,
      lineHeight,
      maxChars: compact ? 11 : 16,
      measure: measureText,
    });
  const plotHeight = height === 'auto' ? Infinity : height - belowPlot;
  const place = (labels: AxisLabel[]) => radarLayout({ width, height: plotHeight, boxes: labels.map((l) => l.box), gap, padding });

  let labels = labelsFor(false);
  let layout = place(labels);
  if (layout.outerRadius < Math.max(MIN_RADIUS, width * MIN_RADIUS_SHARE)) {
    labels = labelsFor(true);
    layout = place(labels);
  }
  const total = height === 'auto' ? layout.usedHeight + belowPlot : height;
  return {
    height: total,
    labels,
    layout,
    axis: { cx: layout.cx, cy: layout.cy, radius: layout.outerRadius, gap, fontSize: f, lineHeight },
    legend: { entries, places: legend.items, top: total - padding - legend.height, left: padding, swatch: f * 2.2 },
    markerSize: Math.max(3.5, f * 0.3),
  };
}

/** The geometry of the profile radar: its series, overlays and focus in the legend, "not rated" notes per series. */
export function useRadarGeometry({ data, width, height, series, fontSize }: RadarGeometryInput): RadarGeometry {
  const { t } = useTranslation('charts');
  const entries: Omit<LegendEntry, 'width'>[] = [
    ...series.map((s) => ({ key: s, label: t(`series.${s}`), style: seriesStyle(s) })),
    ...(data.band ? [{ key: 'band', label: t('legend.band', { series: t(`series.${data.band.series}`) }), style: stepBandStyle(data.band.series) }] : []),
    ...data.overlays.map((o, i) => ({ key: `overlay-${o.id}`, label: o.label, style: OVERLAY_STYLES[i] ?? BASELINE_STYLE })),
    ...(data.radarSummary.focus.length > 0 ? [{ key: 'focus', label: t('legend.focus'), style: 'focus' as const }] : []),
  ];
  // Full notes name the series ("Ideal: not applicable"); narrow charts show its marker in its colour instead.
  // n/a and don't know are answers, named as such; only a value nobody gave is "not rated".
  const word = (row: RadarRow, s: RadarSeries) => {
    const kind = noNumberKind(s === 'baseline' ? row.baselineAnswer : row.idealAnswer);
    return kind === null || kind === 'unrated' ? t('notRated') : t(`answer.${kind}`);
  };
  const missingNote = (row: RadarRow | undefined, compact: boolean): AxisNote | null => {
    if (!row) return null;
    const missing = series.filter((s) => row[s] === null);
    const [only] = missing;
    if (only === undefined) return null;
    if (missing.length === series.length) {
      const words = [...new Set(missing.map((s) => word(row, s)))];
      return { text: words.length === 1 ? (words[0] ?? '') : missing.map((s) => t('seriesAnswer', { series: t(`series.${s}`), answer: word(row, s) })).join('; ') };
    }
    const style = seriesStyle(only);
    return compact
      ? { text: word(row, only), mark: { glyph: MARKER_GLYPHS[style.marker], color: style.color } }
      : { text: t('seriesAnswer', { series: t(`series.${only}`), answer: word(row, only) }) };
  };
  return chartGeometry({
    axes: data.rows,
    note: (i, compact) => missingNote(data.rows[i], compact),
    entries,
    width,
    height,
    fontSize,
  });
}
