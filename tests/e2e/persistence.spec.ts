import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';

test('text typed in an assessment is still there after a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Pomeranian Social Economy Cluster');
  await app.openDetails();
  await page.getByLabel('Region', { exact: true }).fill('Pomorskie – Gdańsk, Gdynia, Słupsk');
  await app.waitSaved();
  await page.reload();
  await app.openDetails();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('Pomorskie – Gdańsk, Gdynia, Słupsk');
});

test('an edit is saved when the page is closed right after typing', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Quick typist');
  await app.openDetails();
  await page.getByLabel('Facilitator').fill('Zofia Wiśniewska');
  // No waiting for the autosave delay: closing the page must flush the edit.
  const url = page.url();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await new AppPage(again).openDetails();
  await expect(again.getByLabel('Facilitator')).toHaveValue('Zofia Wiśniewska');
});

test('the list shows the newest change first and how far each assessment is', async ({ page }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('First cluster');
  await app.gotoHome();
  await app.createAssessment('Second cluster', { mode: 'Evaluate a cluster' });
  await app.gotoHome();
  const titles = page.getByRole('list', { name: 'Saved assessments' }).getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(['Second cluster', 'First cluster']);
  await expect(page.getByText('Steps done: 0 of 5').first()).toBeVisible();
  await expect(page.getByText('Evaluate a cluster')).toBeVisible();
});

test('edits made less than a second before a reload are still there', async ({ page }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Reload right away');
  await page.getByRole('link', { name: /Decide/ }).click();
  await page.getByLabel('Focus on Financial model').check();
  await page.getByLabel('Why Financial model?').fill('One grant pays for almost everything');
  // No waiting for "saved": the reload aborts any IndexedDB write still running.
  await page.reload();
  await expect(page.getByLabel('Focus on Financial model')).toBeChecked();
  await expect(page.getByLabel('Why Financial model?')).toHaveValue('One grant pays for almost everything');
});
