import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, vi } from 'vitest';

// The service worker registration only exists in a Vite build; in tests no update is ever waiting.
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [false, () => undefined],
    offlineReady: [false, () => undefined],
    updateServiceWorker: () => Promise.resolve(),
  }),
}));

afterEach(() => {
  cleanup();
});

// Lazy screens load their chunk on first use; on a busy 2-core CI machine that can take longer than
// Testing Library's default 1 s wait. A longer ceiling only matters when a test would otherwise fail.
configure({ asyncUtilTimeout: 4000 });

// Property tests run a fixed number of cases (a test may ask for more); the suite's time stays the same
// from run to run, and a failure prints the seed that replays it.
fc.configureGlobal({ numRuns: 100 });
