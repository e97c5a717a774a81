import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS] },
    locale: 'en-GB',
    trace: 'off',
    acceptDownloads: true,
    // axe-core is injected into the page; the app's Content-Security-Policy would block that script.
    // tests/e2e/privacy.spec.ts turns the policy back on and proves the app itself breaks none of it.
    bypassCSP: true,
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${String(PORT)} --strictPort`,
    url: `http://127.0.0.1:${String(PORT)}/`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
