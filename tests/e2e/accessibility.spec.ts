import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';

for (const language of ['English', 'Polski'] as const) {
  test(`home, create, workspace and about have no serious accessibility violations (${language})`, async ({ page }) => {
    const app = new AppPage(page);
    await app.gotoHome();
    expect(await seriousViolations(page), 'empty home').toEqual([]);
    await app.createAssessment('Accessible cluster');
    await app.openDetails();
    expect(await seriousViolations(page), 'workspace').toEqual([]);
    await page.goto('./');
    await page.getByRole('button', { name: language }).click();
    expect(await seriousViolations(page), 'home with a list').toEqual([]);
    await page.goto('./#/new');
    await page.locator('form button[type=submit]').click();
    expect(await seriousViolations(page), 'create form with an error').toEqual([]);
    await page.goto('./#/about');
    expect(await seriousViolations(page), 'about').toEqual([]);
  });
}

test('the create form says the name is required and keeps focus on it', async ({ page }) => {
  await page.goto('./#/new');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.getByText('Enter the cluster’s name.').or(page.getByText("Enter the cluster's name."))).toBeVisible();
  await expect(page.getByLabel('Cluster name')).toBeFocused();
  await expect(page.getByLabel('Cluster name')).toHaveAttribute('aria-invalid', 'true');
});
