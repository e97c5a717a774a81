/**
 * Building blocks of the Word document: A4 page geometry, headings, labelled facts and tables that
 * keep to the page (fixed column widths, header row repeated on every page, rows never split).
 */
import type { IRunOptions, ParagraphChild } from 'docx';
import { HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';

/** A4 portrait in twips (1/20 pt), with 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
/** The width left for text between the margins, in twips (DXA). */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The width left for text on a landscape A4 page (the roadmap's section), in twips. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
/** The text width in pixels at 96 to the inch (images are sized in pixels). */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

export const BRAND_COLOR = '1F5F5B';
const HEADER_SHADING = 'E3EEED';

/** A cell's content: one line, or several lines (one paragraph each). */
export type CellText = string | readonly string[];

export type Column = {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
};

export function heading1(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
}

export function heading3(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_3 });
}

/** A paragraph of plain text; line breaks in the text stay line breaks. */
export function para(text: string, options: { italics?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ children: lines(text, options) });
}

/**
 * A run of text. (TextRun also takes a plain string, so an object literal passed to it directly is
 * taken by the linter for String's deprecated bold() and italics().)
 */
export function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

/** "Label: value" with the label in bold. */
export function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [run({ text: `${label}: `, bold: true }), ...lines(value)] });
}

/** A bold label on its own line, kept with the text below it. */
export function label(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [run({ text, bold: true })] });
}

/** Runs of a text with its line breaks kept (a typed text may have several lines). */
function lines(text: string, style: { italics?: boolean; bold?: boolean } = {}): ParagraphChild[] {
  return text.split(/\r?\n/).map((line, index) => run({ text: line, ...(index > 0 ? { break: 1 } : {}), ...style }));
}

/** Column widths in twips that add up to exactly the text width. */
export function columnWidths(shares: readonly number[], total = TEXT_WIDTH): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((s / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function cell(content: CellText, width: number, header: boolean): TableCell {
  const texts = typeof content === 'string' ? [content] : content.length > 0 ? content : [''];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_SHADING, color: 'auto' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: texts.map((t) => new Paragraph({ children: lines(t, header ? { bold: true } : {}) })),
  });
}

/** A table across the text width: the header row repeats on each page and no row is split by a page break. */
export function table(columns: readonly Column[], rows: readonly (readonly CellText[])[], width: number = TEXT_WIDTH): Table {
  const widths = columnWidths(columns.map((c) => c.share), width);
  const row = (cells: readonly CellText[], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: widths.map((w, i) => cell(cells[i] ?? '', w, header)),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(columns.map((c) => c.header), true), ...rows.map((r) => row(r, false))],
  });
}

/** An empty paragraph after a table, so that two tables or a table and a heading do not touch. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
