// Benchmark: the home list with a region's archive, in Chromium through playwright-core.
//
// The assessments (the same complete ones as large-backup.mjs builds, 20 measures each) are written straight
// into the app's IndexedDB database by the bench, around the app, which builds the list's summaries at its
// next start (src/storage/repository.ts). Then, over `runs` reloads: the first rows of the list (from the
// navigation's start), the JS heap once the list shows (after a garbage collection), and the longest
// main-thread task while the list loads; then the longest task while the list is scrolled, searched
// (typing) and sorted (every order in turn).
//
//   measureArchive({ url, chromiumPath, assessments = 2000, runs = 3 }) → { assessments, firstStart,
//     firstRows, heapBytes, loadLongestTask, scrollLongestTask, searchLongestTask, sortLongestTask }
//
// Self-check: `node scripts/bench/archive.mjs [count] [--skip-build]` builds the app, serves dist/ on
// BENCH_PORT (default 4291) and prints the result as JSON (RUNS=1 in the environment for a quicker look).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium-path.mjs';
import { buildLargeBackup } from './large-backup.mjs';
import { median, message, round1 } from './stats.mjs';

const DB_NAME = 'csei-navigator';
const LIST = 'ul.assessment-list > li';
const log = (text) => console.log(`archive: ${text}`);
/** @param {number[]} values */
const figure = (values) => ({ median: round1(median(values)), runs: values.map(round1) });

/** Runs before the app in every page: the time the first row shows, and every long task (> 50 ms). */
function archiveInit() {
  const bench = { firstRowAt: null, longTasks: [] };
  window.__archive = bench;
  const observer = new MutationObserver(() => {
    if (bench.firstRowAt === null && document.querySelector('ul.assessment-list > li')) {
      bench.firstRowAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((entries) => {
      for (const e of entries.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
}

/** Writes `rows` into the app's database (already created by the app), 50 per transaction. */
async function writeRows(page, rows) {
  for (let i = 0; i < rows.length; i += 50) {
    await page.evaluate(
      ({ name, chunk }) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('assessments', 'readwrite');
            for (const row of chunk) tx.objectStore('assessments').put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { name: DB_NAME, chunk: rows.slice(i, i + 50) },
    );
  }
}

const longestSince = async (page, since) =>
  page.evaluate((t) => Math.max(0, ...window.__archive.longTasks.filter((x) => x.start >= t).map((x) => x.duration)), since);
const now = (page) => page.evaluate(() => performance.now());
const settle = (page) => page.waitForTimeout(600);

/** The JS heap in use after a garbage collection, in bytes. */
async function heapAfterGc(page, session) {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * @param {{ url: string, chromiumPath?: string, assessments?: number, runs?: number }} options
 */
export async function measureArchive({ url, chromiumPath = findChromium(), assessments = 2000, runs = 3 }) {
  const out = { assessments };
  const profile = mkdtempSync(join(tmpdir(), 'csei-bench-archive-'));
  let context = null;
  try {
    const started = performance.now();
    const rows = JSON.parse(buildLargeBackup({ assessments, measuresEach: 20 }).text).assessments;
    log(`${assessments} assessments built in ${round1(performance.now() - started)} ms`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(180_000);
    await context.addInitScript(archiveInit);
    const page = context.pages()[0] ?? (await context.newPage());
    const session = await context.newCDPSession(page);
    await page.goto(url);
    await page.locator('.empty-state').waitFor();
    const writeStarted = performance.now();
    await writeRows(page, rows);
    log(`written into IndexedDB in ${round1(performance.now() - writeStarted)} ms`);

    // The first start after the rows were written builds their summaries.
    await page.goto(url);
    await page.locator(LIST).first().waitFor();
    out.firstStart = { firstRowAt: round1(await page.evaluate(() => window.__archive.firstRowAt)), longestTask: round1(await longestSince(page, 0)) };
    log(`first start (summaries built): first rows ${out.firstStart.firstRowAt} ms, longest task ${out.firstStart.longestTask} ms`);
    await settle(page);

    const first = [];
    const heap = [];
    const load = [];
    for (let run = 1; run <= runs; run += 1) {
      await page.goto(url);
      await page.locator(LIST).first().waitFor();
      await settle(page);
      const at = await page.evaluate(() => window.__archive.firstRowAt);
      first.push(at);
      load.push(await longestSince(page, 0));
      heap.push(await heapAfterGc(page, session));
      log(`run ${run}/${runs}: first rows ${round1(at)} ms, heap ${(heap.at(-1) / 1048576).toFixed(1)} MiB, longest task ${round1(load.at(-1))} ms`);
    }
    out.firstRows = figure(first);
    out.heapBytes = figure(heap);
    out.loadLongestTask = figure(load);

    // Scrolling: 30 wheel turns of 600 px down, then back to the top.
    let since = await now(page);
    for (let i = 0; i < 30; i += 1) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(50);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    out.scrollLongestTask = round1(await longestSince(page, since));

    // Searching: a region's name typed letter by letter, then cleared.
    const search = page.getByRole('searchbox');
    await search.waitFor();
    since = await now(page);
    await search.pressSequentially('pomorsk', { delay: 120 });
    await settle(page);
    await search.fill('');
    await settle(page);
    out.searchLongestTask = round1(await longestSince(page, since));

    // Sorting: every order in turn, then back to the last change.
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    since = await now(page);
    for (const label of ['Name', 'Region', 'Progress', 'Last change']) {
      await sort.selectOption({ label });
      await settle(page);
    }
    out.sortLongestTask = round1(await longestSince(page, since));
    log(`longest tasks: scroll ${out.scrollLongestTask} ms, search ${out.searchLongestTask} ms, sort ${out.sortLongestTask} ms`);
  } catch (error) {
    out.error = message(error);
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const { serveDir } = await import('./serve.mjs');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (!process.argv.includes('--skip-build')) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(1);
  }
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2000);
  const server = await serveDir(join(root, 'dist'), Number(process.env.BENCH_PORT ?? 4291));
  try {
    console.log(JSON.stringify(await measureArchive({ url: server.url, assessments: count, runs: Number(process.env.RUNS ?? 3) }), null, 2));
  } finally {
    await server.close();
  }
}
