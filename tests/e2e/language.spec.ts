import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';

test('switching to Polish and back changes every text and <html lang>, and is remembered', async ({ page }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analizy' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nowa analiza' }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Analizy' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a Polish browser', () => {
  test.use({ locale: 'pl-PL' });

  test('gets Polish on first start, with Polish dates', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Analizy' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await page.getByRole('link', { name: 'Nowa analiza' }).first().click();
    await page.getByLabel('Nazwa klastra').fill('Klaster Kaszubski');
    await page.getByLabel('Data spotkania').fill('2026-03-05');
    await page.getByRole('button', { name: 'Utwórz i otwórz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Klaster Kaszubski' })).toBeVisible();
    await page.goto('./');
    await expect(page.getByText('Spotkanie: 5 marca 2026')).toBeVisible();
  });
});
