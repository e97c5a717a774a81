/**
 * Test helpers: read the exported text files back the way other programs would (a Markdown renderer
 * with raw HTML allowed, a CSV parser, a calendar parser). Used by the tests only.
 */
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';

/** Elements a Markdown document of ours may render to; anything else came from user text. */
const MARKDOWN_ELEMENTS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'BR']);

const markdownIt = new MarkdownIt({ html: true });

/** Renders Markdown as a permissive renderer would (raw HTML on) and parses the HTML into a document. */
export function renderMarkdown(markdown: string): Document {
  const html = markdownIt.render(markdown);
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

/** Elements and attributes that our Markdown never makes (a script, an image, an event handler…). */
export function foreignMarkup(doc: Document): string[] {
  return Array.from(doc.body.querySelectorAll('*')).flatMap((el) => [
    ...(MARKDOWN_ELEMENTS.has(el.tagName) ? [] : [el.tagName.toLowerCase()]),
    ...Array.from(el.attributes)
      .filter((a) => !(a.name === 'style' && /^text-align:(left|right)$/.test(a.value)))
      .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
  ]);
}

/** Whitespace runs as one space, as a reader sees them. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Rows of a CSV file (BOM and the last line end removed), parsed with the given separator. */
export function parseCsv(csv: string, separator: string): string[][] {
  const body = csv.replace(/^\uFEFF/, '').replace(/\r\n$/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: separator, newline: '\r\n', header: false });
  if (parsed.errors.length > 0) throw new Error(`CSV does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.data;
}

export type CalendarEvent = {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  categories: string[];
  stamp: string;
};

// RFC 5545 gives non-standard properties the TEXT type; ical.js needs to be told for the calendar name.
(ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };

/** The events of an iCalendar file, as a calendar program reads them. */
export function parseCalendar(ics: string): { name: string; prodid: string; events: CalendarEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const text = (c: InstanceType<typeof ICAL.Component>, name: string) => String(c.getFirstPropertyValue(name) ?? '');
  return {
    name: text(calendar, 'x-wr-calname'),
    prodid: text(calendar, 'prodid'),
    events: calendar.getAllSubcomponents('vevent').map((e) => ({
      uid: text(e, 'uid'),
      start: text(e, 'dtstart'),
      end: text(e, 'dtend'),
      summary: text(e, 'summary'),
      description: text(e, 'description'),
      categories: e.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      stamp: text(e, 'dtstamp'),
    })),
  };
}
