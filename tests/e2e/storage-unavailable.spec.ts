// IndexedDB unavailable (private windows, storage disabled by policy, broken profiles): the app says
// so in words, works in memory and can export what was typed.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';

/** Ways a browser can refuse IndexedDB, each installed before the app's scripts run. */
const VARIANTS = {
  'indexedDB is missing': () => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  },
  'reading indexedDB throws a SecurityError': () => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('Access to IndexedDB is denied in this context.', 'SecurityError');
      },
    });
  },
  'opening a database fails with an error event': () => {
    IDBFactory.prototype.open = function open() {
      const request = {
        error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
        result: undefined,
        readyState: 'done',
        onerror: null as ((event: unknown) => void) | null,
        onsuccess: null,
        onupgradeneeded: null,
        onblocked: null,
      };
      setTimeout(() => {
        request.onerror?.({ type: 'error', target: request, preventDefault: () => undefined, stopPropagation: () => undefined });
      });
      return request as unknown as IDBOpenDBRequest;
    };
  },
  'opening a database never answers': () => {
    IDBFactory.prototype.open = function open() {
      return { readyState: 'pending' } as unknown as IDBOpenDBRequest;
    };
  },
} as const;

const BANNER_EN = 'This browser does not let the app store data';
const BANNER_PL = 'Ta przeglądarka nie pozwala aplikacji zapisywać danych';

for (const [variant, refuse] of Object.entries(VARIANTS)) {
  test(`${variant}: the app says so, works in memory and exports`, async ({ page }, testInfo) => {
    await page.addInitScript(refuse);
    const app = new AppPage(page);
    await page.goto('./');
    // A browser that never answers is given up on after OPEN_TIMEOUT_MS (10 s) in src/storage/repository.ts
    await expect(page.getByRole('alert').filter({ hasText: BANNER_EN })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();

    // Work goes on in memory
    await app.createAssessment('Private window cluster');
    await app.openDetails();
    await page.getByLabel('Facilitator').fill('Typed without storage');
    await expect(page.getByRole('alert').filter({ hasText: BANNER_EN })).toBeVisible();
    await page.getByRole('link', { name: '← All assessments' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Private window cluster' })).toBeVisible();

    // And can be exported
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all' }).click();
    const file = testInfo.outputPath('backup.json');
    await (await downloadPromise).saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8')) as { assessments: { name: string; facilitator: string }[] };
    expect(backup.assessments.map((a) => [a.name, a.facilitator])).toEqual([['Private window cluster', 'Typed without storage']]);

    // The message is translated
    await page.getByRole('button', { name: 'Polski' }).click();
    await expect(page.getByRole('alert').filter({ hasText: BANNER_PL })).toBeVisible();
    await page.getByRole('link', { name: 'O aplikacji' }).click();
    await expect(page.getByText('Magazyn danych jest niedostępny: dane istnieją tylko w tej karcie.')).toBeVisible();
  });
}
