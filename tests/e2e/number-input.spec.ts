import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';

/**
 * Numbers and money typed the way people write them, in Polish and in English: each form is typed into a
 * funding field and an indicator of the worked example, the step is left, the page reloaded, and the value
 * must be the same in the app, the summary, the Word file, the roadmap spreadsheet and the Markdown file.
 * An entry that cannot be read stays as typed, with its message, after the reload.
 */
type Language = 'pl' | 'en';

type Case = {
  /** Typed into the funding of measures 1, 2 and 3 (in that order). */
  funding: readonly { typed: string; amount: number; currency: string; shown: RegExp }[];
  /** Typed into the baseline and target of the first goal's first indicator. */
  indicator: readonly { typed: string; value: number; shown: string }[];
  unreadable: string;
};

// \s matches the no-break spaces (U+00A0, U+202F) Intl puts into Polish numbers and amounts.
const CASES: Record<Language, Case> = {
  pl: {
    funding: [
      { typed: '45 000,50', amount: 45000.5, currency: 'PLN', shown: /45\s000,50\szł/ },
      { typed: '12 000', amount: 12000, currency: 'PLN', shown: /12\s000\szł/ },
      { typed: '45000 zł', amount: 45000, currency: 'PLN', shown: /45\s000\szł/ },
    ],
    indicator: [
      { typed: '2 450', value: 2450, shown: '2450' },
      { typed: '2.450', value: 2450, shown: '2450' },
    ],
    unreadable: 'około 20 tys. na osobę',
  },
  en: {
    funding: [
      // The worked example plans in PLN: an amount without a sign keeps it, "€" switches the line to EUR.
      { typed: '45,000.50', amount: 45000.5, currency: 'PLN', shown: /PLN\s45,000\.50/ },
      { typed: '€45,000', amount: 45000, currency: 'EUR', shown: /€45,000(?!\.)/ },
      { typed: '45000.5', amount: 45000.5, currency: 'PLN', shown: /PLN\s45,000\.50/ },
    ],
    indicator: [
      { typed: '2,450', value: 2450, shown: '2,450' },
      { typed: '2450', value: 2450, shown: '2,450' },
    ],
    unreadable: 'roughly 20k per person',
  },
};

const TEXT = {
  pl: {
    load: 'Wczytaj przykład',
    name: 'Pomorski Klaster Ekonomii Społecznej (przykład)',
    measure: /^Działanie \d: /,
    resources: 'Potrzebne zasoby',
    funding: 'Finansowanie',
    currency: 'Waluta',
    indicator: 'Wskaźnik 1',
    baseline: 'Wartość wyjściowa',
    target: 'Wartość docelowa',
    summary: 'Podsumowanie',
    export: 'Eksportuj…',
    menu: /^Eksport: „/,
    notANumber: 'nie jest liczbą',
    missing: 'nie jest jeszcze kwotą',
  },
  en: {
    load: 'Load example',
    name: 'Pomeranian Social Economy Cluster (example)',
    measure: /^Measure \d: /,
    resources: 'Resources needed',
    funding: 'Funding',
    currency: 'Currency',
    indicator: 'Indicator 1',
    baseline: 'Baseline value',
    target: 'Target value',
    summary: 'Summary',
    export: 'Export…',
    menu: /^Export “/,
    notANumber: 'is not a number',
    missing: 'is not an amount yet',
  },
} as const;

async function openStep(page: Page, id: string, step: string): Promise<void> {
  await page.goto(`./#/a/${id}/${step}`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

async function exportText(page: Page, menu: Locator, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: format }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

for (const language of ['pl', 'en'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'pl' ? 'pl-PL' : 'en-GB' });

    test(`typed the ${language === 'pl' ? 'Polish' : 'English'} way: funding and indicator values survive a reload and reach every file`, async ({ page }) => {
      test.setTimeout(120_000);
      const c = CASES[language];
      const x = TEXT[language];
      await page.goto('./');
      await page.getByRole('button', { name: x.load }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: x.name })).toBeVisible();
      const id = /#\/a\/([^/]+)/.exec(page.url())?.[1] ?? '';
      expect(id).not.toBe('');

      // DRAFT: three funding lines typed three ways, and one that cannot be read.
      await openStep(page, id, 'draft');
      const cards = page.getByRole('article', { name: x.measure });
      for (let i = 0; i < 4; i += 1) {
        const card = cards.nth(i);
        const details = card.locator('details.resources');
        if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await card.getByText(x.resources, { exact: true }).click();
        const funding = card.getByRole('textbox', { name: x.funding });
        const typed = i < 3 ? (c.funding[i]?.typed ?? '') : c.unreadable;
        await funding.fill(typed);
        // Before leaving the field, it says what it understood.
        if (i < 3) await expect(card.locator('output.number-understood')).toHaveText(new RegExp(`^= ${(c.funding[i]?.shown ?? /never/).source}$`));
        await funding.blur();
      }
      await expect(cards.nth(3).getByRole('alert')).toContainText(x.notANumber);

      // GOALS: the first indicator's baseline and target.
      await openStep(page, id, 'goals');
      const indicator = page.getByRole('group', { name: x.indicator }).first();
      await indicator.getByRole('textbox', { name: x.baseline }).fill(c.indicator[0]?.typed ?? '');
      await indicator.getByRole('textbox', { name: x.target }).fill(c.indicator[1]?.typed ?? '');
      await expect(indicator.getByText(`= ${c.indicator[0]?.shown ?? ''}`, { exact: true })).toHaveCount(2);

      // Leave the step, reload: the app shows what it understood, and keeps the unreadable entry as typed.
      await openStep(page, id, 'summary');
      await page.reload();
      await openStep(page, id, 'goals');
      const again = page.getByRole('group', { name: x.indicator }).first();
      await expect(again.getByRole('textbox', { name: x.baseline })).toHaveValue(c.indicator[0]?.shown ?? '');
      await expect(again.getByRole('textbox', { name: x.target })).toHaveValue(c.indicator[1]?.shown ?? '');
      await openStep(page, id, 'draft');
      const kept = cards.nth(3).getByRole('textbox', { name: x.funding });
      await expect(kept).toHaveValue(c.unreadable);
      await expect(kept).toHaveAttribute('aria-invalid', 'true');
      await expect(cards.nth(3).getByRole('alert')).toContainText(x.notANumber);
      await expect(page.locator('.missing-list')).toContainText(x.missing);
      for (let i = 0; i < 3; i += 1) {
        await expect(cards.nth(i).getByRole('textbox', { name: x.currency })).toHaveValue(c.funding[i]?.currency ?? '');
      }

      // The summary and the files.
      await openStep(page, id, 'summary');
      const main = page.getByRole('main');
      for (const f of c.funding) await expect(main).toContainText(f.shown);
      await page.getByRole('button', { name: x.export }).click();
      const menu = page.getByRole('group', { name: x.menu });

      const word = await exportText(page, menu, /\.docx\)$/);
      const xml = new TextDecoder().decode(unzipSync(new Uint8Array(word.bytes))['word/document.xml']);
      const wordText = xml.replace(/<[^>]+>/g, '');
      for (const f of c.funding) expect(wordText).toMatch(f.shown);

      const markdown = (await exportText(page, menu, /\.md\)$/)).bytes.toString('utf8');
      for (const f of c.funding) expect(markdown).toMatch(f.shown);
      expect(markdown).toContain(c.indicator[0]?.shown);

      const csv = (await exportText(page, menu, /(roadmap|mapa drogowa).*\.csv\)$/i)).bytes.toString('utf8').replace(/^\uFEFF/, '');
      const rows = Papa.parse<string[]>(csv, { delimiter: language === 'pl' ? ';' : ',' }).data;
      const header = rows[0] ?? [];
      const fundingColumn = header.indexOf(x.funding);
      const currencyColumn = header.indexOf(x.currency);
      const measureRows = rows.slice(1).filter((r) => r[fundingColumn] !== '' && r[fundingColumn] !== undefined);
      const numbers = measureRows.map((r) => [Number((r[fundingColumn] ?? '').replace(',', '.')), r[currencyColumn]]);
      for (const f of c.funding) expect(numbers).toContainEqual([f.amount, f.currency]);
      // The number column holds plain numbers: no spaces, no currency signs.
      for (const r of measureRows) expect(r[fundingColumn]).toMatch(/^\d+([.,]\d+)?$/);
    });
  });
}
