import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chromium, expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { AppPage } from './page-models/app-page';
import { BallotPage } from './page-models/ballot-page';
import { qrFrameLuma, y4mVideo } from './qr-frames';

/** The join link the workshop page shows under its QR code. */
async function joinLinkOf(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: 'Join by QR code' });
  await expect(panel.getByRole('img', { name: /^QR code of the join link/ })).toBeVisible();
  const link = (await panel.locator('output').textContent()) ?? '';
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/join\/[A-Za-z0-9_-]+$/);
  return link;
}

test('a phone joins by the link, rates, keeps its ratings over a reload and hands in; the laptop camera merges the ballot', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  // The facilitator's laptop: a Chromium whose camera plays a video file, written once the ballot's code exists.
  const video = testInfo.outputPath('ballot-code.y4m');
  await writeFile(video, y4mVideo(Buffer.alloc(640 * 480, 176), 1));
  const laptop = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const context = await laptop.newContext({ baseURL: baseURL ?? '', locale: 'en-GB', bypassCSP: true, permissions: ['camera'] });
    const page = await context.newPage();
    const app = new AppPage(page);
    await app.gotoHome();
    await app.createAssessment('Kaszubski Klaster Ekonomii Społecznej', { region: 'Pomorskie' });
    const id = /#\/a\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    await page.goto(`./#/a/${id}/workshop`);
    const link = await joinLinkOf(page);
    // Served from 127.0.0.1: the page says phones cannot reach it.
    await expect(page.getByRole('note').filter({ hasText: 'only this computer can open' })).toBeVisible();
    const version = Number(await page.getByRole('img', { name: /^QR code of the join link/ }).getAttribute('data-qr-version'));
    expect(version).toBeLessThanOrEqual(10);

    // A phone (its own storage, 390×844) opens the link: straight to the ballot, no file.
    const phoneContext = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB', acceptDownloads: true, viewport: { width: 390, height: 844 } });
    const phone = await phoneContext.newPage();
    await phone.goto(link);
    await expect(phone.getByRole('heading', { level: 1, name: 'Your ballot: Kaszubski Klaster Ekonomii Społecznej' })).toBeVisible();
    await expect(phone.getByText('Region: Pomorskie')).toBeVisible();
    expect(phone.url()).toMatch(/#\/ballot\//);
    const participant = new BallotPage(phone);
    await phone.getByLabel('Your name or a label').fill('Łucja Żółkiewska');
    await participant.rateAll('2 – rather low', '4 – rather high');
    await participant.rate('Financial model', 'baseline', '1 – low');
    await participant.card('Financial model').getByLabel('Note on the baseline (optional)').fill('Jeden grant.');
    await participant.waitSaved();
    await phone.reload();
    await expect(participant.card('Financial model').getByRole('group', { name: /^Baseline/ }).getByRole('radio', { name: '1 – low' })).toBeChecked();
    await expect(phone.getByLabel('Your name or a label')).toHaveValue('Łucja Żółkiewska');

    // Opening the same link again opens the same ballot, answers kept.
    await phone.goto(link);
    await expect(participant.card('Financial model').getByRole('group', { name: /^Baseline/ }).getByRole('radio', { name: '1 – low' })).toBeChecked();

    // Hand in: the ballot as a QR code, the notes' warning, and the file still offered.
    await phone.getByRole('button', { name: 'Hand in' }).click();
    const code = phone.getByRole('img', { name: 'Your ballot as a QR code' });
    await expect(code).toBeVisible();
    await expect(phone.getByText('Your notes are not in the code')).toBeVisible();
    const download = phone.waitForEvent('download');
    await phone.getByRole('button', { name: 'Download ballot' }).click();
    expect((await download).suggestedFilename()).toMatch(/_ballot_lucja-zolkiewska\.json$/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone), 'hand-in QR').toEqual([]);

    // The laptop's camera sees the phone's code: the scan merges the ballot like a file.
    await writeFile(video, y4mVideo(await qrFrameLuma(code)));
    await page.getByRole('button', { name: 'Scan ballots' }).click();
    await expect(page.getByText('1 ballot merged in this scan')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Łucja Żółkiewska: ballot added (scanned code).')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Ballots received' }).getByRole('rowheader', { name: 'Łucja Żółkiewska' })).toBeVisible();
    await page.getByRole('button', { name: 'Stop scanning' }).click();
    await phoneContext.close();
  } finally {
    await laptop.close();
  }
});

test('a damaged or hostile join link says so and stores nothing', async ({ page }) => {
  for (const fragment of ['EQ', 'not%20base64', '%E0%A4%A', 'A'.repeat(5000), 'IQ']) {
    await page.goto(`./#/join/${fragment}`);
    await expect(page.getByRole('heading', { name: 'This join link cannot be opened' })).toBeVisible();
    await expect(page.getByText('Nothing was stored on this device.')).toBeVisible();
  }
  const stored = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    if (!names.includes('csei-navigator')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('csei-navigator');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('ballots')) { resolve(0); return; }
        const count = db.transaction('ballots').objectStore('ballots').count();
        count.onsuccess = () => {
          resolve(count.result);
        };
      };
    });
  });
  expect(stored).toBe(0);
});

test('camera refused: a clear message, and ballot files can still be imported', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB' });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Kashubian Cluster');
  const id = /#\/a\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/a/${id}/workshop`);
  // Headless Chromium without a fake camera: no device, or no permission.
  await page.getByRole('button', { name: 'Scan ballots' }).click();
  await expect(page.getByRole('alert')).toContainText(/camera/);
  await expect(page.getByText('Import ballots…', { exact: true })).toBeEnabled();
  await context.close();
});
