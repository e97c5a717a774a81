import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@/domain/assessment';
import { buildReport } from '@/domain/report';
import type { ReportModel } from '@/domain/report';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment, makeAssessment } from '@/lib/test-assessment';
import { buildDocx } from './docx';
import { xmlText } from './docx-core';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from './docx-parts';
import { pngSize } from './docx-sections';
import { loadReportText } from './report-text';

/** A 1 × 1 PNG. */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

type Unzipped = Record<string, Uint8Array>;

async function build(report: ReportModel, language: Language, png: Uint8Array | null = TINY_PNG): Promise<Unzipped> {
  const blob = await buildDocx(report, await loadReportText(language), { radarPng: png });
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

function part(files: Unzipped, name: string): string {
  const bytes = files[name];
  if (!bytes) throw new Error(`no ${name} in the document`);
  return strFromU8(bytes);
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

/** The text of every paragraph of the body, as Word would show it. */
function paragraphs(xml: string): string[] {
  return [...parse(xml).getElementsByTagName('w:p')].map((p) => [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''));
}

/** Paragraph texts with the given style (Heading1, Title…). */
function styled(xml: string, style: string): string[] {
  return [...parse(xml).getElementsByTagName('w:p')]
    .filter((p) => p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') === style)
    .map((p) => [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''));
}

/** The XML of the footers, and their text. */
function footers(files: Unzipped): { xml: string; text: string } {
  const parts = Object.keys(files)
    .filter((name) => /^word\/footer\d+\.xml$/.test(name))
    .map((name) => part(files, name));
  return { xml: parts.join('\n'), text: parts.flatMap(paragraphs).join('\n') };
}

beforeAll(async () => {
  await initI18n('en');
});

describe('buildDocx', () => {
  it('writes the Polish example with real headings, every goal and owner, Polish letters and the radar image', async () => {
    const report = buildReport(exampleAssessment('pl'));
    const files = await build(report, 'pl');
    const xml = part(files, 'word/document.xml');
    expect(parse(xml).getElementsByTagName('parsererror')).toHaveLength(0);

    expect(styled(xml, 'Title')).toEqual([report.meta.name]);
    expect(styled(xml, 'Heading1')).toEqual([
      'Mapa zasobów',
      'Profil w ośmiu wymiarach',
      'Wymiary słowami grupy',
      'Warsztat',
      'Wizja i czynniki sukcesu',
      'Wymiary priorytetowe',
      'Cele SMART',
      'Mapa drogowa',
      'Oś czasu',
      'Monitorowanie',
    ]);
    expect(styled(xml, 'Heading2').length).toBeGreaterThanOrEqual(3 * report.goals.length);

    const text = paragraphs(xml);
    for (const goal of report.goals) expect(text).toContain(goal.statement);
    const owners = report.goals.flatMap((g) => g.measures.map((m) => m.owner));
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) expect(text).toContain(owner);
    expect(xml).toMatch(/[ąęłńóśźżĄĘŁŃÓŚŹŻ]/);
    expect(text).toContain(`Moderator: ${report.meta.facilitator}`);
    expect(text).toContain('Liczba uczestników: 5');

    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(xml).toContain('<wp:docPr');
  });

  it('sizes the radar image to the text width of A4, keeping its proportions', async () => {
    const png = TINY_PNG.slice();
    const view = new DataView(png.buffer);
    view.setUint32(16, 1600);
    view.setUint32(20, 1200);
    const xml = part(await build(buildReport(exampleAssessment('en')), 'en', png), 'word/document.xml');
    const extent = parse(xml).getElementsByTagName('wp:extent')[0];
    const cx = Number(extent?.getAttribute('cx'));
    const cy = Number(extent?.getAttribute('cy'));
    const textWidthEmu = TEXT_WIDTH * 635;
    expect(cx).toBeLessThanOrEqual(textWidthEmu);
    expect(cx).toBeGreaterThan(textWidthEmu * 0.95);
    expect(cx / cy).toBeCloseTo(1600 / 1200, 2);
  });

  it('writes an empty assessment as its cover only: no empty section, no "Participants: 0"', async () => {
    const xml = part(await build(buildReport(makeAssessment()), 'en', null), 'word/document.xml');
    const text = paragraphs(xml).filter((p) => p !== '');
    expect(text).toEqual([
      'Pomorskie cluster',
      'Cluster development action plan',
      'Region: Pomorskie',
      'Mode: Create a cluster',
      'Workshop date: 1 March 2026',
      'Facilitator: Anna',
      'Generated with CSEI Navigator',
    ]);
    expect(styled(xml, 'Heading1')).toEqual([]);
    expect([...parse(xml).getElementsByTagName('w:pgSz')].map((p) => p.getAttribute('w:orient'))).toEqual(['portrait']);
  });

  it('leaves the image out, without an error, when there is no radar PNG', async () => {
    const files = await build(buildReport(exampleAssessment('en')), 'en', null);
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(part(files, 'word/document.xml')).not.toContain('<w:drawing');
  });

  it('keeps typed markup and quotes as text, in well-formed XML', async () => {
    const a = exampleAssessment('pl');
    const tricky = 'Cel <script>alert("x")</script> & „cudzysłów” — ok';
    const first = a.goals.find((g) => g.dimension === a.decision.focus[0]?.dimension);
    if (!first) throw new Error('example has no goal');
    first.statement = tricky;
    a.name = 'Klaster <b>Pomorze</b> & spółka';
    const files = await build(buildReport(a), 'pl');
    const xml = part(files, 'word/document.xml');
    expect(parse(xml).getElementsByTagName('parsererror')).toHaveLength(0);
    expect(paragraphs(xml)).toContain(tricky);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(styled(xml, 'Title')).toEqual(['Klaster <b>Pomorze</b> & spółka']);
    const core = part(files, 'docProps/core.xml');
    expect(parse(core).getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parse(core).getElementsByTagName('dc:title')[0]?.textContent).toBe('Klaster <b>Pomorze</b> & spółka');
  });

  it('numbers the pages in the footer in the document language and sets the language and properties', async () => {
    const pl = await build(buildReport(exampleAssessment('pl')), 'pl');
    const footer = footers(pl);
    expect(footer.xml).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer.xml).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
    expect(footer.text).toContain('Strona  z ');
    expect(part(pl, 'word/styles.xml')).toContain('<w:lang w:val="pl-PL"/>');
    // LibreOffice reads a line spacing without its rule as an exact height (a clipped radar).
    expect(part(pl, 'word/styles.xml')).toMatch(/<w:spacing w:after="80" w:line="276" w:lineRule="auto"\/>/);
    const core = parse(part(pl, 'docProps/core.xml'));
    expect(core.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe('CSEI Navigator');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe('Pomorski Klaster Ekonomii Społecznej (przykład)');
    expect(core.getElementsByTagName('dc:language')[0]?.textContent).toBe('pl-PL');
    // The dates of the file are the assessment's last change, not the moment of the export.
    expect(core.getElementsByTagName('dcterms:modified')[0]?.textContent).toBe('2026-03-15T09:30:00Z');
    expect(core.getElementsByTagName('dcterms:created')[0]?.textContent).toBe('2026-03-15T09:30:00Z');

    const en = await build(buildReport(exampleAssessment('en')), 'en');
    expect(footers(en).text).toContain('Page  of ');
    expect(part(en, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
  });

  it('has English headings in an English build, even of a Polish assessment', async () => {
    const xml = part(await build(buildReport(exampleAssessment('pl')), 'en'), 'word/document.xml');
    expect(styled(xml, 'Heading1')).toEqual([
      'Resource map',
      'Profile of the eight dimensions',
      'The dimensions in the group’s words',
      'Workshop',
      'Vision and success factors',
      'Focus dimensions',
      'SMART goals',
      'Roadmap',
      'Timeline',
      'Monitoring',
    ]);
    expect(styled(xml, 'Heading2')).toContain('Goal for Coordinating body');
  });

  it('lays every table out at a fixed width across A4, the roadmap on landscape pages, header rows repeated and rows kept whole', async () => {
    const xml = part(await build(buildReport(exampleAssessment('en')), 'en'), 'word/document.xml');
    const tables = [...parse(xml).getElementsByTagName('w:tbl')];
    expect(tables.length).toBeGreaterThanOrEqual(1 + 2 * 3);
    const widths: number[] = [];
    for (const tbl of tables) {
      expect(tbl.getElementsByTagName('w:tblLayout')[0]?.getAttribute('w:type')).toBe('fixed');
      const grid = [...tbl.getElementsByTagName('w:gridCol')].map((c) => Number(c.getAttribute('w:w')));
      widths.push(grid.reduce((a, b) => a + b, 0));
      const rows = [...tbl.getElementsByTagName('w:tr')];
      expect(rows.map((row) => row.getElementsByTagName('w:tblHeader').length)).toEqual(rows.map((_, i) => (i === 0 ? 1 : 0)));
      for (const row of rows) expect(row.getElementsByTagName('w:cantSplit')).toHaveLength(1);
    }
    // Profile, workshop and indicator tables across the portrait page, the three roadmap tables and the timeline across the landscape one.
    expect(widths.filter((w) => w === LANDSCAPE_TEXT_WIDTH)).toHaveLength(4);
    expect(widths.filter((w) => w !== LANDSCAPE_TEXT_WIDTH).every((w) => w === TEXT_WIDTH)).toBe(true);
    const pages = [...parse(xml).getElementsByTagName('w:pgSz')].map((p) => p.getAttribute('w:orient'));
    expect(pages).toEqual(['portrait', 'landscape', 'portrait']);
    expect(TEXT_WIDTH).toBeLessThanOrEqual(11906 - 2 * 1000);
  });

  it('shows the agreed value in the profile where one is set and a dash elsewhere', async () => {
    const a = exampleAssessment('en');
    a.dimensions.finance.agreed = { baseline: 2, ideal: null, note: 'after a long discussion' };
    const xml = part(await build(buildReport(a), 'en'), 'word/document.xml');
    const profile = parse(xml).getElementsByTagName('w:tbl')[0];
    const rows = [...(profile?.getElementsByTagName('w:tr') ?? [])].map((tr) =>
      [...tr.getElementsByTagName('w:tc')].map((tc) => tc.textContent),
    );
    expect(rows[0]).toEqual(['Dimension', 'Baseline', 'Ideal', 'Agreed value', 'Gap', 'Focus']);
    const finance = rows.find((r) => r[0] === 'Financial model');
    expect(finance?.[3]).toBe('2 / –');
    expect(finance?.[1]).toBe('2');
    expect(rows.filter((r) => r[3] === '–')).toHaveLength(7);
    expect(paragraphs(xml).some((p) => p.includes('after a long discussion'))).toBe(true);
  });

  it('gives the same document text and properties for the same report', async () => {
    const report = buildReport(exampleAssessment('pl'));
    const one = await build(report, 'pl');
    const two = await build(structuredClone(report), 'pl');
    for (const name of ['word/document.xml', 'docProps/core.xml', 'word/styles.xml']) expect(part(two, name), name).toBe(part(one, name));
  });
});

describe('xmlText', () => {
  it('escapes markup and leaves out characters XML does not allow', () => {
    expect(xmlText('a <b> & "c" \u0001\u000b\uFFFE ż')).toBe('a &lt;b&gt; &amp; &quot;c&quot;  ż');
    expect(xmlText('tab\tand\nline')).toBe('tab\tand\nline');
  });
});

describe('pngSize', () => {
  it('reads the width and height of a PNG and refuses other bytes', () => {
    expect(pngSize(TINY_PNG)).toEqual({ width: 1, height: 1 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
