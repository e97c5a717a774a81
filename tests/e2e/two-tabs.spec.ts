// One assessment open in two tabs of one browser (they share IndexedDB). Tab B's timers, and so its
// autosave, are held by a script of this test (Playwright's clock would hold both tabs: it belongs to
// the context), so that both tabs have edited the same stored version before either saves: the race
// happens on every run, not by luck.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { readStoredData, validAssessments } from './stored-data';

const MERGED = 'The changes made there and here were combined.';
const CONFLICT = 'This assessment was changed in another tab or window while you were editing.';

type HeldTimers = { holdTimers: () => void; releaseTimers: () => void };

/** Runs in tab B before the app: while held, timers wait in a queue and run when released. */
function timersThatCanBeHeld(): void {
  const realSet = window.setTimeout.bind(window);
  const realClear = window.clearTimeout.bind(window);
  const held = new Map<number, () => void>();
  let holding = false;
  let nextId = 1_000_000_000;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (!holding || typeof handler !== 'function') return realSet(handler, ms, ...args);
    nextId += 1;
    held.set(nextId, () => {
      (handler as (...a: unknown[]) => void)(...args);
    });
    return nextId;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id === undefined || !held.delete(id)) realClear(id);
  }) as typeof window.clearTimeout;
  const hooks = window as unknown as HeldTimers;
  hooks.holdTimers = () => {
    holding = true;
  };
  hooks.releaseTimers = () => {
    holding = false;
    const queue = [...held.values()];
    held.clear();
    queue.forEach((run) => {
      run();
    });
  };
}

/** Tab A creates an assessment; tab B opens it with its timers under the test's control. */
async function twoTabs(page: Page): Promise<{ a: Page; b: Page; appA: AppPage; appB: AppPage }> {
  const appA = new AppPage(page);
  await appA.gotoHome();
  await appA.createAssessment('Two tabs cluster', { region: 'Pomorskie' });
  await appA.waitSaved();
  const b = await page.context().newPage();
  await b.addInitScript(timersThatCanBeHeld);
  await b.goto(page.url());
  const appB = new AppPage(b);
  await expect(b.getByRole('heading', { level: 1, name: 'Two tabs cluster' })).toBeVisible();
  await appA.openDetails();
  await appB.openDetails();
  return { a: page, b, appA, appB };
}

/** Holds tab B's timers: its autosave waits until `releaseB`. */
async function holdB(b: Page): Promise<void> {
  await b.evaluate(() => {
    (window as unknown as HeldTimers).holdTimers();
  });
}

async function releaseB(b: Page): Promise<void> {
  await b.evaluate(() => {
    (window as unknown as HeldTimers).releaseTimers();
  });
}

const region = (p: Page) => p.getByLabel('Region', { exact: true });
const facilitator = (p: Page) => p.getByLabel('Facilitator');

test('edits to different fields in two tabs are both kept', async ({ page }) => {
  const { a, b, appA, appB } = await twoTabs(page);
  // Given tab B changes the facilitator and has not saved yet
  await holdB(b);
  await facilitator(b).fill('Typed in tab B');
  await expect(b.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  // And tab A changes the region and saves
  await region(a).fill('Typed in tab A');
  await appA.waitSaved();
  // When tab B saves
  await releaseB(b);
  // Then tab B merges both, saves and says so
  await appB.waitSaved();
  await expect(b.getByText(MERGED)).toBeVisible();
  await expect(region(b)).toHaveValue('Typed in tab A');
  await expect(facilitator(b)).toHaveValue('Typed in tab B');
  // And tab A, which had nothing unsaved, shows tab B's save
  await expect(facilitator(a)).toHaveValue('Typed in tab B');
  // And both are stored, in a valid record
  const [stored] = validAssessments(await readStoredData(a));
  expect(stored).toMatchObject({ region: 'Typed in tab A', facilitator: 'Typed in tab B', revision: 3 });
  for (const tab of [a, b]) {
    await tab.reload();
    await new AppPage(tab).openDetails();
    await expect(region(tab)).toHaveValue('Typed in tab A');
    await expect(facilitator(tab)).toHaveValue('Typed in tab B');
  }
});

for (const choice of ['Keep my version', 'Load the other version'] as const) {
  test(`the same field changed in two tabs: the stored revision stands until the user chooses "${choice}"`, async ({ page }) => {
    const { a, b, appA, appB } = await twoTabs(page);
    await holdB(b);
    await region(b).fill('Region from tab B');
    await region(a).fill('Region from tab A');
    await appA.waitSaved();
    await releaseB(b);
    // Tab B is told, keeps its text on screen, and writes nothing over tab A's save
    await expect(b.getByRole('alert').filter({ hasText: CONFLICT })).toBeVisible();
    await expect(b.getByRole('status').filter({ hasText: 'Not saved: changed elsewhere' })).toBeVisible();
    await expect(region(b)).toHaveValue('Region from tab B');
    expect(validAssessments(await readStoredData(a))).toMatchObject([{ region: 'Region from tab A', revision: 2 }]);

    // The user decides in tab B
    await b.getByRole('button', { name: choice }).click();
    const kept = choice === 'Keep my version' ? 'Region from tab B' : 'Region from tab A';
    await appB.waitSaved();
    await expect(b.getByRole('alert').filter({ hasText: CONFLICT })).toBeHidden();
    await expect(region(b)).toHaveValue(kept);
    // Tab A follows what was stored
    await expect(region(a)).toHaveValue(kept);
    const [stored] = validAssessments(await readStoredData(a));
    expect(stored?.region).toBe(kept);
  });
}

test('a tab left open after another tab upgraded the database stops writing and asks to reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Old tab cluster', { region: 'Pomorskie' });
  await app.waitSaved();
  const before = await readStoredData(page);
  if (!before) throw new Error('nothing stored');

  // When another tab of the same site opens the database at a higher version (as a newer app would)
  const other = await page.context().newPage();
  await other.goto(new URL('favicon.svg', page.url()).href);
  const upgradedTo = await other.evaluate(
    (version) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('csei-navigator', version);
        request.onupgradeneeded = () => undefined;
        request.onsuccess = () => {
          const v = request.result.version;
          request.result.close();
          resolve(v);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('upgrade failed'));
        };
        request.onblocked = () => {
          reject(new Error('the old tab did not let go of the database'));
        };
      }),
    before.nativeVersion + 10,
  );
  expect(upgradedTo).toBe(before.nativeVersion + 10);

  // Then the old tab says so and offers to reload, in English and Polish
  const banner = page.getByRole('alert').filter({ hasText: 'CSEI Navigator was updated in another tab.' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.getByRole('button', { name: 'Polski' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'CSEI Navigator został zaktualizowany w innej karcie.' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  // And its next edit is kept on screen but not written
  await app.openDetails();
  await page.getByLabel('Region', { exact: true }).fill('Typed in the old tab');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: read-only' })).toBeVisible();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('Typed in the old tab');
  const after = await readStoredData(other);
  expect(after?.assessments).toEqual(before.assessments);
  expect(after?.settings).toEqual(before.settings);
  expect(after?.nativeVersion).toBe(before.nativeVersion + 10);
});
