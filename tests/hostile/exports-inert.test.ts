/**
 * Every export of an assessment whose every text field holds a hostile payload (markup, script URLs,
 * formulas, calendar injections, control and bidi characters), read back the way other programs read it:
 * the texts come back as text and nothing in them runs, links out, or breaks the file's structure.
 * (src/export/*.test.ts and text-formats.property.test.ts cover single fields; this covers all of them.)
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { ReportModel } from '@/domain/report';
import { buildReport } from '@/domain/report';
import { buildRatingsCsv, buildRoadmapCsv } from '@/export/csv';
import { guardCell } from '@/export/csv-guard';
import { buildDocx } from '@/export/docx';
import { buildCalendar } from '@/export/ics';
import { calendarText } from '@/export/ics-lines';
import { buildMarkdown } from '@/export/markdown';
import { renderRadarSvg } from '@/export/radar-image';
import { foreignMarkup, parseCalendar, parseCsv, renderMarkdown } from '@/export/read-back';
import type { ReportText } from '@/export/report-text';
import { loadReportText } from '@/export/report-text';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment } from '@/lib/test-assessment';
import { allStrings, everyTextHostile } from './hostile-texts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const OVERLAY_LABEL = '<script>alert("overlay")</script><img src=x onerror=alert(1)>';

let assessment: Assessment;
let report: ReportModel;
let en: ReportText;

beforeAll(async () => {
  await initI18n('en');
  en = await loadReportText('en');
  assessment = everyTextHostile(exampleAssessment('en'));
  report = buildReport(assessment);
});

/** The numbered payloads of the assessment ("<payload> #n"), by number. */
function payloads(): Map<string, string> {
  const byMarker = new Map<string, string>();
  for (const text of allStrings(assessment)) {
    const marker = / #(\d+)$/.exec(text)?.[1];
    if (marker) byMarker.set(marker, text);
  }
  return byMarker;
}

/**
 * Every payload whose number shows in the output is there whole, as text: returns how many were found
 * and which came back damaged. `shown` turns a payload into what the reader can show of it.
 */
function payloadsInText(output: string, shown: (s: string) => string): { found: number; damaged: string[] } {
  const squashed = output.replace(/\s+/g, '');
  let found = 0;
  const damaged: string[] = [];
  for (const [marker, text] of payloads()) {
    if (!new RegExp(`#${marker}(?!\\d)`).test(squashed)) continue;
    found += 1;
    if (!squashed.includes(shown(text).replace(/\s+/g, ''))) damaged.push(text);
  }
  return { found, damaged };
}

/** Measures and milestones of the plan, as the roadmap lists them. */
const measures = () => report.goals.flatMap((g) => g.measures);

describe('exports of an assessment with a hostile payload in every text field', () => {
  it('has a payload in every free-text field of the worked example', () => {
    const texts = allStrings(assessment);
    expect(payloads().size).toBeGreaterThan(150);
    expect(assessment.name).toContain('<script>');
    for (const m of assessment.measures) {
      expect(m.title).toMatch(/ #\d+$/);
      expect(m.owner).toMatch(/ #\d+$/);
    }
    expect(texts.filter((t) => /^\s*[=+\-@\t\r]/.test(t)).length).toBeGreaterThan(10);
  });

  it.each([',', ';'] as const)('CSV (separator %s): every cell parses back in its column, none can start a formula', async (separator) => {
    const roadmap = parseCsv(await buildRoadmapCsv(report, en, { separator }), separator);
    const ratings = parseCsv(await buildRatingsCsv(report, en, { separator }), separator);
    for (const rows of [roadmap, ratings]) {
      const width = rows[0]?.length ?? 0;
      expect(rows.every((row) => row.length === width)).toBe(true);
      const cells = rows.flat();
      // A cell a spreadsheet could read as a formula starts with = + - @, a tab or a carriage return.
      expect(cells.filter((cell) => /^\s*[=+\-@\t\r]/.test(cell))).toEqual([]);
    }
    expect(roadmap).toHaveLength(1 + measures().length + measures().flatMap((m) => m.milestones).length);
    const roadmapCells = new Set(roadmap.flat());
    for (const m of measures()) {
      for (const text of [m.title, m.owner, m.description, ...m.milestones.map((ms) => ms.title)]) {
        expect(roadmapCells.has(guardCell(text)), text).toBe(true);
      }
    }
    const ratingCells = new Set(ratings.flat());
    for (const p of assessment.participants) expect(ratingCells.has(guardCell(p.label)), p.label).toBe(true);
    // The guard changed the formula payloads, and only by a leading apostrophe.
    expect([...roadmapCells].filter((cell) => /^'\s*[=+\-@\t\r]/.test(cell)).length).toBeGreaterThan(3);
  });

  it('Markdown rendered with raw HTML allowed has no active element or attribute, and shows every payload as text', () => {
    const doc = renderMarkdown(buildMarkdown(report, en));
    expect(doc.querySelectorAll('script, img, iframe, object, embed, svg, math, a, form, input, button, link, meta, style, base, video, audio, source')).toHaveLength(0);
    const attributes = Array.from(doc.body.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(foreignMarkup(doc)).toEqual([]);
    // markdown-it shows NUL as U+FFFD.
    const shown = (s: string) => s.replace(/\0/g, '\uFFFD');
    const { found, damaged } = payloadsInText(doc.body.textContent, shown);
    expect(damaged).toEqual([]);
    expect(found).toBeGreaterThan(60);
    expect(doc.querySelector('h1')?.textContent).toBe(assessment.name);
  });

  it('the radar SVG has no script, no event handler and no link out, and shows the texts as text', async () => {
    const overlay = { id: 'snapshot', label: OVERLAY_LABEL, values: Object.fromEntries(DIMENSION_IDS.map((d) => [d, 3])) as Record<(typeof DIMENSION_IDS)[number], number> };
    const svg = await renderRadarSvg(assessment, [overlay], 'en');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const elements = [doc.documentElement, ...Array.from(doc.documentElement.querySelectorAll('*'))];
    expect(elements.filter((el) => ['script', 'foreignObject', 'iframe', 'image', 'a', 'use'].includes(el.localName)).map((el) => el.localName)).toEqual([]);
    const attributes = elements.flatMap((el) => Array.from(el.attributes));
    expect(attributes.filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name)).toEqual([]);
    expect(attributes.filter((a) => /(^|:)href$/i.test(a.name) && !a.value.startsWith('#')).map((a) => `${a.name}=${a.value}`)).toEqual([]);
    expect(attributes.filter((a) => /javascript:|url\((?!#)/i.test(a.value)).map((a) => a.name)).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain(assessment.name);
    expect(texts).toContain(OVERLAY_LABEL);
    expect(texts.some((t) => t.startsWith(assessment.region))).toBe(true);
  });

  it('DOCX: document.xml is well-formed, with every payload as text and no link or field', async () => {
    const blob = await buildDocx(report, en, { radarPng: null });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const part = (name: string) => {
      const bytes = files[name];
      if (!bytes) throw new Error(`no ${name}`);
      return strFromU8(bytes);
    };
    const xml = part('word/document.xml');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
    expect(doc.getElementsByTagName('w:hyperlink')).toHaveLength(0);
    expect(doc.getElementsByTagName('w:fldSimple')).toHaveLength(0);
    expect(doc.getElementsByTagName('w:instrText')).toHaveLength(0);
    expect(part('word/_rels/document.xml.rels')).not.toMatch(/TargetMode="External"/);
    const core = new DOMParser().parseFromString(part('docProps/core.xml'), 'application/xml');
    expect(core.querySelector('parsererror')).toBeNull();
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe(assessment.name);
    // What Word shows: the text of the runs; a lone surrogate is written as U+FFFD (UTF-8 cannot hold it),
    // other characters XML 1.0 cannot hold (NUL…) are left out.
    const text = Array.from(doc.getElementsByTagName('w:t')).map((t) => t.textContent).join(' ');
    const shown = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD').replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
    const { found, damaged } = payloadsInText(text, shown);
    expect(damaged).toEqual([]);
    expect(found).toBeGreaterThan(60);
  });

  it('ICS parses with ical.js into the plan’s events only, each payload coming back as text', () => {
    const ics = buildCalendar(report, en);
    const calendar = parseCalendar(ics);
    expect(calendar.events.map((e) => e.uid)).toEqual(report.events.map((e) => e.uid));
    expect(report.events.length).toBeGreaterThan(10);
    // No line of a payload became a property or a component of its own (BEGIN:VALARM, END:VEVENT…).
    const lines = ics.split('\r\n').filter((l) => l !== '' && !l.startsWith(' '));
    expect(lines.filter((l) => /^(BEGIN|END):/.test(l))).toEqual(['BEGIN:VCALENDAR', ...report.events.flatMap(() => ['BEGIN:VEVENT', 'END:VEVENT']), 'END:VCALENDAR']);
    expect(new Set(lines.map((l) => /^[A-Z-]+/.exec(l)?.[0]))).toEqual(
      new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'CATEGORIES', 'TRANSP']),
    );
    expect(calendar.name).toBe(calendarText(assessment.name));
    report.events.forEach((event, i) => {
      const parsed = calendar.events[i];
      expect(parsed?.summary).toContain(calendarText(event.title));
      if (event.owner.trim()) expect(parsed?.description).toContain(calendarText(event.owner));
      if (event.context.trim()) expect(parsed?.description).toContain(calendarText(event.context));
    });
  });
});
