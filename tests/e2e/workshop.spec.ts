import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';
import { WorkshopPage } from './page-models/workshop-page';

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
/** Five participants; three from the public sector so that its view is shown, two from academia (hidden). */
const PEOPLE = [
  { name: 'Anna', sector: 'Public sector' },
  { name: 'Ben', sector: 'Public sector' },
  { name: 'Celina', sector: 'Public sector' },
  { name: 'Dawid', sector: 'Academia and research' },
  { name: 'Ewa', sector: 'Academia and research' },
];
const SHOTS = '/tmp/shots-workshop';

/** Participant i's answer: baseline of the financial model 1…5 (spread 4), everything else close together. */
function answer(person: number, dimension: number, profile: 'Baseline' | 'Ideal'): string {
  if (profile === 'Baseline' && DIMENSIONS[dimension] === 'Financial model') return SCALE[person] ?? '';
  const base = profile === 'Baseline' ? 3 : 4;
  return SCALE[base - 1 + ((person + dimension) % 2)] ?? '';
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${String(width)}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('five participants rate privately on one laptop, the facilitator reveals, and the agreed value reaches DECIDE', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  const workshop = new WorkshopPage(page);
  await app.gotoHome();
  await app.createAssessment('Workshop cluster');
  await workshop.open();
  const id = /#\/a\/([^/]+)\/workshop/.exec(page.url())?.[1] ?? '';

  for (const p of PEOPLE) await workshop.addParticipant(p.name, p.sector);
  await expect(page.getByText('5 participants on the list')).toBeVisible();

  // Pass the laptop: each participant picks their name and rates all 8 dimensions alone
  await workshop.startPrivateScoring();
  for (const [i, p] of PEOPLE.entries()) {
    await workshop.pick(p.name);
    // Nobody's earlier answers are on this form, and no group figure is anywhere on the page
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    for (const [d, dimension] of DIMENSIONS.entries()) {
      await workshop.rate(dimension, 'Baseline', answer(i, d, 'Baseline'));
      await workshop.rate(dimension, 'Ideal', answer(i, d, 'Ideal'));
    }
    await expect(page.getByText('You have answered all 16 ratings. Thank you!')).toBeVisible();
    if (i === 0) await shoot(page, 'private-form-en');
    await workshop.handOver();
  }
  await expect(workshop.region('Whose turn is it?').getByRole('button', { name: /: all rated$/ })).toHaveCount(5);
  await workshop.endPrivateScoring();

  // Before the reveal: progress only
  await expect(workshop.region('Participants').getByText('16 of 16 ratings')).toHaveCount(5);
  await expect(page.getByText('5 of 5 participants have rated everything.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await app.waitSaved();
  expect(await seriousViolations(page), 'workshop before the reveal').toEqual([]);
  await shoot(page, 'before-reveal-en');

  await workshop.revealAll();
  const discuss = workshop.region('Discuss first');
  await expect(discuss.getByRole('listitem')).toHaveText(['Financial model – 4 points apart']);
  const results = 'Group ratings per dimension: Baseline';
  await expect(workshop.row(results, 'Financial model').getByRole('cell')).toHaveText(['3', '3', '1–5', '5', '0', '0', '⚑ Discuss']);
  await expect(workshop.row('Median per sector: Baseline', 'Financial model').getByRole('cell')).toHaveText(['2']);

  // Consensus for the flagged dimension: the group settles on 2
  await workshop.setAgreed('Financial model', 'baseline', '2 – rather low');
  await expect(page.getByText('Steps use: 2 (agreed)')).toBeVisible();
  await app.waitSaved();
  expect(await seriousViolations(page), 'workshop after the reveal').toEqual([]);
  await shoot(page, 'after-reveal-en');

  // On a phone the long tables scroll inside their own boxes; the page itself never scrolls sideways
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('table', { name: 'Median and agreed value per dimension' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/after-reveal-en-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // DECIDE uses the agreed value for the financial model and the median elsewhere
  await page.goto(`./#/a/${id}/decide`);
  const gap = page.getByRole('table', { name: 'Baseline, ideal and gap' });
  await expect(gap.getByRole('row', { name: /^Financial model/ }).getByRole('cell').nth(0)).toHaveText('2 (agreed; median 3)');
  await expect(gap.getByRole('row', { name: /^Membership model/ }).getByRole('cell').nth(0)).toHaveText('3 (group median)');
  await expect(gap.getByRole('row', { name: /^Financial model/ }).getByRole('cell').nth(1)).toHaveText('4 (group median)');
  // The gap is computed from the agreed baseline: 4 − 2
  await expect(gap.getByRole('row', { name: /^Financial model/ }).getByRole('cell').nth(2)).toHaveText('2');

  // The same page in Polish
  await steps.openStep('Workshop');
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Warsztat' })).toBeVisible();
  await expect(page.getByText('Model finansowy – rozrzut 4 punktów')).toBeVisible();
  expect(await seriousViolations(page), 'workshop after the reveal, in Polish').toEqual([]);
  await shoot(page, 'after-reveal-pl');
  await page.getByRole('button', { name: 'Zakryj ponownie na nową rundę' }).click();
  await page.getByRole('button', { name: 'Rozpocznij poufną ocenę indywidualną' }).click();
  await shoot(page, 'cover-pl');
  await page.getByRole('button', { name: /^Anna: / }).click();
  await shoot(page, 'private-form-pl');
});
