/**
 * The action plan as a Word document (.docx), made in the browser with the docx library (loaded only
 * when the user exports). A4 portrait, real headings for the navigation pane, tables that fit the page,
 * page numbers in the footer, the document's language set. The text depends on the report only: the
 * same report gives the same document.
 */
import type { ISectionOptions } from 'docx';
import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ReportModel } from '@/domain/report';
import type { ReportSectionId } from '@/domain/report-sections';
import { hasSection } from '@/domain/report-sections';
import { coreXml } from './docx-core';
import { PAGE } from './docx-parts';
import { goalsSection, monitoringSection, roadmapSection } from './docx-plan';
import { dimensionNotesSection, resourcesSection, successChecksSection, timelineSection, workshopSection } from './docx-report';
import { focusSection, profileSection, titlePage, visionSection } from './docx-sections';
import { documentStyles, WORD_LANGUAGE } from './docx-styles';
import type { ReportText } from './report-text';

export type DocxOptions = { radarPng: Uint8Array | null };

const APP = 'CSEI Navigator';
const CURRENT = '\u0001';
const TOTAL = '\u0002';

/** "Page X of Y" with the page fields where the translation puts them. */
function pageFooter(text: ReportText): Footer {
  const words = text.t('docx.page', { current: CURRENT, total: TOTAL });
  const children = words
    .split(new RegExp(`(${CURRENT}|${TOTAL})`))
    .filter((part) => part !== '')
    .map((part) =>
      part === CURRENT
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === TOTAL
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

function documentTitle(report: ReportModel, text: ReportText): string {
  return report.meta.name.trim() === '' ? text.t('docx.subtitle') : report.meta.name;
}

/** A4 with 2 cm margins, upright or on its side. */
function page(orientation: 'portrait' | 'landscape'): NonNullable<NonNullable<ISectionOptions['properties']>['page']> {
  return {
    size: { width: PAGE.width, height: PAGE.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
  };
}

/** The document (before it is packed). */
export function docxDocument(report: ReportModel, text: ReportText, options: DocxOptions): Document {
  const title = documentTitle(report, text);
  // Sections with nothing entered are left out, never printed empty.
  const has = (section: ReportSectionId) => hasSection(report, section);
  return new Document({
    title,
    subject: text.t('docx.subtitle'),
    creator: APP,
    lastModifiedBy: APP,
    styles: documentStyles(text.language),
    sections: [
      {
        properties: { page: page('portrait'), titlePage: true },
        footers: { default: pageFooter(text), first: new Footer({ children: [] }) },
        children: [
          ...titlePage(report, text),
          ...(has('resources') ? resourcesSection(report, text) : []),
          ...(has('profile') ? profileSection(report, text, options.radarPng) : []),
          ...(has('evidence') || has('goodLooksLike') || has('evaluation') ? dimensionNotesSection(report, text) : []),
          ...(report.workshop ? workshopSection(report.workshop, text) : []),
          ...(has('vision') ? visionSection(report, text) : []),
          ...(has('successChecks') ? successChecksSection(report, text) : []),
          ...(has('focus') ? focusSection(report, text) : []),
          ...(has('goals') ? goalsSection(report, text) : []),
        ],
      },
      // The roadmap's six columns on a landscape page, so that names and status words are never split.
      ...(has('roadmap') || has('timeline')
        ? [
            {
              properties: { page: page('landscape') },
              footers: { default: pageFooter(text) },
              children: [...(has('roadmap') ? roadmapSection(report, text) : []), ...(has('timeline') ? timelineSection(report, text) : [])],
            },
          ]
        : []),
      ...(has('monitoring') ? [{ properties: { page: page('portrait') }, footers: { default: pageFooter(text) }, children: monitoringSection(report, text) }] : []),
    ],
  });
}

/** The action plan as a Word document. */
export function buildDocx(report: ReportModel, text: ReportText, options: DocxOptions): Promise<Blob> {
  const core = coreXml({
    title: documentTitle(report, text),
    subject: text.t('docx.subtitle'),
    creator: APP,
    language: WORD_LANGUAGE[text.language],
    modified: report.meta.updatedAt,
  });
  return Packer.toBlob(docxDocument(report, text, options), false, [{ path: 'docProps/core.xml', data: core }]);
}
