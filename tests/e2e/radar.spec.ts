import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

const figure = (page: Page) => page.locator('figure.radar-figure');
const dots = (page: Page, series: string) => figure(page).locator(`.radar-series[data-series="${series}"] .radar-dot`);
const notRated = (page: Page) => figure(page).locator('text.radar-axis-label', { hasText: 'not rated' });

/** Distance of one dimension's dot from the centre of the plot (the middle of the outer ring). */
async function dotRadius(page: Page, dimension: string): Promise<number> {
  return figure(page).evaluate((fig, id) => {
    const ring = [...fig.querySelectorAll('.recharts-polar-grid-concentric-polygon')].pop()?.getBoundingClientRect();
    const dot = fig.querySelector(`.radar-series[data-series="baseline"] .radar-dot[data-dimension="${id}"]`)?.getBoundingClientRect();
    if (!ring || !dot) return -1;
    return Math.hypot(dot.x + dot.width / 2 - (ring.x + ring.width / 2), dot.y + dot.height / 2 - (ring.y + ring.height / 2));
  }, dimension);
}

test('the radar follows the baseline as it is rated in DESCRIBE; Recharts is not loaded on the home screen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  await app.gotoHome();
  // Recharts (the radar-chart-* chunk) comes only with a chart. The workspace's own code, with the small
  // radar wrappers, may be fetched ahead while the home screen is idle (src/app/prefetch.ts).
  expect(scripts.filter((url) => /radar-chart/.test(url)), 'Recharts on the home screen').toEqual([]);

  await app.createAssessment('Radar cluster');
  await expect(page.getByRole('figure', { name: 'Spider diagram of the baseline (1 = low, 5 = high)' }).getByRole('img')).toBeVisible();
  expect(scripts.filter((url) => /responsive-radar-|radar-chart-/.test(url))).toHaveLength(2);
  await expect(dots(page, 'baseline')).toHaveCount(0);
  await expect(notRated(page)).toHaveCount(8);

  await steps.rate('Financial model', '3 – medium');
  await expect(dots(page, 'baseline')).toHaveCount(1);
  await expect(notRated(page)).toHaveCount(7);
  const atThree = await dotRadius(page, 'finance');
  await steps.rate('Membership model', '2 – rather low');
  await expect(dots(page, 'baseline')).toHaveCount(2);
  await expect(figure(page).locator('.radar-polygon')).toHaveCount(0);

  await steps.rate('Financial model', '5 – high');
  await expect.poll(() => dotRadius(page, 'finance')).toBeGreaterThan(atThree * 1.5);

  await steps.rateAll('4 – rather high');
  await expect(dots(page, 'baseline')).toHaveCount(8);
  await expect(figure(page).locator('.radar-series[data-series="baseline"] polygon.radar-polygon')).toHaveAttribute('points', /^(\S+ ){7}\S+$/);
  await expect(notRated(page)).toHaveCount(0);

  // "Not applicable" is not a number: its dot goes, the polygon opens, and the axis says so.
  await steps.card('Portfolio of services').getByRole('radio', { name: 'Not applicable' }).check();
  await expect(dots(page, 'baseline')).toHaveCount(7);
  await expect(figure(page).locator('.radar-polygon')).toHaveCount(0);
  // …and names the answer: "not applicable", never "not rated".
  await expect(notRated(page)).toHaveCount(0);
  await expect(figure(page).locator('text.radar-axis-label', { hasText: 'not applicable' })).toHaveText([/^Portfolio of/]);
  await expect(page.getByRole('table', { name: 'Baseline profile' }).getByRole('row', { name: /Portfolio of services/ })).toContainText('n/a');

  expect(await seriousViolations(page)).toEqual([]);
});

type Box = { x: number; y: number; right: number; bottom: number; text: string };

/** The boxes of the svg and of every axis and legend label, as drawn. */
async function drawnBoxes(page: Page): Promise<{ svg: Box; labels: Box[]; legend: Box[]; viewport: number }> {
  return figure(page).evaluate((fig) => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, right: r.right, bottom: r.bottom, text: el.textContent };
    };
    const svg = fig.querySelector('svg.recharts-surface');
    if (!svg) throw new Error('no chart');
    return {
      svg: box(svg),
      labels: [...fig.querySelectorAll('text.radar-axis-label')].map(box),
      legend: [...fig.querySelectorAll('.radar-legend text')].map(box),
      viewport: document.documentElement.clientWidth,
    };
  });
}

async function expectNothingClipped(page: Page, where: string): Promise<void> {
  await expect(figure(page).locator('text.radar-axis-label')).toHaveCount(8);
  const { svg, labels, legend, viewport } = await drawnBoxes(page);
  expect(svg.right, `${where}: chart wider than the screen`).toBeLessThanOrEqual(viewport);
  for (const label of [...labels, ...legend]) {
    const inside = label.x >= svg.x && label.y >= svg.y && label.right <= svg.right && label.bottom <= svg.bottom;
    expect(inside, `${where}: "${label.text}" ${JSON.stringify(label)} outside ${JSON.stringify(svg)}`).toBe(true);
  }
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      const overlap = a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;
      expect(overlap, `${where}: "${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  }
}

test.describe('Polish axis labels', () => {
  test.use({ locale: 'pl-PL' });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`are never clipped at ${String(viewport.width)}×${String(viewport.height)}, with focus frames and "not rated" notes`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const steps = new StepsPage(page);
      await page.goto('./');
      await page.getByRole('button', { name: 'Wczytaj przykład' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Pomorski Klaster Ekonomii Społecznej (przykład)' })).toBeVisible();

      // Two baselines cleared: the longest labels then carry a "Punkt wyjścia: brak oceny" note, one of them framed as a focus.
      await steps.openStep(/Opisz/);
      for (const name of ['Model operacyjny (własność i zarządzanie)', 'Model finansowy']) {
        await steps.card(name).getByRole('button', { name: 'Wyczyść ocenę' }).click();
      }
      await expect(figure(page).getByRole('img', { name: /Diagram pajęczy punktu wyjścia/ })).toBeVisible();
      await expectNothingClipped(page, 'DESCRIBE');

      await steps.openStep(/Zdecyduj/);
      await expect(figure(page).getByRole('img', { name: /z zaznaczonymi wymiarami priorytetowymi/ })).toBeVisible();
      await expect(figure(page).locator('.radar-axis.is-focus')).toHaveCount(3);
      await expect(figure(page).locator('text.radar-axis-label', { hasText: 'brak oceny' })).toHaveCount(2);
      await expectNothingClipped(page, 'DECIDE');
      expect(await seriousViolations(page)).toEqual([]);

      await steps.openStep(/Zdefiniuj/);
      await expect(figure(page).getByRole('img', { name: /punktu wyjścia i\sprofilu docelowego/ })).toBeVisible();
      await expectNothingClipped(page, 'DEFINE');
    });
  }
});
