import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

const SHOTS = '/tmp/shots-ideas';
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Closes the short messages at the bottom so that they do not cover the screenshots. */
async function dismissNotices(page: Page): Promise<void> {
  const buttons = page.locator('.notices button.secondary');
  while ((await buttons.count()) > 0) await buttons.first().click();
}

/** A new assessment with Financial model and Collaboration among stakeholders in focus for 2026–2027. */
async function assessmentWithFocus(page: Page, name: string): Promise<StepsPage> {
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment(name);
  await steps.openStep(/Decide/);
  await page.getByLabel('Focus on Financial model').check();
  await page.getByLabel('Why Financial model?').fill('One grant pays for almost everything');
  await page.getByLabel('Focus on Collaboration among stakeholders').check();
  await page.getByLabel('Why Collaboration among stakeholders?').fill('Partners meet only by chance');
  await page.getByLabel('Start').first().fill('2026-04-01');
  await page.getByLabel('End').first().fill('2027-12-31');
  return steps;
}

test('a facilitator starts a goal and a measure from ideas, adapts them, and finds them again after a reload and in the summary', async ({ page }) => {
  test.setTimeout(90_000);
  const steps = await assessmentWithFocus(page, 'Ideas cluster');

  // GOALS: the picker opens filtered to the card's dimension, goals and creation mode
  await steps.openStep(/Goals/);
  const goal = page.getByRole('article', { name: 'Goal for Financial model' });
  await goal.getByRole('button', { name: 'Start from an idea' }).click();
  const goalIdeas = goal.getByRole('region', { name: 'Ideas for the goal on Financial model' });
  await expect(goalIdeas.getByRole('heading', { level: 4 })).toBeFocused();
  await expect(goalIdeas.getByLabel('Dimension')).toHaveValue('finance');
  await expect(goalIdeas.getByLabel('Useful when')).toHaveValue('create');
  await expect(goalIdeas.getByRole('status')).toHaveText('5 ideas');
  expect(await seriousViolations(page), 'goals with the idea picker open').toEqual([]);
  await goalIdeas.getByLabel('Search ideas').fill('reserve');
  await expect(goalIdeas.getByRole('status')).toHaveText('1 idea');
  await goalIdeas.getByRole('button', { name: 'Use as goal: An operating reserve' }).click();

  const statement = goal.getByLabel('Goal statement');
  await expect(statement).toBeFocused();
  await expect(statement).toHaveValue('Build a reserve that covers [number] months of fixed costs.');
  await expect(goal.getByText('From the idea library: An operating reserve')).toBeVisible();
  await expect(goal.getByText('Replace the parts in square brackets with your own figures.')).toBeVisible();
  // The group adapts it
  await statement.fill('Build a reserve that covers 3 months of fixed costs.');
  await expect(goal.getByText('Replace the parts in square brackets with your own figures.')).toHaveCount(0);
  await expect(goal.getByLabel('Name')).toHaveValue('Months of fixed costs covered by the reserve');
  await goal.getByLabel('Baseline value').fill('0');
  await goal.getByLabel('Target value').fill('3');
  await goal.getByLabel('Success factor it serves').selectOption({ label: 'The vision as a whole' });
  await goal.getByLabel('Due date').fill('2027-06-30');
  await goal.getByLabel('Resources and commitments that make it achievable').fill('Dues and the margin on joint contracts.');
  await expect(goal.getByText('This goal passes every SMART check.')).toBeVisible();

  // DRAFT: a measure from an idea for the same goal
  await steps.openStep(/Draft/);
  const plan = page.getByRole('region', { name: 'Goal for Financial model' });
  await plan.getByRole('button', { name: 'Add a measure from an idea' }).click();
  const measureIdeas = plan.getByRole('region', { name: 'Ideas for measures on Financial model' });
  await expect(measureIdeas.getByLabel('Dimension')).toHaveValue('finance');
  expect(await seriousViolations(page), 'draft with the idea picker open').toEqual([]);
  await measureIdeas.getByRole('button', { name: 'Add as measure: Create a funding pipeline' }).click();
  const measure = page.getByRole('article', { name: /^Measure 1: Create a funding pipeline/ });
  await expect(measure.getByText('From the idea library: Create a funding pipeline')).toBeVisible();
  await expect(measure.getByLabel('What will be done')).toBeFocused();
  await measure.getByLabel('What will be done').fill('Create a funding pipeline with 5 foundations');
  await measure.getByLabel('Owner (one person or organisation)').fill('Regional social policy centre');
  await measure.getByLabel('Start').fill('2026-05-01');
  await measure.getByLabel('Due', { exact: true }).fill('2026-12-31');
  await expect(measure.getByText('on 31 May 2026')).toBeVisible();
  await new AppPage(page).waitSaved();

  // Kept after a reload, with their origin
  await page.reload();
  const reloaded = page.getByRole('article', { name: 'Measure 1: Create a funding pipeline with 5 foundations' });
  await expect(reloaded.getByText('From the idea library: Create a funding pipeline')).toBeVisible();
  await expect(reloaded.getByLabel('Milestone 1: what is done by then')).toHaveValue('List of 20 possible funders ready');
  await steps.openStep(/Goals/);
  await expect(page.getByLabel('Goal statement').first()).toHaveValue('Build a reserve that covers 3 months of fixed costs.');
  await expect(page.getByText('From the idea library: An operating reserve')).toBeVisible();

  // The summary shows the plan as adapted
  await page.getByRole('link', { name: 'Summary' }).click();
  const summary = page.locator('main');
  await expect(summary.getByText('By 30 June 2027: Build a reserve that covers 3 months of fixed costs.').first()).toBeVisible();
  await expect(summary.getByRole('rowheader', { name: /Create a funding pipeline with 5 foundations/ }).first()).toBeVisible();

  // The exported plan carries the adapted goal and measure
  await page.getByRole('button', { name: 'Export…' }).click();
  const menu = page.getByRole('group', { name: /^Export “/ });
  const downloading = page.waitForEvent('download');
  await menu.getByRole('button', { name: 'Markdown (.md)' }).click();
  const markdown = await readFile(await (await downloading).path(), 'utf8');
  expect(markdown).toContain('Build a reserve that covers 3 months of fixed costs.');
  expect(markdown).toContain('Create a funding pipeline with 5 foundations');
});

test('the library page lists every idea read-only and finds them without accents', async ({ page }) => {
  await page.goto('./#/library');
  const library = page.getByRole('region', { name: 'Ideas for goals and measures' });
  await expect(library.getByRole('status')).toHaveText('97 ideas');
  await expect(library.getByRole('button', { name: /^Use as goal|^Add as measure/ })).toHaveCount(0);
  expect(await seriousViolations(page), 'library page').toEqual([]);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Polski' }).click();
  const polish = page.getByRole('region', { name: 'Pomysły na cele i działania' });
  await polish.getByLabel('Szukaj pomysłów').fill('okragle stoly');
  await expect(polish.getByRole('heading', { level: 3 })).toHaveText(['Regularne okrągłe stoły partnerów', 'Przeprowadzić 3 okrągłe stoły partnerów']);
});

for (const [language, button] of [
  ['en', 'English'],
  ['pl', 'Polski'],
] as const) {
  test(`screenshots of the idea picker and the idea library (${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    await mkdir(SHOTS, { recursive: true });
    const steps = await assessmentWithFocus(page, 'Klaster Pomorski');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const texts =
      language === 'en'
        ? { goals: /Goals/, draft: /Draft/, start: 'Start from an idea', use: /^Use as goal: /, fromIdea: 'Add a measure from an idea', add: /^Add as measure: / }
        : { goals: /Cele/, draft: /Opracuj/, start: 'Zacznij od pomysłu', use: /^Użyj jako celu: /, fromIdea: 'Skorzystaj z pomysłu na działanie', add: /^Dodaj jako działanie: / };

    await steps.openStep(texts.goals);
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: texts.start }).click();
    for (const [name, size] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await card.locator('.idea-panel').screenshot({ path: `${SHOTS}/goals-picker-${language}-${name}.png` });
      await page.screenshot({ path: `${SHOTS}/goals-picker-${language}-${name}-screen.png` });
    }
    await page.setViewportSize(LAPTOP);
    await card.getByRole('button', { name: texts.use }).first().click();
    await expect(card.locator('.idea-origin')).toBeVisible();
    await dismissNotices(page);
    await card.screenshot({ path: `${SHOTS}/goals-card-from-idea-${language}.png` });

    await steps.openStep(texts.draft);
    const plan = page.getByRole('region').filter({ has: page.getByRole('button', { name: texts.fromIdea }) }).first();
    await plan.getByRole('button', { name: texts.fromIdea }).click();
    await plan.locator('.idea-panel').screenshot({ path: `${SHOTS}/draft-picker-${language}-laptop.png` });
    await plan.getByRole('button', { name: texts.add }).first().click();
    await expect(page.getByRole('article').first().locator('.idea-origin')).toBeVisible();
    await dismissNotices(page);
    await page.getByRole('article').first().screenshot({ path: `${SHOTS}/draft-measure-from-idea-${language}.png` });
    expect(await seriousViolations(page), `draft with a measure from an idea (${language})`).toEqual([]);

    await page.goto('./#/library');
    await expect(page.locator('.idea-library h2')).toBeVisible();
    for (const [name, size] of [
      ['laptop', LAPTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await page.locator('.idea-library').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/library-${language}-${name}.png` });
    }
  });
}
