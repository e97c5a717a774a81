import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';

/**
 * No network, no leaks: a whole journey through the built app (a new assessment rated, the worked example through every step, the workshop,
 * the presentation, the library, every export, an import, an offline reload) breaks no rule of the
 * Content-Security-Policy and asks nothing of any origin but the app's own.
 */

// The suite bypasses the policy so that axe can be injected; here the page's own policy applies.
test.use({ bypassCSP: false });

const EXAMPLE = 'Pomeranian Social Economy Cluster (example)';
const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Records CSP violations in the page, across reloads. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const key = 'csp-violations';
    document.addEventListener('securitypolicyviolation', (e) => {
      const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${String(e.lineNumber)} ${e.sample}`);
      sessionStorage.setItem(key, JSON.stringify(list));
    });
  });
}

const violations = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('csp-violations') ?? '[]') as string[]);

test('a whole journey makes no request to another origin and breaks no rule of the security policy', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const own = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const foreign: string[] = [];
  const requests: string[] = [];
  const watch = (r: Request) => {
    const url = r.url();
    requests.push(url);
    if (!/^(blob|data):/.test(url) && new URL(url).origin !== own) foreign.push(url);
  };
  context.on('request', watch);
  await recordViolations(page);
  const app = new AppPage(page);

  await app.gotoHome();
  await app.waitForServiceWorker();
  // A new assessment, rated in DESCRIBE and DEFINE and saved
  await app.createAssessment('Private cluster');
  const steps = new StepsPage(page);
  await steps.openStep(/Describe/);
  await steps.rateAll('3 – medium');
  await steps.openStep(/Define/);
  await steps.rateAll('5 – high');
  await app.waitSaved();
  // The worked example through every step
  await app.gotoHome();
  await page.getByRole('button', { name: 'Load example' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Steps of the method' });
  for (const link of await nav.getByRole('list').first().getByRole('link').all()) {
    await link.click();
    await expect(page.locator('#step-title')).toBeVisible();
    // Open a guidance panel where the step has one: the library's cases and EU figures load inside it
    const panel = page.locator('details.guidance-panel > summary');
    if ((await panel.count()) > 0) await panel.first().click();
  }
  await nav.getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Workshop' })).toBeVisible();
  await nav.getByRole('link', { name: 'Present on a projector' }).click();
  await expect(page.getByText('6 / 8')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('7 / 8')).toBeVisible();
  // The Join view draws the join link's QR code (lean-qr, loaded then).
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('8 / 8')).toBeVisible();
  await expect(page.getByRole('img', { name: /^QR code of the join link/ })).toBeVisible();
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page).toHaveURL(/\/workshop$/);

  // Every export of the summary's menu
  await nav.getByRole('link', { name: 'Summary' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const menu = page.getByRole('group', { name: /^Export “/ });
  let jsonPath = '';
  for (const format of await menu.getByRole('button').all()) {
    const downloading = page.waitForEvent('download');
    await format.click();
    const download = await downloading;
    if (download.suggestedFilename().endsWith('_assessment.json')) jsonPath = await download.path();
  }
  expect(jsonPath).not.toBe('');

  // An import, the library, and an offline reload
  await app.gotoHome();
  await page.getByLabel('Import backup…').setInputFiles(jsonPath);
  await expect(page.getByText(/^Import finished/)).toBeVisible();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Knowledge library' })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Knowledge library' })).toBeVisible();
  await context.setOffline(false);

  expect(await violations(page)).toEqual([]);
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(20);
  process.stdout.write(`privacy journey: ${String(requests.length)} requests, ${String(foreign.length)} to other origins, 0 CSP violations\n`);
});

test('the built files name no remote script, style or font: only XML namespaces carry http(s) addresses', () => {
  // Namespaces and standards identifiers in SVG, Office Open XML (docx) and the like are names, not requests.
  const allowed = [
    /^http:\/\/www\.w3\.org\//,
    /^https?:\/\/schemas\.openxmlformats\.org\//,
    /^https?:\/\/schemas\.microsoft\.com\//,
    /^http:\/\/purl\.org\//,
    /^http:\/\/ns\.adobe\.com\//,
    /^https?:\/\/(www\.)?w3\.org\//,
    /^http:\/\/purl\.oclc\.org\/ooxml\//,
  ];
  // Links inside libraries' error messages and comments: text shown to developers, never requested
  // (the journey above proves that no request leaves the app's origin).
  const documentation = [
    /^https:\/\/react\.dev\/errors\//,
    /^https:\/\/react\.i18next\.com\//,
    /^https:\/\/redux(-toolkit)?\.js\.org\/Errors/,
    /^https?:\/\/bit\.ly\//,
    /^https:\/\/tinyurl\.com\//,
    /^https:\/\/answers\.microsoft\.com\//,
  ];
  const files = readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f));
  const found = new Map<string, string>();
  for (const file of [...files, join(dist, 'index.html'), join(dist, 'sw.js')]) {
    if (!/\.(js|css|html)$/.test(file)) continue;
    for (const [url] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
      if (![...allowed, ...documentation].some((a) => a.test(url))) found.set(url, file.replace(dist, 'dist'));
    }
  }
  expect(Object.fromEntries(found)).toEqual({});
});
