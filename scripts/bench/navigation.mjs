// Navigation timing for the benchmark: how long after the navigation starts the page's ready
// selector is first in the DOM, in Chromium. The moment is taken inside the page: an init script
// (run before any of the page's scripts) watches the document with a MutationObserver and writes
// performance.now(), which counts from the start of the navigation, when the selector first matches.
// Node only reads the figure afterwards, so its polling adds nothing to it.
//
// After one warm-up visit that is not counted, two cases, each `runs` times in a fresh browser context:
//   firstVisit   the context is empty: no HTTP cache, no service worker, no storage;
//   repeatVisit  the same context opens the page again in a new tab, after the first visit has
//                loaded and, when the page registers a service worker, after that worker is active
//                (`serviceWorker` lists what that wait found: activated, none, timeout; `swControlledRuns`
//                counts the repeat visits that the worker answered).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium-path.mjs';
import { selfCheckAppAndBare } from './self-check.mjs';
import { median, message, round1 } from './stats.mjs';

/** The app's home screen: the list of assessments, or its empty state in a fresh context. */
export const APP_READY_SELECTOR = 'ul.assessment-list, section.empty-state';

const READY_TIMEOUT_MS = 30_000;
/** How long after the load event (and the ready selector) a page may take to call register(). */
const SW_REGISTER_GRACE_MS = 1_500;
const SW_ACTIVE_TIMEOUT_MS = 20_000;

/**
 * Runs in the page before its own scripts. Records when `selector` first matches and whether the
 * page asks for a service worker.
 * @param {string} selector
 */
function pageProbe(selector) {
  const probe = { ready: null, swRegister: false };
  Object.defineProperty(window, '__bench', { value: probe });
  const check = () => {
    if (probe.ready === null && document.querySelector(selector)) {
      probe.ready = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  check();
  const container = window.ServiceWorkerContainer?.prototype;
  if (container) {
    const register = container.register;
    container.register = function (...args) {
      probe.swRegister = true;
      return register.apply(this, args);
    };
  }
}

/**
 * Runs in the page after it has loaded: when it registers a service worker (within a grace period),
 * waits until that worker is activated. Resolves with what happened; never rejects.
 * @param {{ grace: number, limit: number }} options
 */
async function waitForServiceWorker({ grace, limit }) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const sw = navigator.serviceWorker;
  if (!sw) return 'unsupported';
  const probe = /** @type {any} */ (window).__bench;
  const graceEnd = performance.now() + grace;
  while (!probe.swRegister && performance.now() < graceEnd) await sleep(50);
  if (!probe.swRegister && !(await sw.getRegistration())) return 'none';
  const timeout = sleep(limit).then(() => 'timeout');
  const activated = sw.ready.then(
    (registration) =>
      new Promise((resolve) => {
        const worker = registration.active;
        if (!worker || worker.state === 'activated') return resolve('activated');
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve('activated');
        });
      }),
  );
  return Promise.race([activated, timeout]);
}

/**
 * Opens `url` in `context` in a new tab and returns the ms from navigation start to `readySelector`.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {string} readySelector
 * @param {boolean} waitForSw when true, also waits for the page's service worker (result in `sw`)
 */
async function visit(context, url, readySelector, waitForSw) {
  const page = await context.newPage();
  try {
    await page.addInitScript(pageProbe, readySelector);
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    const handle = await page.waitForFunction(() => /** @type {any} */ (window).__bench?.ready ?? null, null, {
      timeout: READY_TIMEOUT_MS,
    });
    const ms = Number(await handle.jsonValue());
    // Whether a service worker answered this navigation (the repeat visit of an offline-first app).
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
    const sw = waitForSw ? await page.evaluate(waitForServiceWorker, { grace: SW_REGISTER_GRACE_MS, limit: SW_ACTIVE_TIMEOUT_MS }) : null;
    return { ms, sw, controlled };
  } finally {
    await page.close().catch(() => undefined);
  }
}


function summary(values, errors) {
  if (values.length === 0) return { error: errors[0] ?? 'no run' };
  return { median: round1(median(values)), runs: values.map(round1), ...(errors.length ? { errors } : {}) };
}

/**
 * Median time from navigation start to the moment `readySelector` is first in the DOM.
 * Never throws: a case where every run failed gives `{ error }`; failed runs are listed in `errors`.
 * @param {{ url: string, readySelector: string, runs?: number, chromiumPath?: string }} options
 * @returns {Promise<{ firstVisit: { median: number, runs: number[], errors?: string[] } | { error: string },
 *   repeatVisit: { median: number, runs: number[], errors?: string[], serviceWorker: string[], swControlledRuns: number } | { error: string } }
 *   | { error: string }>}
 */
export async function measureNavigation({ url, readySelector, runs = 5, chromiumPath = findChromium() }) {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    return { error: `navigation: Chromium did not start: ${message(error)}` };
  }
  const first = { values: [], errors: [] };
  const repeat = { values: [], errors: [], sw: [], controlled: 0 };
  try {
    // A warm-up visit that is not counted: the first page a new browser opens pays for starting
    // its renderer and GPU processes, and the server compresses each file on its first request.
    const warmUp = await browser.newContext();
    try {
      await visit(warmUp, url, readySelector, true);
    } catch (error) {
      console.log(`navigation: warm-up ${url} failed: ${message(error)}`);
    } finally {
      await warmUp.close().catch(() => undefined);
    }
    for (let run = 1; run <= runs; run += 1) {
      const context = await browser.newContext();
      try {
        let firstOk = false;
        try {
          const { ms, sw } = await visit(context, url, readySelector, true);
          first.values.push(ms);
          repeat.sw.push(sw);
          firstOk = true;
        } catch (error) {
          first.errors.push(`run ${run}: ${message(error)}`);
        }
        if (firstOk) {
          try {
            const { ms, controlled } = await visit(context, url, readySelector, false);
            repeat.values.push(ms);
            if (controlled) repeat.controlled += 1;
          } catch (error) {
            repeat.errors.push(`run ${run}: ${message(error)}`);
          }
        } else {
          repeat.errors.push(`run ${run}: first visit failed`);
        }
      } finally {
        await context.close().catch(() => undefined);
      }
      console.log(
        `navigation: run ${run}/${runs} ${url} first ${fmt(first.values, run)} repeat ${fmt(repeat.values, run)}` +
          (repeat.sw.length ? ` (service worker: ${repeat.sw.at(-1)})` : ''),
      );
    }
  } catch (error) {
    first.errors.push(message(error));
  } finally {
    await browser.close().catch(() => undefined);
  }
  const swStates = [...new Set(repeat.sw)];
  const repeatSummary = summary(repeat.values, repeat.errors);
  return {
    firstVisit: summary(first.values, first.errors),
    repeatVisit: 'error' in repeatSummary ? repeatSummary : { ...repeatSummary, serviceWorker: swStates, swControlledRuns: repeat.controlled },
  };
}

/**
 * The JS a first visit fetches in its first `windowMs` (from the navigation's start), compressed bytes as they
 * came over the network, from the page's resource timing (what workers fetch themselves is not counted).
 * @param {{ url: string, readySelector: string, chromiumPath?: string, windowMs?: number }} options
 * @returns {Promise<{ bytes: number, files: number } | { error: string }>}
 */
export async function measureFetchedJs({ url, readySelector, chromiumPath = findChromium(), windowMs = 5000 }) {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
    const page = await (await browser.newContext()).newPage();
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    await page.waitForSelector(readySelector, { timeout: READY_TIMEOUT_MS });
    const elapsed = await page.evaluate(() => performance.now());
    await page.waitForTimeout(Math.max(0, windowMs - elapsed));
    return await page.evaluate((limit) => {
      const js = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < limit && new URL(e.name).pathname.endsWith('.js'));
      return { bytes: js.reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize), 0), files: js.length };
    }, windowMs);
  } catch (error) {
    return { error: message(error) };
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

/** The last figure of a case when it belongs to this run, for the progress line. */
function fmt(values, run) {
  return values.length >= run ? `${values.at(-1).toFixed(1)} ms` : '-';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { BARE_READY_SELECTOR } = await import('./bare.mjs');
  const runs = Number(process.argv[2] ?? 5);
  await selfCheckAppAndBare({
    ports: [4281, 4282],
    measure: async ({ app, bare }) => ({
      app: await measureNavigation({ url: app, readySelector: APP_READY_SELECTOR, runs }),
      bare: await measureNavigation({ url: bare, readySelector: BARE_READY_SELECTOR, runs }),
    }),
  });
}
