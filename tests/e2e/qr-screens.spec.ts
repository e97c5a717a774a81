import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chromium, expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { AppPage } from './page-models/app-page';

const SHOTS = '/tmp/shots-qr';
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
] as const;
const TEXT = {
  en: { scan: 'Scan ballots', stop: 'Stop scanning', handIn: 'Hand in', name: 'Your name or a label', code: 'Your ballot as a QR code', failed: 'This join link cannot be opened' },
  pl: { scan: 'Skanuj karty oceny', stop: 'Zakończ skanowanie', handIn: 'Oddaj kartę', name: 'Imię i nazwisko lub oznaczenie', code: 'Twoja karta oceny jako kod QR', failed: 'Nie można otworzyć tego linku' },
} as const;

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${name}: page width`).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
}

test('the join panel, the scanner, the hand-in code and a failed join pass axe in English and Polish at phone and laptop sizes', async ({ baseURL }) => {
  test.setTimeout(240_000);
  await mkdir(SHOTS, { recursive: true });
  // A fake camera (Chromium's moving test pattern) so that the scanner runs.
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
  try {
    const context = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB', bypassCSP: true, permissions: ['camera'] });
    const page = await context.newPage();
    const app = new AppPage(page);
    await app.gotoHome();
    await app.createAssessment('Kaszubski Klaster Ekonomii Społecznej i Innowacji', { region: 'Województwo pomorskie' });
    const id = /#\/a\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    await page.goto(`./#/a/${id}/workshop`);
    const link = (await page.locator('.join-panel output').textContent()) ?? '';

    for (const language of ['en', 'pl'] as const) {
      if (language === 'pl') {
        await page.goto('./');
        await page.getByRole('button', { name: 'Polski' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
      }
      const t = TEXT[language];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const tag = `${language}-${String(size.width)}x${String(size.height)}`;
        await page.goto(`./#/a/${id}/workshop`);
        const panel = page.locator('.join-panel');
        await expect(panel.locator('svg.qr-code')).toBeVisible();
        await panel.scrollIntoViewIfNeeded();
        await check(page, `${tag}-join-panel`);
        await page.getByRole('button', { name: t.scan }).click();
        await expect(page.locator('video.scan-video')).toBeVisible();
        await page.locator('video.scan-video').scrollIntoViewIfNeeded();
        await check(page, `${tag}-scanner`);
        await page.getByRole('button', { name: t.stop }).click();

        // The presentation is made for projectors (present.spec.ts checks it at 1920×1080 and 1280×720).
        if (size.width >= 1280) {
          await page.goto(`./#/a/${id}/present/join`);
          await expect(page.locator('.present-body svg.qr-code')).toBeVisible();
          await check(page, `${tag}-present-join`);
        }

        await page.goto(link);
        await expect(page.getByLabel(t.name)).toBeVisible();
        await page.getByLabel(t.name).fill('Łucja Żółkiewska-Gęślińska');
        await page.getByRole('button', { name: t.handIn, exact: true }).click();
        const code = page.getByRole('img', { name: t.code });
        await expect(code).toBeVisible();
        await code.scrollIntoViewIfNeeded();
        await check(page, `${tag}-hand-in`);

        await page.goto('./#/join/damaged');
        await expect(page.getByRole('heading', { name: t.failed })).toBeVisible();
        await check(page, `${tag}-join-failed`);
      }
    }
  } finally {
    await browser.close();
  }
});
