/**
 * The Word file as LibreOffice Writer draws it (the same engine as the desktop app many Polish offices
 * use): the worked example in English and Polish, converted to PDF with `soffice --headless`, read back
 * with poppler's pdftotext and pdfimages. Needs soffice (libreoffice-writer-nogui) and poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@/domain/assessment';
import { buildReport } from '@/domain/report';
import type { ReportModel } from '@/domain/report';
import { buildDocx } from '@/export/docx';
import { loadReportText } from '@/export/report-text';
import type { ReportText } from '@/export/report-text';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment } from '@/lib/test-assessment';
import { CM_PER_POINT, findPhrase, pdfImages, pdfWords } from './pdf-words';
import type { Word } from './pdf-words';
import { framedPng } from './solid-png';

const LANGUAGES: Language[] = ['en', 'pl'];
/** The radar picture's size as the app draws it (src/export/radar-image.tsx). */
const RADAR = { width: 1600, height: 1200 };

type Converted = { report: ReportModel; text: ReportText; pdf: string; words: Word[] };
const converted = new Map<Language, Converted>();
const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));

beforeAll(async () => {
  await initI18n('en');
  const files: string[] = [];
  for (const language of LANGUAGES) {
    const report = buildReport(exampleAssessment(language));
    const text = await loadReportText(language);
    const blob = await buildDocx(report, text, { radarPng: framedPng(RADAR.width, RADAR.height) });
    const file = join(dir, `example-${language}.docx`);
    writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
    files.push(file);
    converted.set(language, { report, text, pdf: join(dir, `example-${language}.pdf`), words: [] });
  }
  // A profile of its own, so that parallel runs and a desktop LibreOffice do not share one.
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'pipe',
    timeout: 170_000,
  });
  for (const c of converted.values()) c.words = pdfWords(c.pdf);
}, 180_000);

// KEEP_DOCX_PDF=1 keeps the files to look at (pdftoppm -png -r 60 example-en.pdf page).
afterAll(() => {
  if (process.env.KEEP_DOCX_PDF) process.stdout.write(`Word files and PDFs kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
});

function get(language: Language): Converted {
  const c = converted.get(language);
  if (!c) throw new Error(`no PDF for ${language}`);
  return c;
}

/** A word as a reader sees it: without the punctuation and quotes around it. */
function bare(word: string): string {
  return word.replace(/^[„”“"'(«]+|[„”“"')»,.;:]+$/g, '');
}

/** The words of the pages from the page of one heading to the page before the next heading. */
function pagesBetween(words: readonly Word[], from: string, to: string): Word[] {
  const start = findPhrase(words, from)?.[0]?.page;
  const end = findPhrase(words, to)?.[0]?.page;
  if (start === undefined || end === undefined) throw new Error(`headings "${from}" / "${to}" not found`);
  return words.filter((w) => w.page >= start && w.page < end);
}

describe.each(LANGUAGES)('the Word file of the worked example in LibreOffice (%s)', (language) => {
  it('draws the spider diagram at least 14 cm wide and gives it at least 8 cm of the page', () => {
    const { words, pdf, text } = get(language);
    const radar = pdfImages(pdf).find((img) => img.width === RADAR.width && img.height === RADAR.height);
    expect(radar, 'the radar picture is in the PDF').toBeDefined();
    if (!radar) return;
    expect((radar.width / radar.xPpi) * 2.54).toBeGreaterThanOrEqual(14);
    // pdfimages gives the embedded size even when a line height clips the picture: the space it takes
    // on the page is the gap between the heading above it and the first text below it.
    const heading = findPhrase(words, text.t('docx.sections.profile'));
    expect(heading, 'the profile heading').not.toBeNull();
    const last = heading?.[heading.length - 1];
    if (!last) return;
    const next = words[words.indexOf(last) + 1];
    expect(next?.page).toBe(last.page);
    expect(((next?.yMin ?? 0) - last.yMax) * CM_PER_POINT).toBeGreaterThanOrEqual(8);
  });

  it('writes every owner, contributor, status word and column header of the roadmap unbroken', () => {
    const { words, report, text } = get(language);
    const roadmap = new Set(pagesBetween(words, text.t('docx.sections.roadmap'), text.t('docx.sections.monitoring')).map((w) => bare(w.text)));
    const measures = report.goals.flatMap((g) => g.measures);
    expect(measures.length).toBeGreaterThan(0);
    const expected = [
      ...measures.flatMap((m) => [m.owner, ...m.contributors, text.workspace(`draft.statuses.${m.status}`)]),
      ...(['measure', 'owner', 'contributors', 'milestones', 'resources', 'status'] as const).map((k) => text.t(`docx.roadmap.columns.${k}`)),
    ];
    const missing = expected.flatMap((phrase) => phrase.split(/\s+/).map(bare).filter((w) => w.length > 1 && !roadmap.has(w)));
    expect(missing).toEqual([]);
  });

  it('writes the profile and workshop tables with their headers and dimension names unbroken', () => {
    const { words, text } = get(language);
    const all = new Set(words.map((w) => bare(w.text)));
    const expected = [
      ...(['dimension', 'baseline', 'ideal', 'agreed', 'gap', 'focus'] as const).map((k) => text.t(`docx.profile.columns.${k}`)),
      ...get(language).report.profile.map((row) => text.dimension(row.dimension)),
      ...(['dimension', 'baseline', 'ideal', 'agreed', 'discuss'] as const).map((k) => text.t(`report.columns.${k}`)),
    ];
    expect(expected.flatMap((phrase) => phrase.split(/\s+/).map(bare).filter((w) => w.length > 1 && !all.has(w)))).toEqual([]);
  });

  it('keeps the letters of the language and puts the title lines in order, without overlap', () => {
    const { words, report, text } = get(language);
    if (language === 'pl') {
      expect(words.map((w) => w.text).join(' ')).toMatch(/[ąęłńóśźż]/);
      expect(findPhrase(words, report.meta.name), 'the Polish name, letters intact').not.toBeNull();
      const all = new Set(words.map((w) => bare(w.text)));
      const polish = report.goals.flatMap((g) => g.measures.flatMap((m) => m.owner.split(/\s+/).map(bare))).filter((w) => /[ąęłńóśźż]/i.test(w));
      expect(polish.length).toBeGreaterThan(0);
      expect(polish.filter((w) => !all.has(w))).toEqual([]);
    }
    const first = words.filter((w) => w.page === 1);
    const title = findPhrase(first, report.meta.name);
    const subtitle = findPhrase(first, text.t('docx.subtitle'));
    expect(title && subtitle).toBeTruthy();
    if (!title || !subtitle) return;
    expect(Math.max(...title.map((w) => w.yMax))).toBeLessThanOrEqual(Math.min(...subtitle.map((w) => w.yMin)));
    // The lines of the title page, top to bottom: each starts below the end of the one before.
    const lines = [...new Set(first.map((w) => w.yMin))].sort((a, b) => a - b).map((y) => first.filter((w) => w.yMin === y));
    for (let i = 1; i < lines.length; i += 1) {
      const above = Math.max(...(lines[i - 1] ?? []).map((w) => w.yMax));
      const below = Math.min(...(lines[i] ?? []).map((w) => w.yMin));
      expect(below, `line ${String(i + 1)} of the title page`).toBeGreaterThanOrEqual(above - 0.5);
    }
  });
});
