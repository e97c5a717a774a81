import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

const SHOTS = '/tmp/shots-present';
const VIEWS = ['describe', 'define', 'decide', 'goals', 'draft', 'group', 'discuss', 'join'] as const;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

const QUESTIONS = {
  en: ['Where does our cluster stand today?', 'Where do we want it to be?', 'Where do we focus first?', 'What exactly do we want to achieve?', 'Who does what, and by when?', 'How does the room see it?', 'Where do we disagree?', 'Scan the code to rate on your phone'],
  pl: ['Gdzie jest dziś nasz klaster?', 'Dokąd chcemy dojść?', 'Od czego zaczynamy?', 'Co dokładnie chcemy osiągnąć?', 'Kto, co i do kiedy?', 'Jak widzi to grupa?', 'W czym się różnimy?', 'Zeskanujcie kod i oceniajcie na telefonach'],
} as const;

const question = (page: Page) => page.getByRole('heading', { level: 1 });

test('the stepper opens the presentation on the current step; keys move through the views and Escape returns', async ({ page }) => {
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  await app.createAssessment('Projector cluster');
  await steps.rate('Financial model', '2 – rather low');
  await steps.rate('Membership model', '4 – rather high');
  await steps.rate('Coordinating body', '3 – medium');
  await app.waitSaved();
  await steps.openStep(/Define/);

  await page.getByRole('link', { name: 'Present on a projector' }).click();
  await expect(page).toHaveURL(/#\/a\/[\w-]+\/present\/define$/);
  await expect(question(page)).toHaveText('Where do we want it to be?');
  await expect(page.getByText('Projector cluster')).toBeVisible();
  await expect(page.getByText('2 / 8')).toBeVisible();
  const figure = page.getByRole('figure', { name: /Spider diagram of the baseline and the ideal/ });
  await expect(figure.locator('.radar-series[data-series="baseline"] .radar-dot')).toHaveCount(3);
  // The app's header makes way for the presentation.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  await page.keyboard.press('ArrowLeft');
  await expect(question(page)).toHaveText('Where does our cluster stand today?');
  await expect(page.getByText('1 / 8')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(question(page)).toHaveText('Where do we focus first?');
  await expect(page).toHaveURL(/present\/decide$/);
  await page.keyboard.press('7');
  await expect(question(page)).toHaveText('Where do we disagree?');
  await page.goBack();
  await expect(question(page)).toHaveText('Where do we focus first?');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(question(page)).toHaveText('Where do we want it to be?');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/a\/[\w-]+\/define$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Projector cluster' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

/** The v2 fixture with livelier participant ratings: some dimensions agree, some spread over the whole scale. */
async function workshopBackup(file: string): Promise<string> {
  const assessment = JSON.parse(await readFile(join(import.meta.dirname, '..', 'fixtures', 'schema-v2.json'), 'utf8')) as {
    id: string;
    name: string;
    workshop: { revealed: boolean };
    participants: { id: string }[];
    dimensions: Record<string, { participantRatings: { participantId: string; baseline: { value: unknown; note: string }; ideal: { value: unknown; note: string } }[] }>;
  };
  const ratings: Record<string, [unknown, unknown][]> = {
    membership: [[3, 5], [3, 4], [4, 5], [3, 5]],
    composition: [[2, 4], [4, 5], [3, 5], [3, 4]],
    operations: [[1, 4], [3, 4], [5, 5], ['unknown', 4]],
    coordination: [[2, 4], [2, 5], [1, 4], [2, 4]],
    finance: [[1, 4], [2, 5], [4, 4], [1, 3]],
    services: [[3, 5], [3, 4], [4, 5], [3, 5]],
    purpose: [['na', 5], [4, 5], [2, 5], [3, 4]],
    collaboration: [[4, 4], [3, 5], [4, 4], [4, 5]],
  };
  for (const [dimension, values] of Object.entries(ratings)) {
    const record = assessment.dimensions[dimension];
    if (!record) throw new Error(`fixture lacks ${dimension}`);
    record.participantRatings = assessment.participants.map((p, i) => ({
      participantId: p.id,
      baseline: { value: values[i]?.[0] ?? null, note: '' },
      ideal: { value: values[i]?.[1] ?? null, note: '' },
    }));
  }
  assessment.workshop.revealed = true;
  assessment.name = 'Pomorskie Social Economy Cluster';
  await writeFile(file, JSON.stringify({ format: 'csei-navigator', formatVersion: 1, appVersion: '1.0.0', exportedAt: '2026-05-20T18:00:00.000Z', assessments: [assessment] }));
  return assessment.id;
}

test('every view fits 1920×1080 and 1280×720 in English and Polish, in large type, without serious axe findings', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await mkdir(SHOTS, { recursive: true });
  const file = testInfo.outputPath('workshop.json');
  const id = await workshopBackup(file);
  const app = new AppPage(page);
  await app.gotoHome();
  await page.getByLabel('Import backup…').setInputFiles(file);
  await expect(page.getByText('Import finished: 1 added, 0 kept as copies, 0 already here.')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();

  for (const language of ['en', 'pl'] as const) {
    if (language === 'pl') {
      await page.goto('./');
      await page.getByRole('button', { name: 'Polski' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    }
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(`./#/a/${id}/present/describe`);
      for (const [index, view] of VIEWS.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`present/${view}$`));
        await expect(question(page)).toHaveText(QUESTIONS[language][index] ?? '');
        if (view === 'discuss') await expect(page.getByRole('table')).toBeVisible();
        else if (view === 'join') await expect(page.locator('.present-body svg.qr-code')).toBeVisible();
        else await expect(page.locator('.present-body svg.recharts-surface')).toBeVisible();
        if (view === 'group') await expect(page.locator('.radar-band-area')).toBeVisible();
        const name = `${language}-${String(size.width)}x${String(size.height)}-${String(index + 1)}-${view}`;
        await page.screenshot({ path: join(SHOTS, `${name}.png`) });

        const fit = await page.evaluate(() => ({
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          innerHeight: window.innerHeight,
          innerWidth: window.innerWidth,
          questionPx: Number.parseFloat(getComputedStyle(document.querySelector('h1') ?? document.body).fontSize),
        }));
        expect(fit.scrollHeight, `${name}: page height`).toBeLessThanOrEqual(fit.innerHeight);
        expect(fit.scrollWidth, `${name}: page width`).toBeLessThanOrEqual(fit.innerWidth);
        expect(fit.questionPx, `${name}: key question size`).toBeGreaterThanOrEqual(size.height >= 1080 ? 40 : 32);
        // Nothing of the presentation (buttons, legend, labels) is pushed off the screen.
        const offscreen = await page.locator('.present-nav button, .radar-legend-item, text.radar-axis-label').evaluateAll((els) =>
          els.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1 || r.top < -1 || r.left < -1;
          }).length,
        );
        expect(offscreen, `${name}: elements off screen`).toBe(0);
        if (size.width === 1280) expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
      }
    }
  }
});

test('the group view says the ratings are hidden before the reveal; the Leave button returns to the workshop page', async ({ page }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Hidden round');
  const id = /#\/a\/([\w-]+)\//.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/a/${id}/present/group`);
  await expect(question(page)).toHaveText('How does the room see it?');
  await expect(page.getByText('Ratings are hidden until the facilitator reveals them.')).toBeVisible();
  await expect(page.locator('svg.recharts-surface')).toHaveCount(0);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'en-hidden-group.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page).toHaveURL(/#\/a\/[\w-]+\/workshop$/);
});
