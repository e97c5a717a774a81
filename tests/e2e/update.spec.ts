import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { SwappableServer } from './static-server';

const root = join(import.meta.dirname, '..', '..');
const PORT = 4181;
const NEXT_VERSION = '99.0.0-update-test';

test('a new version is offered, never forced, and an edit survives the update', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  // Given a newer build of the same app, ready to be published
  const nextDir = testInfo.outputPath('next');
  const build = spawnSync('npx', ['vite', 'build', '--outDir', nextDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, CSEI_APP_VERSION: NEXT_VERSION },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  const server = new SwappableServer(join(root, 'dist'));
  await server.start(PORT);
  try {
    const base = `http://127.0.0.1:${String(PORT)}/`;
    const app = new AppPage(page);
    await page.goto(base);
    await app.waitForServiceWorker();
    await app.createAssessment('Update while editing');
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
    });

    // When the new version is published and the app checks for it
    server.root = nextDir;
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByText('A new version of CSEI Navigator is ready.')).toBeVisible({ timeout: 20_000 });

    // Then the page is not reloaded under the user, who keeps typing
    await app.openDetails();
    await page.getByLabel('Facilitator').fill('Typed before updating');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');

    // And after accepting, the new version runs and the edit is there
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker ?? 'reloaded')).toBe('reloaded');
    await app.openDetails();
    await expect(page.getByLabel('Facilitator')).toHaveValue('Typed before updating');
    await page.getByRole('link', { name: 'About' }).click();
    await expect(page.getByText(`Version ${NEXT_VERSION}`)).toBeVisible();
  } finally {
    await server.stop();
  }
});
