/**
 * The Word document's styles: its language (spelling check and hyphenation in Word), a sans-serif
 * body font, and heading styles that Word's navigation pane and table of contents recognise.
 */
import type { IStylesOptions } from 'docx';
import { LineRuleType } from 'docx';
import type { Language } from '@/domain/assessment';
import { BRAND_COLOR } from './docx-parts';

export const WORD_LANGUAGE: Record<Language, string> = { en: 'en-GB', pl: 'pl-PL' };

export function documentStyles(language: Language): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: 'Calibri', size: 22, language: { value: WORD_LANGUAGE[language] } },
        // lineRule "auto" said outright: without it LibreOffice reads 276 as an exact line height, which
        // clips an inline picture to one line and lets a title's lines overlap.
        paragraph: { spacing: { after: 80, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: 'Calibri', size: 52, bold: true, color: BRAND_COLOR }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        run: { font: 'Calibri', size: 32, bold: true, color: BRAND_COLOR },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: 'Calibri', size: 26, bold: true, color: BRAND_COLOR },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: 'Calibri', size: 23, bold: true, color: '1B1F23' },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
    },
  };
}
