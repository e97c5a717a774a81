/**
 * The text of a PDF, page by page, read with pdf.js (legacy build, which runs in Node). White space
 * is folded to single spaces, so that text wrapped across lines still reads as one sentence.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('');
      pages.push(foldSpaces(text));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
