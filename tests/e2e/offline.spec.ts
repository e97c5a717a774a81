import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';

test('after the first visit the app opens and works with the network off', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.waitForServiceWorker();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  // Lazy parts (the workspace and its texts) come from the precache too.
  await app.createAssessment('Offline field visit');
  await app.openDetails();
  await page.getByLabel('Region', { exact: true }).fill('Bytów');
  await app.waitSaved();
  await page.getByRole('link', { name: 'Define' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Define the vision and success factors' })).toBeVisible();
  await page.reload();
  await app.openDetails();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('Bytów');
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('link', { name: /Zdefiniuj/ })).toBeVisible();
});
