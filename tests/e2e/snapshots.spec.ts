import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

test('two snapshots with a rating change in between show the change in the table', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment('Snapshot cluster');
  await steps.rateAll('2 – rather low');
  await steps.openStep('Summary');

  const panel = page.getByRole('region', { name: 'Snapshots' });
  await expect(panel.getByLabel('Name of the snapshot')).toHaveValue(`Baseline ${String(new Date().getFullYear())}`);
  await panel.getByLabel('Name of the snapshot').fill('Before the workshop');
  await panel.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(panel.getByText('Snapshot “Before the workshop” saved.')).toBeVisible();
  await app.waitSaved();

  await steps.openStep(/Describe/);
  await steps.rate('Financial model', '4 – rather high');
  await steps.openStep('Summary');
  await panel.getByLabel('Name of the snapshot').fill('After the workshop');
  await panel.getByRole('button', { name: 'Save snapshot' }).click();
  await app.waitSaved();

  await panel.getByRole('checkbox', { name: 'Before the workshop' }).check();
  await panel.getByRole('checkbox', { name: 'After the workshop' }).check();
  // The radar above draws both snapshots over the current profile, named in its legend
  const radar = page.locator('figure.radar-figure svg').first();
  await expect(radar.getByText('Before the workshop')).toBeVisible();
  await expect(radar.getByText('After the workshop')).toBeVisible();
  const table = panel.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  const finance = table.getByRole('row', { name: /^Financial model/ });
  await expect(finance.getByRole('cell').nth(0)).toHaveText('Baseline: 2 Ideal: –');
  await expect(finance.getByRole('cell').nth(1)).toContainText('Baseline: 4 (+2)');
  await expect(finance.getByRole('cell').nth(2)).toContainText('Baseline: 4 (+2)');
  await expect(table.getByRole('row', { name: /^Membership model/ }).getByRole('cell').nth(2)).toContainText('Baseline: 2 (0)');
  expect(await seriousViolations(page), 'summary with the snapshots panel').toEqual([]);

  // The snapshots survive a reload
  await page.reload();
  await expect(panel.getByRole('checkbox')).toHaveCount(2);
  await expect(panel.getByText('Taken', { exact: false })).toHaveCount(2);
});

test('a review started from the worked example keeps its measures and their status', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await page.getByRole('button', { name: 'Load example' }).first().click();
  const example = 'Pomeranian Social Economy Cluster (example)';
  await expect(page.getByRole('heading', { level: 1, name: example })).toBeVisible();
  await app.gotoHome();

  await page.getByRole('group', { name: `Actions for ${example}` }).getByRole('button', { name: 'Start a review from this' }).click();
  const review = page.getByRole('heading', { level: 1, name: new RegExp(`^${example.replace(/[()]/g, '\\$&')} – review `) });
  await expect(review).toBeVisible();
  await expect(page).toHaveURL(/#\/a\/[^/]+\/describe$/);

  // DESCRIBE starts with the measures the plan left open; the group updates one before rating again
  const lastPlan = page.getByRole('region', { name: 'Where the last plan stands' });
  await expect(lastPlan.getByRole('listitem')).toHaveCount(6);
  await lastPlan.getByLabel(/^Status of “Run 1 tender/).selectOption('Done');
  await expect(lastPlan.getByRole('status')).toContainText('1 delivered since, 0 dropped.');
  expect(await seriousViolations(page), 'review describe').toEqual([]);

  await steps.openStep(/Draft/);
  const tender = page.getByRole('article', { name: /Run 1 tender and sign a 3-year Operator agreement/ });
  await expect(tender).toBeVisible();
  await expect(tender.getByLabel('Status')).toHaveValue('done');
  await expect(page.getByRole('article', { name: /Publish a catalogue of 12 services/ }).getByLabel('Status')).toHaveValue('planned');
  await expect(page.getByRole('article', { name: /^Measure \d+: / })).toHaveCount(6);

  // The review's summary reports what was delivered since, and offers the example's ratings as its first snapshot
  await steps.openStep('Summary');
  const delivery = page.getByRole('region', { name: /^Since “Pomeranian/ });
  await expect(delivery.getByRole('heading', { name: 'Delivered: 1 measure' })).toBeVisible();
  await expect(delivery.getByText('Run 1 tender and sign a 3-year Operator agreement')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Snapshots' });
  const start = panel.getByRole('checkbox', { name: new RegExp(`^${example.replace(/[()]/g, '\\$&')} – \\d{4}-\\d{2}-\\d{2}$`) });
  await start.check();
  await expect(panel.getByRole('table').getByRole('row', { name: /^Financial model/ }).getByRole('cell').nth(1)).toContainText('(0)');
  expect(await seriousViolations(page), 'review summary').toEqual([]);

  await app.gotoHome();
  await expect(page.getByRole('article')).toHaveCount(2);
});

test('the snapshots panel refuses a fourth snapshot to compare and has no serious accessibility issue', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment('Four snapshots');
  await steps.openStep('Summary');
  const panel = page.getByRole('region', { name: 'Snapshots' });
  for (const label of ['One', 'Two', 'Three', 'Four']) {
    await panel.getByLabel('Name of the snapshot').fill(label);
    await panel.getByRole('button', { name: 'Save snapshot' }).click();
    await expect(panel.getByRole('checkbox', { name: label })).toBeVisible();
  }
  for (const label of ['One', 'Two', 'Three']) await panel.getByRole('checkbox', { name: label }).check();
  await panel.getByRole('checkbox', { name: 'Four' }).click();
  await expect(panel.getByRole('checkbox', { name: 'Four' })).not.toBeChecked();
  await expect(panel.getByText('At most three snapshots can be compared at once.', { exact: false })).toBeVisible();

  await panel.getByRole('button', { name: 'Delete snapshot “One”' }).click();
  await expect(panel.getByRole('alert')).toContainText('Delete the snapshot “One”?');
  expect(await seriousViolations(page), 'panel with a delete question').toEqual([]);
  await panel.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(panel.getByRole('checkbox')).toHaveCount(3);
  await app.waitSaved();
});
