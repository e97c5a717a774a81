// Takes screenshots of the built app (served by `npm run preview`) in both languages at laptop,
// projector and phone sizes, for a person to look at. Usage: node scripts/screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const sizes = { laptop: { width: 1280, height: 720 }, projector: { width: 1920, height: 1080 }, phone: { width: 390, height: 844 } };

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const lang of ['en', 'pl']) {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    const context = await browser.newContext({ viewport, locale: lang === 'pl' ? 'pl-PL' : 'en-GB' });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: `${out}/${lang}-${sizeName}-home-empty.png`, fullPage: true });
    await page.goto(`${base}#/new`);
    await page.locator('#new-name').fill(lang === 'pl' ? 'Pomorski Klaster Ekonomii Społecznej' : 'Pomeranian Social Economy Cluster');
    await page.locator('#new-region').fill('Pomorskie');
    await page.locator('#new-facilitator').fill('Anna Nowak');
    await page.screenshot({ path: `${out}/${lang}-${sizeName}-create.png`, fullPage: true });
    await page.locator('form button[type=submit]').click();
    await page.locator('.stepper').waitFor();
    await page.screenshot({ path: `${out}/${lang}-${sizeName}-workspace.png`, fullPage: true });
    await page.goto(base);
    await page.locator('.assessment-card').first().waitFor();
    await page.screenshot({ path: `${out}/${lang}-${sizeName}-home-list.png`, fullPage: true });
    await context.close();
  }
}
await browser.close();
console.log(`screenshots written to ${out}/`);
