// An app older than the data it finds: the browser holds a database written by a newer version
// (a higher IndexedDB version and a record of a newer schema). This version shows the data, writes
// nothing and offers to reload.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Assessment } from '../../src/domain/assessment';
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/assessment';
import { summarize } from '../../src/domain/assessment-summary';
import { AppPage } from './page-models/app-page';
import { readStoredData } from './stored-data';

const fixture = join(import.meta.dirname, '..', 'fixtures', `schema-v${String(CURRENT_SCHEMA_VERSION)}.json`);
const BANNER_EN = 'The data on this device was saved by a newer version of CSEI Navigator.';
const BANNER_PL = 'Dane na tym urządzeniu zapisała nowsza wersja CSEI Navigator.';

test('data from a newer version is shown, never written, and the app offers to reload', async ({ page }) => {
  // Given a browser whose database was written by the next version of the app (Dexie: version × 10)
  const current = JSON.parse(await readFile(fixture, 'utf8')) as { region: string };
  const record = { ...current, schemaVersion: CURRENT_SCHEMA_VERSION + 1, futureField: 'kept' };
  // A newer version still writes the summary the home list reads (schema changes only add).
  const summary = summarize(record as unknown as Assessment);
  await page.goto('./favicon.svg');
  await page.evaluate(
    ({ version, row, summary: listed }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('csei-navigator', version);
        request.onupgradeneeded = () => {
          const db = request.result;
          // Every table and index of today's version is still there: schema changes only add.
          db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          db.createObjectStore('settings', { keyPath: 'key' });
          db.createObjectStore('ballots', { keyPath: 'assessmentId' });
          const copies = db.createObjectStore('localBackups', { keyPath: 'id' });
          copies.createIndex('assessmentId', 'assessmentId');
          copies.createIndex('takenAt', 'takenAt');
          db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          db.createObjectStore('futureTable', { keyPath: 'id' });
          request.transaction?.objectStore('summaries').put(listed);
          request.transaction?.objectStore('assessments').put(row);
          request.transaction?.objectStore('settings').put({ key: 'language', value: 'en' });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('seeding failed'));
        };
      }),
    { version: (CURRENT_SCHEMA_VERSION + 1) * 10, row: record, summary },
  );
  const before = await readStoredData(page);

  // When this version of the app opens
  const app = new AppPage(page);
  await app.gotoHome();

  // Then it says so and offers to reload
  const banner = page.getByRole('alert').filter({ hasText: BANNER_EN });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  // And shows the data
  await page.getByRole('link', { name: 'Pomorski Klaster Ekonomii Społecznej', exact: true }).click();
  await app.openDetails();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue(record.region);

  // And an edit stays on screen but is not written
  await page.getByLabel('Region', { exact: true }).fill('Typed in the old version');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: read-only' })).toBeVisible();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('Typed in the old version');
  // Nor is a language change
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('alert').filter({ hasText: BANNER_PL })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Nie zapisano: tylko do odczytu' })).toBeVisible();

  // Reloading keeps it read-only (the newer version is not here to load)
  await page.getByRole('button', { name: 'Odśwież' }).click();
  await expect(page.getByRole('alert').filter({ hasText: BANNER_EN })).toBeVisible();
  expect(await readStoredData(page)).toEqual(before);
});

test('a backup holding an assessment of a newer schema is refused, in English and Polish, and nothing changes', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Existing work');
  await app.gotoHome();
  const before = await readStoredData(page);
  const row = { ...(JSON.parse(await readFile(fixture, 'utf8')) as Record<string, unknown>), schemaVersion: 99 };
  const file = testInfo.outputPath('newer-schema.json');
  await writeFile(file, JSON.stringify({ format: 'csei-navigator', formatVersion: 1, appVersion: '9.0.0', exportedAt: '2030-01-01T00:00:00Z', assessments: [row] }));

  await page.getByLabel('Import backup…').setInputFiles(file);
  const alert = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
  await expect(alert).toContainText('An assessment in this file comes from a newer version of CSEI Navigator.');
  await expect(alert).toContainText('Nothing was changed.');
  await page.getByRole('button', { name: 'Polski' }).click();
  await page.getByLabel('Importuj kopię…').setInputFiles(file);
  await expect(page.getByRole('alert').filter({ hasText: 'Analiza w tym pliku pochodzi z nowszej wersji CSEI Navigator.' })).toBeVisible();
  const after = await readStoredData(page);
  expect(after?.assessments).toEqual(before?.assessments);
});
