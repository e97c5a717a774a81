/**
 * Escaping of the user's texts for a Markdown file, so that no text can change the file's structure
 * or carry HTML: Markdown punctuation is backslash-escaped and `&`, `<`, `>` become entities, so any
 * renderer shows the text as typed, even one that lets raw HTML through.
 */

/** Characters that can start or end inline markup anywhere in a line (emphasis, code, links, tables, heading ends). */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '|', '~', '#']);
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const LINE_BREAKS = /\r\n|\r|\n/;

function escapeCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const entity = ENTITIES[ch];
    if (entity !== undefined) out += entity;
    else if (ALWAYS_ESCAPED.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** A line must not open a block: list item (-, +, 1. or 1)), setext underline (=, -). */
function escapeLineStart(line: string): string {
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** One line of user text: line breaks become spaces, outer whitespace goes. For headings, list items, table cells. */
export function escapeInline(text: string): string {
  const line = text.split(LINE_BREAKS).join(' ').trim();
  return escapeLineStart(escapeCharacters(line));
}

/**
 * User text of several lines as one paragraph: each line kept with a hard line break, empty lines
 * dropped (they would end the paragraph or the list item), continuation lines indented by `indent`.
 */
export function escapeBlock(text: string, indent = ''): string {
  return text
    .split(LINE_BREAKS)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => escapeLineStart(escapeCharacters(line)))
    .join(`\\\n${indent}`);
}
