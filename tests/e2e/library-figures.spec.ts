import { mkdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

const SHOTS = '/tmp/shots-figures';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

test('the guidance panel of a dimension in DESCRIBE shows the EU reference figures for it', async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await page.setViewportSize(LAPTOP);
  await app.gotoHome();
  await app.createAssessment('Kashubian Cluster');

  const finance = steps.card('Financial model');
  await finance.getByText('Guidance: Financial model').click();
  const figures = finance.getByRole('region', { name: 'EU reference: 30 clusters (GECES 2021)' });
  await expect(figures).toBeVisible();
  const income = figures.getByRole('table', { name: 'Sources of income' });
  // Table 15 of the report: one source 3, several sources 20, no answer 7 (shares of 30 are ours)
  await expect(income.getByRole('row', { name: /One source/ })).toContainText(/3\s*10%/);
  await expect(income.getByRole('row', { name: /Several sources/ })).toContainText(/20\s*66\.7%/);
  await expect(income.getByRole('row', { name: /No answer/ })).toContainText(/7\s*23\.3%/);
  await expect(figures.getByText('Source: GECES report 2021, Table 15 (section 4.5)')).toBeVisible();
  await expect(figures.getByText('n = 21 clusters with public support; several answers possible')).toBeVisible();
  await expect(figures.getByRole('table')).toHaveCount(5);
  expect(await seriousViolations(page), 'describe with the figures open').toEqual([]);
  await figures.screenshot({ path: `${SHOTS}/panel-finance-en-laptop.png` });
  await page.setViewportSize(PHONE);
  await figures.screenshot({ path: `${SHOTS}/panel-finance-en-phone.png` });
  await figures.getByRole('table', { name: 'Kind of public support received' }).locator('..').screenshot({ path: `${SHOTS}/panel-support-types-en-phone.png` });

  const collaboration = steps.card('Collaboration among stakeholders');
  await collaboration.getByText('Guidance: Collaboration among stakeholders').click();
  const nearest = collaboration.getByRole('region', { name: 'EU reference: 30 clusters (GECES 2021)' });
  await expect(nearest.getByText('The report gives no figure for this dimension.')).toBeVisible();
  await expect(nearest.getByRole('table', { name: 'Takes part in international networks or partnerships' })).toBeVisible();
  await nearest.screenshot({ path: `${SHOTS}/panel-collaboration-en-phone.png` });

  await page.getByRole('button', { name: 'Polski' }).click();
  await page.setViewportSize(LAPTOP);
  const composition = steps.card('Skład międzysektorowy');
  await composition.getByText('Wskazówki: Skład międzysektorowy').click();
  const pl = composition.getByRole('region', { name: 'Odniesienie unijne: 30 klastrów (GECES 2021)' });
  await expect(pl.getByRole('table', { name: 'Z jakich członków składa się klaster' }).getByRole('row', { name: /hybrydowy/ })).toContainText(/14\s*46,7%/);
  expect(await seriousViolations(page), 'describe in Polish with the figures open').toEqual([]);
  await pl.screenshot({ path: `${SHOTS}/panel-composition-pl-laptop.png` });
  await pl.getByRole('table', { name: 'Kto zainicjował klaster' }).screenshot({ path: `${SHOTS}/panel-initiators-pl-laptop.png` });
});

for (const [language, button, heading, spain] of [
  ['en', 'English', 'EU reference figures', /Spain\s*10\s*33\.3%/],
  ['pl', 'Polski', 'Dane referencyjne z UE', /Hiszpania\s*10\s*33,3%/],
] as const) {
  test(`the library page lists every reference table and passes axe (${language})`, async ({ page }) => {
    await mkdir(SHOTS, { recursive: true });
    await page.setViewportSize(LAPTOP);
    await page.goto('./#/library');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const library = page.getByRole('region', { name: heading, exact: true });
    await expect(library).toBeVisible();
    await expect(library.getByRole('table')).toHaveCount(20);
    await expect(library.getByRole('row', { name: language === 'en' ? /Spain/ : /Hiszpania/ })).toContainText(spain);
    expect(await seriousViolations(page), `library page (${language})`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/library-${language}-laptop.png` });
    await library.screenshot({ path: `${SHOTS}/library-${language}-laptop-full.png` });
    await library.getByRole('region', { name: language === 'en' ? 'Cross-sectoral composition' : 'Skład międzysektorowy' }).screenshot({ path: `${SHOTS}/library-${language}-composition.png` });
    await page.setViewportSize(PHONE);
    await library.getByRole('region', { name: language === 'en' ? 'Financial model' : 'Model finansowy' }).screenshot({ path: `${SHOTS}/library-${language}-phone-finance.png` });
    await library.screenshot({ path: `${SHOTS}/library-${language}-phone-full.png` });
    expect(await seriousViolations(page), `library page on a phone (${language})`).toEqual([]);
  });
}
