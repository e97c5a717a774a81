import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';

test('export all, delete everything, import the file: everything is back', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Kashubian Cluster', { region: 'Kaszuby' });
  await app.gotoHome();
  await app.createAssessment('Tricity Network', { mode: 'Evaluate a cluster' });
  await app.gotoHome();
  await expect(page.getByText('No backup made yet on this device.')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^csei-navigator_backup_\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8')) as { format: string; formatVersion: number; assessments: unknown[] };
  expect(backup.format).toBe('csei-navigator');
  expect(backup.assessments).toHaveLength(2);
  await expect(page.getByText(/^Last backup:/)).toBeVisible();

  for (const name of ['Kashubian Cluster', 'Tricity Network']) {
    await page.getByRole('group', { name: `Actions for ${name}` }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
  }
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();

  await page.getByLabel('Import backup…').setInputFiles(file);
  await expect(page.getByText('Import finished: 2 added, 0 kept as copies, 0 already here.')).toBeVisible();
  const titles = page.getByRole('list', { name: 'Saved assessments' }).getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(['Tricity Network', 'Kashubian Cluster']);
  await expect(page.getByText('Kaszuby')).toBeVisible();
});

test('a file from a newer app version is refused with a message and nothing changes', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Existing work');
  await app.gotoHome();
  const file = testInfo.outputPath('future.json');
  await writeFile(file, JSON.stringify({ format: 'csei-navigator', formatVersion: 99, appVersion: '9.0.0', exportedAt: '2030-01-01T00:00:00Z', assessments: [] }));
  await page.getByLabel('Import backup…').setInputFiles(file);
  const alert = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
  await expect(alert).toContainText('made by a newer version of CSEI Navigator');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(page.getByRole('list', { name: 'Saved assessments' }).getByRole('heading', { level: 3 })).toHaveText(['Existing work']);
});

test('delete can be undone for a few seconds', async ({ page }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Keep me');
  await app.gotoHome();
  await page.getByRole('group', { name: 'Actions for Keep me' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByText('“Keep me” was deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Keep me' })).toBeVisible();
});
