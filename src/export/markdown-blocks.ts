/** Blocks of the Markdown report: fields, tables, paragraphs and headings, user text escaped. */
import { escapeBlock, escapeInline } from './markdown-escape';

/** Lines of the document; empty strings become the blank lines between blocks. */
export type Lines = string[];

export const filled = (s: string) => s.trim() !== '';

/** `- **Label:** value`, the value a paragraph of user text (continuation lines stay in the item). */
export function field(label: string, value: string): string {
  return `- **${escapeInline(label)}:** ${escapeBlock(value, '  ')}`;
}

/** Fields whose value is empty are left out. */
export function fields(pairs: readonly (readonly [string, string])[]): Lines {
  return pairs.filter(([, v]) => filled(v)).map(([k, v]) => field(k, v));
}

export function table(header: readonly string[], align: readonly ('left' | 'right')[], rows: readonly (readonly string[])[]): Lines {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeInline).join(' | ')} |`;
  return [row(header), `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`, ...rows.map(row)];
}

export function paragraph(text: string): Lines {
  return filled(text) ? [escapeBlock(text), ''] : [];
}

export function heading(level: number, text: string): Lines {
  return [`${'#'.repeat(level)} ${escapeInline(text)}`, ''];
}
