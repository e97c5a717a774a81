import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';

const SHOTS = '/tmp/shots-backups';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Counts of the rows the app keeps in IndexedDB (0 when the database does not exist). */
async function stored(page: Page): Promise<{ assessments: number; localBackups: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('csei-navigator');
        request.onerror = () => {
          reject(new Error('cannot open'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const names = ['assessments', 'localBackups'].filter((n) => db.objectStoreNames.contains(n));
          if (names.length < 2) {
            db.close();
            resolve({ assessments: 0, localBackups: 0 });
            return;
          }
          const tx = db.transaction(names, 'readonly');
          const a = tx.objectStore('assessments').count();
          const b = tx.objectStore('localBackups').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ assessments: a.result, localBackups: b.result });
          };
        };
      }),
  );
}

async function setRegion(page: Page, app: AppPage, region: string): Promise<void> {
  await page.getByLabel('Region', { exact: true }).fill(region);
  await app.waitSaved();
}

test('restoring an earlier version keeps the current state as a new assessment', async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  const start = Date.now();
  await page.clock.install({ time: start });
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Restore drill');
  await app.openDetails();

  // The first saved change takes a copy; ten minutes later the next one does; a change soon after does not.
  await setRegion(page, app, 'Kaszuby');
  await expect.poll(async () => (await stored(page)).localBackups).toBe(1);
  await page.clock.setSystemTime(start + 11 * MINUTE);
  await setRegion(page, app, 'Pomorze');
  await expect.poll(async () => (await stored(page)).localBackups).toBe(2);
  await page.clock.setSystemTime(start + 12.5 * MINUTE);
  await setRegion(page, app, 'Gdańsk');

  const versions = page.locator('details.earlier-versions');
  await versions.locator('summary').click();
  const list = versions.getByRole('list', { name: 'Earlier versions of this assessment, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  expect(await stored(page)).toEqual({ assessments: 1, localBackups: 2 });
  await list.getByRole('listitem').nth(1).getByRole('button', { name: /^Restore the version of / }).click();
  const question = list.getByRole('alert');
  await expect(question).toContainText('What you see now is first kept as a new assessment, “Restore drill (before restore');
  expect(await seriousViolations(page), 'earlier versions with the restore question').toEqual([]);
  await versions.screenshot({ path: `${SHOTS}/versions-en.png` });
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(versions.locator('summary')).toHaveText('Wcześniejsze wersje');
  await versions.screenshot({ path: `${SHOTS}/versions-pl.png` });
  await page.getByRole('button', { name: 'English' }).click();

  await question.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(page.getByText(/^The version of .+ is back\. The state before it is kept as “Restore drill \(before restore .+\)” on the home screen\.$/)).toBeVisible();
  await app.openDetails();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('Kaszuby');
  await app.waitSaved();
  await page.reload();
  await app.openDetails();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('Kaszuby');

  // The state before the restore is a new assessment of its own.
  await app.gotoHome();
  const titles = page.getByRole('list', { name: 'Saved assessments' }).getByRole('heading', { level: 3 });
  await expect(titles).toHaveCount(2);
  const kept = page.getByRole('link', { name: /^Restore drill \(before restore .+\)$/ });
  await kept.click();
  await app.openDetails();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('Gdańsk');
});

test('the home screen reminds to export when work is older than a day; "Remind me tomorrow" puts it off', async ({ page }) => {
  const app = new AppPage(page);
  const created = Date.now() - 2.5 * DAY;
  await page.clock.install({ time: created });
  await app.gotoHome();
  await app.createAssessment('Forgotten work');
  await app.gotoHome();
  await expect(page.getByRole('region', { name: 'Time to export a backup' })).toHaveCount(0);

  // Two days later, nothing exported yet
  await page.clock.setSystemTime(created + 2 * DAY);
  await app.gotoHome();
  const reminder = page.getByRole('region', { name: 'Time to export a backup' });
  await expect(reminder).toContainText('Nothing has been exported from this device yet.');
  expect(await seriousViolations(page), 'home with the export reminder').toEqual([]);
  await reminder.screenshot({ path: `${SHOTS}/reminder-en.png` });
  await page.getByRole('button', { name: 'Polski' }).click();
  const przypomnienie = page.getByRole('region', { name: 'Czas wyeksportować kopię zapasową' });
  await expect(przypomnienie).toContainText('Z tego urządzenia nie wyeksportowano jeszcze żadnej kopii.');
  await przypomnienie.screenshot({ path: `${SHOTS}/reminder-pl.png` });
  await page.getByRole('button', { name: 'English' }).click();

  await reminder.getByRole('button', { name: 'Remind me tomorrow' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Forgotten work' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('"Export all now" in the reminder downloads the backup and the reminder goes', async ({ page }) => {
  const app = new AppPage(page);
  const created = Date.now() - 3 * DAY;
  await page.clock.install({ time: created });
  await app.gotoHome();
  await app.createAssessment('Old work');
  await page.clock.setSystemTime(created + 3 * DAY);
  await app.gotoHome();
  const reminder = page.getByRole('region', { name: 'Time to export a backup' });
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Export all now' }).click();
  expect((await download).suggestedFilename()).toMatch(/^csei-navigator_backup_\d{4}-\d{2}-\d{2}\.json$/);
  await expect(reminder).toHaveCount(0);
  await expect(page.getByText(/^Last backup:/)).toBeVisible();
});

test('"Delete all my data" empties the app, resets preferences and keeps the offline copy', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.waitForServiceWorker();
  await app.createAssessment('Shared laptop workshop');
  await app.openDetails();
  await setRegion(page, app, 'Kaszuby');
  await expect.poll(async () => (await stored(page)).localBackups).toBe(1);
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByRole('link', { name: 'O aplikacji' }).click();

  const section = page.getByRole('region', { name: 'Usuń wszystkie moje dane' });
  await section.getByRole('button', { name: 'Usuń wszystkie moje dane…' }).click();
  await expect(section.getByRole('listitem').first()).toHaveText('1 analiza wraz z całą zawartością (oceny wymiarów, plan, migawki)');
  await section.screenshot({ path: `${SHOTS}/erase-pl.png` });
  expect(await seriousViolations(page), 'About with the delete question').toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(section).toHaveCount(0);
  const en = page.getByRole('region', { name: 'Delete all my data' });
  await expect(en.getByRole('listitem')).toHaveText([
    'the 1 assessment, with all it holds (ratings, plan, snapshots)',
    'ballots filled in on this device',
    'the automatic earlier versions of assessments',
    'settings: the chosen language, the date of the last backup and the reminder',
  ]);
  await en.screenshot({ path: `${SHOTS}/erase-en.png` });
  // Polish again, to see that the choice of language goes too
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.evaluate(() => {
    localStorage.setItem('csei-navigator:unsaved-draft', '{}');
  });

  await page.getByRole('button', { name: 'Tak, usuń wszystko' }).click();
  // The page reloads to a clean home screen, in the browser's language (en-GB) again.
  await expect(page.getByRole('heading', { level: 2, name: 'No assessments yet' })).toBeVisible();
  expect(page.url()).not.toContain('#/about');
  expect(await stored(page)).toEqual({ assessments: 0, localBackups: 0 });
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('csei-navigator')))).toEqual([]);
  // The offline copy of the app stayed.
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'No assessments yet' })).toBeVisible();
  await app.createAssessment('Offline after deleting');
  await app.gotoHome();
  await expect(page.getByRole('heading', { level: 3, name: 'Offline after deleting' })).toBeVisible();
});
