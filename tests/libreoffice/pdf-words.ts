/**
 * What LibreOffice drew: a PDF read back with poppler's command-line tools. Words with their boxes
 * (pdftotext -bbox), pictures with their drawn size (pdfimages -list), pages as PNG (pdftoppm).
 */
import { execFileSync } from 'node:child_process';

/** Points (1/72 inch) to centimetres. */
export const CM_PER_POINT = 2.54 / 72;

export type Word = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };

const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every word of the PDF with its page (from 1) and box in points, in reading order. */
export function pdfWords(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).flatMap((pageHtml, index) =>
    [...pageHtml.matchAll(WORD)].map((m) => ({
      page: index + 1,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescapeXml(m[5] ?? ''),
    })),
  );
}

export type PdfImage = { page: number; width: number; height: number; xPpi: number; yPpi: number };

/** The pictures of the PDF: pixel size and the resolution they are drawn at (so the drawn size). */
export function pdfImages(pdf: string): PdfImage[] {
  const lines = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 14 && cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]), xPpi: Number(cols[12]), yPpi: Number(cols[13]) }));
}

/** Words of a sentence found one after the other on one page; returns the first word, or null. */
export function findPhrase(words: readonly Word[], phrase: string): Word[] | null {
  const wanted = phrase.split(/\s+/).filter(Boolean);
  for (let i = 0; i + wanted.length <= words.length; i += 1) {
    if (wanted.every((w, k) => words[i + k]?.text === w && words[i + k]?.page === words[i]?.page)) return words.slice(i, i + wanted.length);
  }
  return null;
}
