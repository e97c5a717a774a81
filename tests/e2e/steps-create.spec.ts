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

test('a facilitator goes through all five steps, writes SMART goals and a roadmap, sees the plan in the summary, and it survives a reload', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment('Roadmap cluster');
  // Steps 1–3, briefly: inventory, baseline, vision, ideal profile, one focus dimension
  await page.getByLabel('People and skills').fill('Two coordinators');
  await page.getByLabel('Funding landscape').fill('Regional ESF+ programme');
  await steps.rateAll('2 – rather low');
  await steps.openStep(/Define/);
  await page.getByLabel('Which problem is the cluster here to solve?').fill('Too few jobs for people at risk of exclusion');
  await page.getByLabel('Non-negotiable: Financial resilience').check();
  await page.getByLabel('Vision statement').fill('Every county has a social enterprise by 2030.');
  await steps.rateAll('4 – rather high');
  await steps.openStep(/Decide/);
  await page.getByLabel('Focus on Financial model').check();
  await page.getByLabel('Why Financial model?').fill('One grant pays for almost everything');
  await page.getByLabel('Start').first().fill('2026-04-01');
  await page.getByLabel('End').first().fill('2028-03-31');

  // GOALS: the checker flags vague wording in Polish or English until the goal is SMART
  await steps.openStep(/Goals/);
  const goal = page.getByRole('article', { name: 'Goal for Financial model' });
  await goal.getByLabel('Goal statement').fill('Strengthen the financial base');
  await expect(goal.getByText('“Strengthen” points a direction but does not say how far')).toBeVisible();
  await goal.getByLabel('Goal statement').fill('Cut the share of the budget from the largest single source to 50 %');
  await goal.getByRole('button', { name: 'Add indicator' }).click();
  await goal.getByLabel('Name').fill('Share of the largest source');
  await goal.getByLabel('Unit').fill('%');
  await goal.getByLabel('Which way is better?').selectOption('lower');
  await goal.getByLabel('Baseline value').fill('80');
  await goal.getByLabel('Target value').fill('90');
  await expect(goal.getByText('Indicator 1: the target is not better than the baseline')).toBeVisible();
  await goal.getByLabel('Target value').fill('50');
  await goal.getByLabel('Success factor it serves').selectOption({ label: 'Financial resilience' });
  await goal.getByLabel('Due date').fill('2029-01-01');
  await expect(goal.getByText('The due date lies outside the plan’s timeframe.')).toBeVisible();
  await goal.getByLabel('Due date').fill('2027-12-31');
  await expect(goal.getByText(/^Who delivers this goal/)).toBeVisible();
  await goal.getByLabel('Resources and commitments that make it achievable').fill('The coordinator sells services; the regional grant pays her.');
  await expect(goal.getByText('This goal passes every SMART check.')).toBeVisible();
  await expect(goal.getByText('By 31 December 2027: Cut the share of the budget from the largest single source to 50 %.')).toBeVisible();
  expect(await seriousViolations(page), 'goals').toEqual([]);

  // DRAFT: a measure with owner, dates, 30/60/90 milestones, resources and monitoring
  await steps.openStep(/Draft/);
  await page.getByRole('button', { name: 'Add measure' }).click();
  const measure = page.getByRole('article', { name: /^Measure 1/ });
  await measure.getByLabel('What will be done').fill('Build capacity');
  await expect(measure.getByText('“build capacity” is too abstract to be ticked off.')).toBeVisible();
  await measure.getByLabel('What will be done').fill('Set up a funding pipeline with 5 foundations');
  await measure.getByLabel('Owner (one person or organisation)').fill('Regional social policy centre');
  await measure.getByLabel('Contributors (separated by commas)').fill('OWES Gdańsk, Foundation X');
  await measure.getByLabel('Start').fill('2026-05-01');
  await measure.getByLabel('Due', { exact: true }).fill('2026-12-31');
  await measure.getByLabel('At 30, 60 and 90 days').check();
  await expect(measure.getByText('on 31 May 2026')).toBeVisible();
  await measure.getByLabel('Milestone 1: what is done by then').fill('List of 20 foundations');
  await measure.getByText('Resources needed').click();
  await measure.getByLabel('Funding').fill('25000');
  await measure.getByLabel('Currency').fill('PLN');
  await expect(measure.getByRole('heading', { name: 'Check' })).toHaveCount(0);
  await page.getByLabel('Who reviews progress').fill('Cluster board');
  await page.getByLabel('How often').selectOption('quarterly');
  const timeline = page.getByRole('table', { name: 'Timeline by quarter' });
  await expect(timeline.getByRole('columnheader', { name: 'Q2 2026' })).toBeVisible();
  const row = timeline.getByRole('row', { name: /Set up a funding pipeline/ });
  // 30 and 60 days after 1 May fall in Q2, 90 days in Q3
  await expect(row.getByRole('cell').nth(0)).toContainText('2 milestones');
  await expect(row.getByRole('cell').nth(1)).toContainText('1 milestone');
  await steps.expectNothingMissing();
  expect(await seriousViolations(page), 'draft').toEqual([]);

  // The summary shows the plan as typed
  await page.getByRole('link', { name: 'Summary' }).click();
  const summary = page.locator('main');
  await expect(summary.getByText('By 31 December 2027: Cut the share of the budget from the largest single source to 50 %.').first()).toBeVisible();
  await expect(summary.getByRole('rowheader', { name: /Set up a funding pipeline with 5 foundations/ }).first()).toBeVisible();
  await expect(summary.getByRole('cell', { name: /Regional social policy centre/ }).first()).toBeVisible();
  expect(await seriousViolations(page), 'summary').toEqual([]);
  await page.getByRole('navigation', { name: 'Steps of the method' }).getByRole('link', { name: /Draft/ }).click();

  await page.reload();
  await expect(page.getByRole('article', { name: /^Measure 1/ }).getByLabel('Milestone 1: what is done by then')).toHaveValue('List of 20 foundations');
  await expect(page.getByLabel('How often')).toHaveValue('quarterly');
  await steps.openStep(/Goals/);
  await expect(page.getByLabel('Target value')).toHaveValue('50');
  await app.gotoHome();
  await expect(page.getByText('Steps done: 5 of 5')).toBeVisible();
});
