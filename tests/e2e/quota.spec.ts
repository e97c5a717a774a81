// Storage full: the origin's quota is lowered with the DevTools protocol and filled by another
// database until the app's next save fails. The app must say so (English and Polish), keep the text
// in the tab, export it, write nothing partial, and save again once space is freed.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { reportFigures } from './figures';
import { AppPage } from './page-models/app-page';
import { StepsPage } from './page-models/steps-page';
import { readStoredData, validAssessments } from './stored-data';

const FILLER_DB = 'quota-test-filler';
/** Room for the app, its offline copy (about 2.5 MB) and a few MB more. */
const QUOTA_BYTES = 8 * 1024 * 1024;

/** Fills the origin's storage with random bytes in another database until even 1 KiB no longer fits. Returns the bytes written. */
function fillStorage(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('chunks');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    const put = (key: number, size: number) =>
      new Promise<boolean>((resolve) => {
        const bytes = new Uint8Array(size);
        // Random bytes: the storage engine cannot compress them away.
        for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
        const tx = db.transaction('chunks', 'readwrite');
        tx.objectStore('chunks').put(bytes, key);
        tx.oncomplete = () => {
          resolve(true);
        };
        tx.onabort = () => {
          resolve(false);
        };
      });
    let written = 0;
    let key = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 10]) {
      while (await put(key, size)) {
        key += 1;
        written += size;
      }
    }
    db.close();
    return written;
  }, FILLER_DB);
}

function freeStorage(page: Page): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => {
          resolve();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('delete failed'));
        };
      }),
    FILLER_DB,
  );
}

test('when storage is full the app says so, keeps the text, exports it and writes nothing partial', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  const steps = new StepsPage(page);
  const origin = new URL(String(testInfo.project.use.baseURL)).origin;
  // The browser gives the site little room. The override is set before the app writes anything:
  // set after the first write, it did not take effect here (Chromium 156), even across a reload.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA_BYTES });

  // Given an assessment saved while there was space
  await app.gotoHome();
  await app.createAssessment('Full disk cluster');
  await app.openDetails();
  await page.getByLabel('Region', { exact: true }).fill('Warmińsko-Mazurskie');
  await app.waitSaved();
  const before = validAssessments(await readStoredData(page));
  expect(before.map((a) => a.region)).toEqual(['Warmińsko-Mazurskie']);

  // When something else fills the rest of the room
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const filled = await fillStorage(page);
  expect(filled).toBeGreaterThan(0);
  // The override is in force: the other database could not take more than the quota
  expect(filled).toBeLessThan(QUOTA_BYTES);
  reportFigures(testInfo, `quota ${String(QUOTA_BYTES)} B, ${String(usage)} B used by the app, ${String(filled)} B then written by another database until 1 KiB no longer fitted`);

  // And the user types a long note
  const note = steps.card('Financial model').getByLabel('Evidence and notes');
  const longText = `Membership fees cover a third of the budget. ${'Grant from the regional fund; '.repeat(200)}`;
  await note.fill(longText);

  // Then the app says that storage is full, in words
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: storage is full' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: "The browser's storage for this app is full." })).toBeVisible();
  // And in Polish
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nie zapisano: brak miejsca' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Miejsce w przeglądarce przeznaczone dla tej aplikacji jest pełne.' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  // And typing goes on: the text stays on screen
  await note.press('End');
  await note.pressSequentially(' Typed after the failure.');
  await expect(note).toHaveValue(`${longText} Typed after the failure.`);
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: storage is full' })).toBeVisible();

  // And nothing partial was written: storage still holds the earlier version, valid
  const during = validAssessments(await readStoredData(page));
  expect(during).toEqual(before);

  // And "Export all" still makes a file with the unsaved text
  await page.getByRole('link', { name: '← All assessments' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await downloadPromise).saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8')) as { assessments: { dimensions: { finance: { baseline: { note: string } } } }[] };
  expect(backup.assessments.map((a) => a.dimensions.finance.baseline.note)).toEqual([`${longText} Typed after the failure.`]);
  expect(validAssessments(await readStoredData(page))).toEqual(before);

  // When space is freed and the user tries again, everything is saved
  await freeStorage(page);
  await page.getByRole('link', { name: 'Full disk cluster', exact: true }).click();
  await page.getByRole('button', { name: 'Try again' }).click();
  await app.waitSaved();
  const after = validAssessments(await readStoredData(page));
  expect(after.map((a) => [a.region, a.dimensions.finance.baseline.note])).toEqual([['Warmińsko-Mazurskie', `${longText} Typed after the failure.`]]);

  // And it is there after a reload
  await page.reload();
  await expect(note).toHaveValue(`${longText} Typed after the failure.`);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});
