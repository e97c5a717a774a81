import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

const DIMENSIONS = [
  'Membership model',
  'Cross-sectoral composition',
  'Ownership and operational model',
  'Coordinating body',
  'Financial model',
  'Portfolio of services',
  'Viable purpose',
  'Collaboration among stakeholders',
];
const SCALE = ['1 – low', '2 – rather low', '3 – medium', '4 – rather high', '5 – high'];
const BASELINE = [2, 1, 3, 2, 1, 3, 4, 2];
const IDEAL = [4, 4, 4, 5, 4, 4, 5, 4];

test('a facilitator completes DESCRIBE, DEFINE and DECIDE in creation mode, and it all survives a reload', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment('Pomeranian Social Economy Cluster');

  // DESCRIBE: inventory, baseline with evidence, a ticked guidance point
  await page.getByLabel('People and skills').fill('Two coordinators at the regional social policy centre');
  await page.getByLabel('Funding landscape').fill('Regional ESF+ programme 2021–2027');
  for (const [i, name] of DIMENSIONS.entries()) await steps.rate(name, SCALE[(BASELINE[i] ?? 1) - 1] ?? '');
  await steps.card('Financial model').getByLabel('Evidence and notes').fill('Almost all income comes from one grant');
  await steps.card('Financial model').getByText('Guidance: Financial model').click();
  expect(await seriousViolations(page), 'describe with guidance open').toEqual([]);
  const firstPoint = steps.card('Financial model').getByRole('group', { name: 'What to think about' }).getByRole('checkbox').first();
  await firstPoint.check();
  await steps.expectNothingMissing();
  await expect(page.getByRole('table', { name: 'Baseline profile' }).getByRole('row', { name: /Financial model/ })).toContainText('1');

  // DEFINE: purpose, success factors, statement, ideal profile
  await steps.openStep(/Define/);
  await page.getByLabel('Which problem is the cluster here to solve?').fill('Too few jobs for people at risk of exclusion');
  await page.getByLabel('As a network').check();
  await page.getByLabel('Non-negotiable: Legitimacy').check();
  await page.getByLabel('What Legitimacy means here').fill('The regional assembly endorses the cluster');
  await page.getByRole('button', { name: 'Add own success factor' }).click();
  await page.getByLabel('Own success factor', { exact: true }).fill('Members from every county');
  await page.getByLabel('Vision statement').fill('By 2030 every county has a social enterprise that works with the cluster.');
  for (const [i, name] of DIMENSIONS.entries()) await steps.rate(name, SCALE[(IDEAL[i] ?? 1) - 1] ?? '');
  await steps.expectNothingMissing();
  expect(await seriousViolations(page), 'define').toEqual([]);

  // DECIDE: tag a bottleneck, take the suggestion, give reasons and a timeframe
  await steps.openStep(/Decide/);
  await page.getByLabel('Bottleneck: Financial model').check();
  await expect(page.getByText('Suggested: Financial model, Cross-sectoral composition, Coordinating body')).toBeVisible();
  await page.getByRole('button', { name: 'Use this suggestion' }).click();
  await expect(page.getByLabel('Focus on Financial model')).toBeChecked();
  await page.getByLabel('Why Financial model?').fill('One grant pays for almost everything');
  await page.getByLabel('Why Cross-sectoral composition?').fill('Businesses and universities are missing');
  await page.getByLabel('Why Coordinating body?').fill('Nobody is paid to coordinate');
  await page.getByLabel('Start').first().fill('2026-04-01');
  await page.getByLabel('End').first().fill('2027-03-31');
  await steps.expectNothingMissing();
  await page.getByLabel('Focus on Coordinating body').uncheck();
  await expect(page.getByText(/^2 focus dimensions chosen\. The method advises about three/)).toBeVisible();
  await page.getByLabel('Focus on Coordinating body').check();
  await page.getByLabel('Why Coordinating body?').fill('Nobody is paid to coordinate');
  expect(await seriousViolations(page), 'decide').toEqual([]);
  await app.waitSaved();

  // The stepper and the home list show the progress
  const nav = page.getByRole('navigation', { name: 'Steps of the method' });
  await expect(nav.getByRole('link', { name: /Describe.*complete/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Decide.*complete/ })).toBeVisible();

  // Everything is still there after a reload
  await page.reload();
  await expect(page.getByLabel('Why Coordinating body?')).toHaveValue('Nobody is paid to coordinate');
  await expect(page.getByLabel('Bottleneck: Financial model')).toBeChecked();
  await expect(page.getByLabel('End').first()).toHaveValue('2027-03-31');
  await steps.openStep(/Describe/);
  await expect(steps.card('Viable purpose').getByRole('radio', { name: '4 – rather high' })).toBeChecked();
  await expect(steps.card('Financial model').getByLabel('Evidence and notes')).toHaveValue('Almost all income comes from one grant');
  await steps.openStep(/Define/);
  await expect(page.getByLabel('Vision statement')).toHaveValue(/every county has a social enterprise/);
  await app.gotoHome();
  await expect(page.getByText('Steps done: 3 of 5')).toBeVisible();
});
