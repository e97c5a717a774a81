import { mkdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

const SHOTS = '/tmp/shots-cases';

test('the guidance panel of a dimension shows how other clusters handle it and leads to the whole case', async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment('Cases cluster');
  await expect(page).toHaveURL(/#\/a\/[^/]+\/describe$/);

  const card = steps.card('Financial model');
  await expect(card.getByRole('heading', { name: 'How other clusters handle it' })).toHaveCount(0);
  await card.getByText('Guidance: Financial model').click();
  const cases = card.getByRole('list', { name: 'How other clusters handle it' });
  await expect(card.getByRole('heading', { level: 5, name: 'How other clusters handle it' })).toBeVisible();
  await expect(cases.getByRole('listitem')).toHaveCount(7);
  const hamburg = cases.getByRole('listitem').filter({ hasText: 'Hamburg Alliance for Social Entrepreneurship' });
  await expect(hamburg).toContainText('(Germany)');
  await expect(hamburg).toContainText('covers all of its funding');
  await expect(hamburg).toContainText('Source: RESIST concept paper “Prototypical CSEI set up”, §4 (II)');
  // The Pomeranian cluster is shown as what it is: a model
  await expect(cases.getByRole('listitem').filter({ hasText: 'Pomeranian Social Economy Cluster' })).toContainText('Model (planned, not running yet)');
  await cases.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/panel-en-laptop.png` });
  await card.screenshot({ path: `${SHOTS}/panel-en-card.png` });
  expect(await seriousViolations(page), 'describe step with the cases in a guidance panel').toEqual([]);

  await hamburg.getByRole('link', { name: 'Read the whole case about Hamburg Alliance for Social Entrepreneurship' }).click();
  await expect(page).toHaveURL(/#\/library\/case\/hamburg$/);
  const heading = page.getByRole('heading', { level: 3, name: 'Hamburg Alliance for Social Entrepreneurship' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // The case starts at the top of the window, not somewhere in the middle
  expect((await heading.boundingBox())?.y ?? 999).toBeLessThan(60);
  const article = page.getByRole('article', { name: 'Hamburg Alliance for Social Entrepreneurship' });
  await expect(article).toContainText('Germany · Hamburg · founded 2023');
  await expect(article).toContainText('about 5.25 FTE');
  await expect(article.getByRole('term')).toHaveCount(8 + 4);
  await page.screenshot({ path: `${SHOTS}/case-en-laptop.png` });
  await article.screenshot({ path: `${SHOTS}/case-en-card.png` });

  // Back in the assessment, nothing was lost
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases cluster' })).toBeVisible();
});

for (const [language, button] of [
  ['en', 'English'],
  ['pl', 'Polski'],
] as const) {
  test(`the case library passes axe and reads well on a laptop and a phone (${language})`, async ({ page }) => {
    await mkdir(SHOTS, { recursive: true });
    await page.goto('./#/library');
    await page.getByRole('group', { name: /Language|Język/ }).getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const title = language === 'en' ? 'Cases from other clusters' : 'Przykłady innych klastrów';
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(page.locator('article.case-card')).toHaveCount(11);
    expect(await seriousViolations(page), `library (${language})`).toEqual([]);

    // Filters: the Polish cases only, then the model only
    const country = page.getByLabel(language === 'en' ? 'Country' : 'Kraj');
    await country.selectOption({ label: language === 'en' ? 'Poland' : 'Polska' });
    await expect(page.locator('article.case-card')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: language === 'en' ? 'Cases shown: 2 of 11' : 'Widoczne przykłady: 2 z 11' })).toBeVisible();
    expect(await seriousViolations(page), `library filtered (${language})`).toEqual([]);
    await country.selectOption({ index: 0 });
    await expect(page.locator('article.case-card')).toHaveCount(11);

    for (const [name, size] of [
      ['laptop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: `${SHOTS}/library-${language}-${name}-top.png` });
      // A jump link leads to its case
      await page.getByRole('navigation', { name: language === 'en' ? 'Jump to a case' : 'Przejdź do przykładu' }).getByRole('link', { name: 'Consorzio Ecobi' }).click();
      await expect(page).toHaveURL(/#\/library\/case\/ecobi$/);
      await expect(page.getByRole('heading', { level: 3, name: 'Consorzio Ecobi' })).toBeFocused();
      await page.screenshot({ path: `${SHOTS}/library-${language}-${name}-ecobi.png` });
      await page.locator('#case-pkes').screenshot({ path: `${SHOTS}/library-${language}-${name}-pkes.png` });
      await page.locator('#case-dunhill').screenshot({ path: `${SHOTS}/library-${language}-${name}-dunhill.png` });
      await page.goto('./#/library');
    }
    expect(await seriousViolations(page), `library on a phone (${language})`).toEqual([]);
  });
}

test('the cases in a guidance panel, in Polish on a phone', async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment('Klaster przykładów');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Polski' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.setViewportSize({ width: 390, height: 844 });
  const card = steps.card('Organ koordynujący');
  await card.getByText('Wskazówki: Organ koordynujący').click();
  const cases = card.getByRole('list', { name: 'Jak radzą sobie inne klastry' });
  await expect(cases.getByRole('listitem')).toHaveCount(6);
  await expect(cases.getByRole('listitem').first()).toContainText('Źródło: dokument koncepcyjny RESIST');
  await cases.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/panel-pl-phone.png` });
  expect(await seriousViolations(page), 'describe step with cases, Polish, phone').toEqual([]);
  await cases.getByRole('link', { name: 'Przeczytaj cały opis – Consorzio Ecobi' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Consorzio Ecobi' })).toBeFocused();
});
