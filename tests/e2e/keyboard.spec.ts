import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/**
 * The whole five-step flow with the keyboard alone: no click, no fill. The test moves with Tab (as a
 * user would) until the wanted control has the focus, then types, presses Enter or Space, or uses the
 * arrow keys inside a radio group. Every focused control must show a visible focus indicator.
 */

const MAX_TABS = 400;

/** Presses Tab until the locator's element has the focus (fails after MAX_TABS presses). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < MAX_TABS; i += 1) {
    if (await handle.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

/** The focused element shows an outline or a box shadow (the app's :focus-visible style). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const visible = await page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
  expect(visible, 'the focused control shows where the focus is').toBe(true);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Selects a score in a dimension's radio group: Tab into the group, then arrow keys to the value. */
async function rateWithKeys(page: Page, card: Locator, score: number): Promise<void> {
  await tabTo(page, card.getByRole('radio', { name: '1 – low', exact: true }));
  await page.keyboard.press('Space');
  for (let i = 1; i < score; i += 1) await page.keyboard.press('ArrowRight');
}

test('the five steps can be done with the keyboard alone, with the focus always visible', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Create
  await tabTo(page, page.getByRole('link', { name: 'New assessment' }).first());
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Cluster name'), 'Keyboard cluster');
  await tabTo(page, page.getByRole('button', { name: 'Create and open' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard cluster' })).toBeVisible();

  // DESCRIBE: one resource note and all eight baselines
  await typeInto(page, page.getByLabel('People and skills'), 'Two coordinators');
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(8);
  for (const [i, card] of (await cards.all()).entries()) await rateWithKeys(page, card, (i % 3) + 1);
  // Financial model is the fifth card: score (4 % 3) + 1 = 2, chosen with the arrow keys
  await expect(page.getByRole('table', { name: 'Baseline profile' }).getByRole('row', { name: /^Financial model/ })).toContainText('2');

  // DEFINE
  const nav = page.getByRole('navigation', { name: 'Steps of the method' });
  await tabTo(page, nav.getByRole('link', { name: /Define/ }));
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Which problem is the cluster here to solve?'), 'Social enterprises stay small and alone.');
  await expect(page.getByRole('article')).toHaveCount(8);
  for (const card of await page.getByRole('article').all()) await rateWithKeys(page, card, 5);

  // DECIDE: three focus dimensions with Space
  await tabTo(page, nav.getByRole('link', { name: /Decide/ }));
  await page.keyboard.press('Enter');
  for (const name of ['Financial model', 'Coordinating body', 'Portfolio of services']) {
    await tabTo(page, page.getByRole('checkbox', { name: `Focus on ${name}` }));
    await page.keyboard.press('Space');
  }
  await expect(page.getByRole('checkbox', { name: 'Focus on Financial model' })).toBeChecked();

  // GOALS: a statement for the financial model
  await tabTo(page, nav.getByRole('link', { name: /Goals/ }));
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Goal statement').first(), 'Three income sources, none above 40 % of the budget.');

  // DRAFT: a measure with an owner
  await tabTo(page, nav.getByRole('link', { name: /Draft/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Add measure' }).first());
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('What will be done').first(), 'Ask five foundations for co-funding');
  await typeInto(page, page.getByLabel(/^Owner/).first(), 'Anna Nowak');

  // The summary shows what was typed
  await tabTo(page, nav.getByRole('link', { name: 'Summary' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Three income sources, none above 40 % of the budget').first()).toBeVisible();
  await expect(page.getByText('Anna Nowak').first()).toBeVisible();
});
