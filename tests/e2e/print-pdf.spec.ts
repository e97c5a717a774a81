import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { foldSpaces, pdfPages } from './pdf-text';

type ExampleTexts = { goals: Record<string, { statement: string; measures: Record<string, { owner: string }> }> };

const SHOTS = '/tmp/shots-print';

function example(language: 'en' | 'pl'): { statements: string[]; owners: string[] } {
  const file = join(import.meta.dirname, '..', '..', 'locales', language, 'example.json');
  const texts = JSON.parse(readFileSync(file, 'utf8')) as ExampleTexts;
  const goals = Object.values(texts.goals);
  return {
    // The summary writes each goal as a sentence after its due date, without the statement's final full stop.
    statements: goals.map((g) => foldSpaces(g.statement).replace(/[.!]$/, '')),
    owners: goals.flatMap((g) => Object.values(g.measures).map((m) => foldSpaces(m.owner))),
  };
}

/** Prints the page as the browser's "Save as PDF" would, and returns the text of each page. */
async function printToPdf(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  // The spider diagram is printed whole: scaled into its box, however wide it was drawn on screen.
  const chart = await page.locator('figure.radar-figure svg').first().boundingBox();
  const box = await page.locator('figure.radar-figure .radar-container').first().boundingBox();
  expect(chart && box).toBeTruthy();
  if (chart && box) {
    expect(chart.width).toBeGreaterThan(300);
    expect(chart.x + chart.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `${name}.pdf`), pdf);
  // A picture of the print layout at the A4 page's width (794 px at 96 dpi), to look at.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  return pdfPages(pdf);
}

async function openExampleSummary(page: Page, texts: { load: string; nav: string; summary: string; button: string }): Promise<void> {
  await page.getByRole('button', { name: texts.load }).first().click();
  await page.getByRole('navigation', { name: texts.nav }).getByRole('link', { name: texts.summary }).click();
  await expect(page.getByRole('button', { name: texts.button })).toBeVisible();
  // The spider diagram is drawn (Recharts loads lazily) before printing.
  await expect(page.locator('figure.radar-figure svg').first()).toBeVisible();
}

test.describe('the summary printed as PDF', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('holds the whole plan of the English example on A4 pages, without the app around it', async ({ page }) => {
    await page.goto('./');
    await openExampleSummary(page, { load: 'Load example', nav: 'Steps of the method', summary: 'Summary', button: 'Print / save as PDF' });
    expect(await seriousViolations(page)).toEqual([]);

    const pages = await printToPdf(page, 'summary-en');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = pages.join(' ');
    const { statements, owners } = example('en');
    for (const statement of statements) expect(text).toContain(statement);
    for (const owner of owners) expect(text).toContain(owner);
    for (const heading of ['Profile', 'SMART goals', 'Roadmap', 'Monitoring']) expect(text).toContain(heading);
    // The chart's legend is in the PDF: the spider diagram was printed.
    expect(text).toMatch(/Focus dimension(?!s)/);
    for (const chrome of ['Steps of the method', 'Skip to content', 'All assessments', 'Assessment details', 'All changes saved', 'Print / save as PDF', 'choose “Save as PDF”', 'Snapshots', 'Polski']) {
      expect(text, chrome).not.toContain(chrome);
    }
    expect(text).not.toMatch(/https?:\/\/|#\/a\//);
  });

  test('keeps Polish letters once the app is switched to Polish', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Polski' }).click();
    await openExampleSummary(page, { load: 'Wczytaj przykład', nav: 'Kroki metody', summary: 'Podsumowanie', button: 'Drukuj / zapisz jako PDF' });

    const pages = await printToPdf(page, 'summary-pl');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = pages.join(' ');
    const { statements, owners } = example('pl');
    for (const statement of statements) expect(text).toContain(statement);
    for (const owner of owners) expect(text).toContain(owner);
    expect(statements.join(' ')).toMatch(/[ąłś]/);
    expect(text).toContain('Cele SMART');
    expect(text).toContain('Wymiar priorytetowy');
    expect(text).toContain('Specjalista ds. sprzedaży i rynku');
    for (const chrome of ['Kroki metody', 'Przejdź do treści', 'Wszystkie analizy', 'Drukuj / zapisz jako PDF', 'English']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });
});
