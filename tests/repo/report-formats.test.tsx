/**
 * Every section of the report model in every format: the worked example and a six-participant workshop
 * (evaluation mode), in English and Polish, as Word (document XML), Markdown (rendered), and the
 * summary screen as it prints to PDF (tests/e2e/print-pdf.spec.ts prints it for real). A section with
 * nothing entered is left out.
 */
import { render, screen } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Language } from '@/domain/assessment';
import { buildReport } from '@/domain/report';
import { REPORT_SECTIONS, reportSections } from '@/domain/report-sections';
import { buildDocx } from '@/export/docx';
import { buildMarkdown } from '@/export/markdown';
import { renderMarkdown, squash } from '@/export/read-back';
import { loadReportText } from '@/export/report-text';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment, makeAssessment, workshopExample } from '@/lib/test-assessment';
import { SummaryScreen } from '@/screens/summary/summary-screen';
import { reportItems } from './report-items';

type Format = 'word' | 'markdown' | 'summary';

async function formatText(format: Format, a: Assessment, language: Language): Promise<string> {
  const report = buildReport(a);
  const text = await loadReportText(language);
  if (format === 'markdown') return squash(renderMarkdown(buildMarkdown(report, text)).body.textContent);
  if (format === 'word') {
    const blob = await buildDocx(report, text, { radarPng: null });
    const xml = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml'] ?? new Uint8Array());
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return squash([...doc.getElementsByTagName('w:p')].map((p) => [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join('')).join(' '));
  }
  await i18next.changeLanguage(language);
  await i18next.loadNamespaces(['summary', 'workspace', 'guidance', 'export']);
  const view = render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<p>loading</p>}>
        <SummaryScreen assessment={a} />
      </Suspense>
    </I18nextProvider>,
  );
  await screen.findByText(a.name, { selector: '.summary-name' });
  // What prints: print.css leaves out a section whose only content is its "nothing yet" line.
  for (const section of view.container.querySelectorAll('.summary-section')) {
    if (section.querySelector(':scope > h2 + .summary-empty:last-child')) section.remove();
  }
  const out = squash(view.container.textContent);
  view.unmount();
  return out;
}

beforeAll(async () => {
  await initI18n('en');
});

const EXAMPLES = { 'worked example': exampleAssessment, 'six-participant workshop': workshopExample } as const;

describe.each(['word', 'markdown', 'summary'] as const)('the %s format', (format) => {
  describe.each(['en', 'pl'] as const)('in %s', (language) => {
    it.each(Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[])('holds every item of every section of the %s', async (name) => {
      const a = EXAMPLES[name](language);
      const report = buildReport(a);
      const items = reportItems(report, await loadReportText(language));
      const sections = reportSections(report);
      if (name === 'six-participant workshop') expect(sections).toEqual([...REPORT_SECTIONS]);
      const out = await formatText(format, a, language);
      const missing = sections.flatMap((s) => items[s].filter((item) => !out.includes(squash(item))).map((item) => `${s}: ${item.slice(0, 60)}`));
      expect(missing).toEqual([]);
    });
  });

  it('leaves out sections with nothing entered, and says nothing about zero participants', async () => {
    const a = makeAssessment({ name: 'Empty cluster' });
    const text = await loadReportText('en');
    const out = await formatText(format, a, 'en');
    expect(out).not.toMatch(/Participants: 0|0 participants/);
    for (const title of [text.t('report.resources'), text.t('report.dimensionNotes'), text.t('report.groupTitle'), text.t('report.timeline'), text.t('report.successChecks'), text.t('report.verdicts')]) {
      expect(out).not.toContain(title);
    }
  });
});
