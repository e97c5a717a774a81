/**
 * The lines of an iCalendar file (RFC 5545): escaped text values, dates, and content lines folded at
 * 75 octets of UTF-8 (never inside a character), every line ended by CRLF.
 */
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Control characters other than the tab are not allowed in text values (line breaks stay, to be escaped). */
function withoutControls(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if ((code >= 0x20 && code !== 0x7f) || ch === '\t' || ch === '\n') out += ch;
  }
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text value with backslash, semicolon, comma and line breaks escaped. Line breaks of any kind
 * become one "\n"; other control characters (not allowed in a calendar) are left out.
 */
export function escapeText(value: string): string {
  return calendarText(value)
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, '\\n');
}

/** The text a calendar program reads back from escapeText(value). */
export function calendarText(value: string): string {
  return withoutControls(value.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n|\r/g, '\n'));
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** A content line folded into physical lines of at most 75 octets (continuations start with a space), each ended by CRLF. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0);
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.map((p) => `${p}${CRLF}`).join('');
}

/** YYYY-MM-DD as an iCalendar DATE (YYYYMMDD); null when it is not a valid calendar date. */
export function icsDate(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

/** The day after an iCalendar DATE (for the exclusive end of an all-day event). */
export function nextDay(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(4, 6));
  const d = Number(date.slice(6, 8));
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

/** An ISO timestamp as an iCalendar UTC DATE-TIME (YYYYMMDDTHHMMSSZ); the epoch if it cannot be read. */
export function icsTimestamp(isoTimestamp: string): string {
  const time = new Date(isoTimestamp);
  const iso = Number.isNaN(time.getTime()) ? '1970-01-01T00:00:00.000Z' : time.toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}
