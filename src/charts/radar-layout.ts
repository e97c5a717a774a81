/**
 * Geometry of the radar chart, pure and deterministic: wraps the axis labels and sizes the chart so
 * that no label is clipped. Recharts cuts labels off at the edge of the svg (recharts#4266), so the
 * radius is not a percentage but the largest one for which every label box fits inside the chart.
 */

/** Measures the width of a text in px; the browser passes a canvas measurer, tests the estimate. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

export type LabelBox = { width: number; height: number };

export type RadarLayout = {
  cx: number;
  cy: number;
  outerRadius: number;
  /** The height the rings and labels take up at this radius, padding included. */
  usedHeight: number;
};

/** The axis order of the method, clockwise from the top (Recharts' default startAngle 90). */
export function axisAngle(index: number, count: number): number {
  return 90 - (360 / count) * index;
}

const NARROW = 'iljtfrI.,:;\'’()[]|! ';
const WIDE = 'mwMWŚ@%';

/** A deliberately generous estimate of a text's width (DejaVu Sans-like metrics), for jsdom and exports. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.includes(ch)) em += 0.34;
    else if (WIDE.includes(ch)) em += 0.98;
    else if (ch !== ch.toLowerCase()) em += 0.72;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.1 : 1);
};

function greedyLines(words: readonly string[], maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Splits a label at spaces into lines of at most maxChars characters. When that gives more than
 * maxLines lines, the limit grows until it fits: a label is never cut short. One long word stays whole.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [];
  let limit = Math.max(1, maxChars);
  let lines = greedyLines(words, limit);
  while (lines.length > Math.max(1, maxLines)) {
    limit += 1;
    lines = greedyLines(words, limit);
  }
  return lines;
}

/** Where a label box sits relative to its anchor point on the axis, given the axis angle. */
export function labelOffset(angleDeg: number, box: LabelBox): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const rad = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const eps = 1e-6;
  const anchor = cos > eps ? 'start' : cos < -eps ? 'end' : 'middle';
  const x = anchor === 'start' ? 0 : anchor === 'end' ? -box.width : -box.width / 2;
  // Top label grows upwards, bottom label downwards; side labels are centred, diagonals lean away.
  const y = sin > 0.9 ? -box.height : sin < -0.9 ? 0 : sin > eps ? -box.height * 0.75 : sin < -eps ? -box.height * 0.25 : -box.height / 2;
  return { x, y, anchor };
}

type Extent = { min: number; max: number };

function extents(radius: number, gap: number, boxes: readonly LabelBox[]): { x: Extent; y: Extent } {
  const x: Extent = { min: -radius, max: radius };
  const y: Extent = { min: -radius, max: radius };
  boxes.forEach((box, i) => {
    const angle = axisAngle(i, boxes.length);
    const rad = (angle * Math.PI) / 180;
    const ax = (radius + gap) * Math.cos(rad);
    const ay = -(radius + gap) * Math.sin(rad);
    const off = labelOffset(angle, box);
    x.min = Math.min(x.min, ax + off.x);
    x.max = Math.max(x.max, ax + off.x + box.width);
    y.min = Math.min(y.min, ay + off.y);
    y.max = Math.max(y.max, ay + off.y + box.height);
  });
  return { x, y };
}

export type LayoutInput = {
  width: number;
  /** The height left for the plot (the legend's rows already taken off); Infinity: as tall as the width allows. */
  height: number;
  boxes: readonly LabelBox[];
  /** Distance between the outer ring and a label's anchor. */
  gap: number;
  /** Free space kept along every edge. */
  padding: number;
};

/** The largest outer radius for which the rings and every label box fit; the plot is centred in the space left. */
export function radarLayout({ width, height, boxes, gap, padding }: LayoutInput): RadarLayout {
  const availW = width - 2 * padding;
  const availH = height - 2 * padding;
  const fits = (r: number) => {
    const e = extents(r, gap, boxes);
    return e.x.max - e.x.min <= availW && e.y.max - e.y.min <= availH;
  };
  let lo = 0;
  let hi = Math.max(0, Math.min(availW, availH) / 2);
  for (let i = 0; i < 40; i += 1) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  const radius = Math.floor(lo);
  const e = extents(radius, gap, boxes);
  const usedH = e.y.max - e.y.min;
  const cx = padding + (availW - (e.x.max - e.x.min)) / 2 - e.x.min;
  const cy = padding + (Number.isFinite(availH) ? (availH - usedH) / 2 : 0) - e.y.min;
  return { cx: Math.round(cx), cy: Math.round(cy), outerRadius: radius, usedHeight: Math.ceil(usedH + 2 * padding) };
}

export type LegendItemPlacement = { x: number; y: number };

/**
 * Lays legend items out in centred rows of at most maxWidth; returns each item's top-left corner
 * and the total height. Item widths include their swatch.
 */
export function legendLayout(widths: readonly number[], maxWidth: number, rowHeight: number, spacing: number): { items: LegendItemPlacement[]; height: number } {
  const rows: number[][] = [];
  let used = Infinity;
  widths.forEach((w, i) => {
    const row = rows[rows.length - 1];
    if (row && used + spacing + w <= maxWidth) {
      row.push(i);
      used += spacing + w;
    } else {
      rows.push([i]);
      used = w;
    }
  });
  const items: LegendItemPlacement[] = [];
  rows.forEach((row, r) => {
    const total = row.reduce((sum, i) => sum + (widths[i] ?? 0), 0) + spacing * (row.length - 1);
    let x = Math.max(0, (maxWidth - total) / 2);
    for (const i of row) {
      items[i] = { x, y: r * rowHeight };
      x += (widths[i] ?? 0) + spacing;
    }
  });
  return { items, height: rows.length * rowHeight };
}

/** A glyph in a series' colour in front of a note, e.g. the series' marker shape. */
export type NoteMark = { glyph: string; color: string };

export type AxisNote = { text: string; mark?: NoteMark };

export type AxisLabelLine = { text: string; kind: 'name' | 'missing'; mark?: NoteMark };

export type AxisLabel = { lines: AxisLabelLine[]; box: LabelBox; isFocus: boolean };

export type AxisLabelInput = {
  /** The label of each axis, in order. */
  names: readonly string[];
  /** The "not rated" line of each axis, or null when every drawn series has a number there. */
  missing: readonly (AxisNote | null)[];
  focus: readonly boolean[];
  /** A glyph before the first line of an axis's name (e.g. ⚠ for a dimension to discuss); kept out of the wrapping. */
  nameMarks?: readonly (NoteMark | null)[];
  fontSize: number;
  lineHeight: number;
  /** Characters per line before wrapping. */
  maxChars: number;
  measure: MeasureText;
};

function noteLines(note: AxisNote, maxChars: number): AxisLabelLine[] {
  return wrapLabel(note.text, maxChars, 2).map((text, i) => ({ text, kind: 'missing' as const, ...(i === 0 && note.mark ? { mark: note.mark } : {}) }));
}

/** The wrapped lines of every axis label and the size of its box (focus labels are bold and get a frame). */
export function axisLabels({ names, missing, focus, nameMarks, fontSize, lineHeight, maxChars, measure }: AxisLabelInput): AxisLabel[] {
  return names.map((name, i) => {
    const isFocus = focus[i] ?? false;
    const note = missing[i] ?? null;
    const mark = nameMarks?.[i] ?? null;
    const lines: AxisLabelLine[] = [
      ...wrapLabel(name, maxChars).map((text, k) => ({ text, kind: 'name' as const, ...(k === 0 && mark ? { mark } : {}) })),
      ...(note === null ? [] : noteLines(note, maxChars)),
    ];
    const frame = isFocus ? fontSize * 0.8 : 0;
    const width = Math.ceil(Math.max(0, ...lines.map((l) => measure(l.mark ? `${l.mark.glyph} ${l.text}` : l.text, fontSize, isFocus && l.kind === 'name'))) + frame);
    const height = Math.ceil(lines.length * lineHeight + frame);
    return { lines, box: { width, height }, isFocus };
  });
}
