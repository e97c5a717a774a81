// Benchmark: how the built app behaves with a lot of data, in Chromium through playwright-core.
//
// A backup of 500 complete assessments (20 measures each, Polish and English texts; see large-backup.mjs) is
// imported through the home screen's "Import backup…" input, then the home list, opening an assessment,
// typing in a goal, the Word export and "Export all" are timed. The browser keeps its data on disk (a
// persistent profile in a temporary folder), as an installed app does; the service worker is installed first.
//
//   measureLargeData({ url, chromiumPath, runs = 3 }) → { dataset, import, listFirstRows, openAssessment,
//     typingLongestTask, wordExport, backupExport }, each figure { median, runs: [...] } or { error }.
//
// Self-check: `node scripts/bench/large-data.mjs` builds the app, serves dist/ on 127.0.0.1:4291, measures
// and prints the result as JSON (RUNS=1 in the environment for a quicker look).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium-path.mjs';
import { buildLargeBackup } from './large-backup.mjs';
import { serveDir } from './serve.mjs';
import { median, message, round1 } from './stats.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** What a person types into the goal statement: 40 characters. */
const TYPED = ' Plus 12 new members from rural areas...';
const LONG_TASK_MS = 50;

const log = (message) => console.log(`large-data: ${message}`);
/** @param {number[]} values */
const figure = (values, extra = {}) => ({ median: round1(median(values)), runs: values.map(round1), ...extra });

/**
 * Runs in every page of the context before the app: records when the first rows of the home list appear and
 * when `expected` rows are there (the time origin is the navigation's start), the long tasks of the page,
 * the downloads the app starts (its <a download> clicks), and offers `until(check)`: the time at which
 * `check()` first holds, tested at every change of the DOM and every 25 ms.
 */
function benchInit(expected) {
  const bench = { firstRowAt: null, firstRowCount: 0, allRowsAt: null, longTasks: [], downloads: [], changeAt: null };
  window.__bench = bench;
  // The list renders only the rows near the screen; each says the size of the whole list (aria-setsize).
  const rows = () => {
    const first = document.querySelector('ul.assessment-list > li');
    return first ? Number(first.getAttribute('aria-setsize') ?? document.querySelectorAll('ul.assessment-list > li').length) : 0;
  };
  const list = new MutationObserver(() => {
    const count = rows();
    if (count > 0 && bench.firstRowAt === null) {
      bench.firstRowAt = performance.now();
      bench.firstRowCount = count;
    }
    if (count >= expected && bench.allRowsAt === null) {
      bench.allRowsAt = performance.now();
      list.disconnect();
    }
  });
  list.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((entries) => {
      for (const e of entries.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') bench.changeAt = performance.now();
    },
    true,
  );
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function benchClick() {
    if (this.download) bench.downloads.push({ at: performance.now(), name: this.download });
    return click.call(this);
  };
  // Reads of whole stores (getAll without a key range): the app's list of assessments is read this way.
  bench.storeReads = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    const getAll = proto.getAll;
    proto.getAll = function benchGetAll(...args) {
      const store = this instanceof IDBIndex ? this.objectStore.name : this.name;
      const query = args[0] !== null && typeof args[0] === 'object' && !(args[0] instanceof IDBKeyRange) ? args[0].query : args[0];
      if (query === undefined || query === null) bench.storeReads.push({ at: performance.now(), store });
      return getAll.apply(this, args);
    };
  }
  bench.rows = rows;
  bench.until = (check, timeout = 180_000) =>
    new Promise((resolve, reject) => {
      let observer = null;
      let timer = null;
      let limit = null;
      const finish = (value, error) => {
        observer?.disconnect();
        clearInterval(timer);
        clearTimeout(limit);
        if (error) reject(error);
        else resolve(value);
      };
      const test = () => {
        try {
          if (check()) finish(performance.now());
        } catch (error) {
          finish(0, error);
        }
      };
      observer = new MutationObserver(test);
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      timer = setInterval(test, 25);
      limit = setTimeout(() => finish(0, new Error(`condition not met after ${timeout} ms`)), timeout);
      test();
    });
}

/** A fresh browser with its own profile folder (IndexedDB on disk), the init script and an English UI. */
async function launch(chromiumPath, expected) {
  const profile = mkdtempSync(join(tmpdir(), 'csei-bench-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(180_000);
    await context.addInitScript(benchInit, expected);
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      close: async () => {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Opens the home screen and waits until it is shown and the service worker is active (so that it does not compete later). */
async function openHome(page, url) {
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  await page.locator('.empty-state, ul.assessment-list').first().waitFor();
  const serviceWorker = await page.evaluate(
    () =>
      'serviceWorker' in navigator
        ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20_000))])
        : false,
  );
  await page.waitForTimeout(500);
  return serviceWorker;
}

const waitRows = (page, count) => page.waitForFunction((n) => window.__bench.rows() >= n, count, { polling: 50 });

/** One import: from the input's change event to the notice and `expected` cards, measured in the page. */
async function importOnce(page, file, expected) {
  const input = page.getByLabel('Import backup…', { exact: true }).and(page.locator('input[type=file]'));
  const done = page.evaluate(async (n) => {
    const b = window.__bench;
    const notice = () => [...document.querySelectorAll('.notices .notice')].some((el) => el.textContent.includes('Import finished'));
    const refused = () => document.querySelector('.import-error');
    const at = await b.until(() => refused() || (notice() && b.rows() >= n));
    if (refused()) throw new Error(`import refused: ${refused().textContent}`);
    const tasks = b.longTasks.filter((t) => t.start >= b.changeAt && t.start <= at).map((t) => t.duration);
    return {
      changeAt: b.changeAt,
      doneAt: at,
      longestTask: tasks.length ? Math.max(...tasks) : 0,
      message: [...document.querySelectorAll('.notices .notice p')].map((p) => p.textContent).join(' '),
    };
  }, expected);
  await input.setInputFiles(file);
  const result = await done;
  if (result.changeAt === null) throw new Error('the file input fired no change event');
  return { ms: result.doneAt - result.changeAt, longestTask: result.longestTask, message: result.message };
}

async function measureImport({ chromiumPath, url, file, expected, runs }) {
  const times = [];
  const longest = [];
  let kept = null;
  let lastMessage = '';
  for (let run = 1; run <= runs; run += 1) {
    const browser = await launch(chromiumPath, expected);
    try {
      await openHome(browser.page, url);
      const { ms, longestTask, message: notice } = await importOnce(browser.page, file, expected);
      times.push(ms);
      longest.push(longestTask);
      lastMessage = notice;
      log(`import run ${run}/${runs}: ${round1(ms)} ms (longest task ${round1(longestTask)} ms)`);
    } catch (error) {
      await browser.close();
      throw error;
    }
    if (run === runs) kept = browser;
    else await browser.close();
  }
  return { result: figure(times, { longestTask: figure(longest), notice: lastMessage }), browser: kept };
}

/** Reloads of the home screen with `expected` stored assessments: first row and all rows, from navigation start. */
async function measureList(context, page, url, expected, runs, profile) {
  const first = [];
  const all = [];
  const longest = [];
  let firstCount = 0;
  let heap = null;
  for (let run = 1; run <= runs; run += 1) {
    await page.goto(url);
    await waitRows(page, expected);
    await page.waitForTimeout(300);
    const b = await page.evaluate(() => ({
      heap: performance.memory?.usedJSHeapSize ?? null,
      firstRowAt: window.__bench.firstRowAt,
      firstRowCount: window.__bench.firstRowCount,
      allRowsAt: window.__bench.allRowsAt,
      longTasks: window.__bench.longTasks,
    }));
    first.push(b.firstRowAt);
    all.push(b.allRowsAt);
    firstCount = b.firstRowCount;
    heap = b.heap;
    const before = b.longTasks.filter((t) => t.start < b.allRowsAt);
    longest.push(before.length ? Math.max(...before.map((t) => t.duration)) : 0);
    log(`list run ${run}/${runs}: first rows ${round1(b.firstRowAt)} ms (${b.firstRowCount} at once), all ${expected} ${round1(b.allRowsAt)} ms`);
  }
  const out = {
    ...figure(first),
    allRows: figure(all),
    rowsInFirstCommit: firstCount,
    rendersAllAtOnce: firstCount >= expected,
    longestTaskBeforeAllRows: figure(longest),
    jsHeapBytesAfterLoad: heap,
  };
  if (profile) {
    // One more reload, under the CPU profiler (not counted above).
    out.profile = await profiled(context, page, async () => {
      await page.goto(url);
      await waitRows(page, expected);
      await page.waitForTimeout(300);
    });
  }
  return out;
}

/** Opens the assessment of the `index`-th card by its "Open" link and times until its h1 is visible; goes back home after. */
async function openOnce(page, index) {
  const result = await page.evaluate(async (i) => {
    const b = window.__bench;
    // Among the rows the windowed list renders (the first screens of it).
    const cards = document.querySelectorAll('ul.assessment-list > li');
    const card = cards[i % cards.length];
    const name = card.querySelector('h3').textContent;
    const open = [...card.querySelectorAll('.card-actions a')].find((a) => a.textContent.trim() === 'Open');
    const clickAt = performance.now();
    open.click();
    const shownAt = await b.until(() => {
      const h1 = document.querySelector('main h1');
      return h1 !== null && h1.textContent === name && h1.checkVisibility();
    });
    return { ms: shownAt - clickAt, name };
  }, index);
  return result;
}

async function backHome(page, expected) {
  await page.evaluate(() => document.querySelector('a.back-link').click());
  await waitRows(page, expected);
  await page.waitForTimeout(500);
}

async function measureOpen(page, expected, runs) {
  const times = [];
  const names = [];
  for (let run = 1; run <= runs; run += 1) {
    // Different assessments: spread over the list (the first run also loads the workspace's code).
    const index = Math.min(expected - 1, Math.floor(((run - 0.5) / runs) * expected));
    const { ms, name } = await openOnce(page, index);
    times.push(ms);
    names.push(name);
    log(`open run ${run}/${runs}: ${round1(ms)} ms (${name})`);
    await page.waitForTimeout(500);
    await backHome(page, expected);
  }
  return figure(times, { assessments: names, note: 'run 1 includes loading the workspace code' });
}

// ------------------------------------------------------------------------------------------------ tracing

/** Starts a trace of the page's renderer: Browser.startTracing, or the page's DevTools session when there is no Browser. */
async function startTrace(context, page) {
  const browser = context.browser();
  if (browser) {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    return async () => JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  }
  const session = await context.newCDPSession(page);
  const events = [];
  session.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });
  return async () => {
    await session.send('Tracing.end');
    await complete;
    await session.detach().catch(() => undefined);
    return events;
  };
}

/** The renderer main thread of the page: the process of the traced main frame, or the busiest CrRendererMain. */
function mainThread(events, url) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => !f.parent && String(f.url ?? '').startsWith(url)) ?? started?.args?.data?.frames?.find((f) => !f.parent);
  const byFrame = frame ? mains.find((m) => m.pid === frame.processId) : undefined;
  if (byFrame) return { pid: byFrame.pid, tid: byFrame.tid };
  let best = null;
  let bestTime = -1;
  for (const m of mains) {
    const time = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (time > bestTime) {
      best = { pid: m.pid, tid: m.tid };
      bestTime = time;
    }
  }
  return best;
}

/** What a task did: its direct timeline events by name (scripts by function and file), longest first. */
function taskContents(onThread, task) {
  const end = task.ts + task.dur;
  const inside = onThread.filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e.name !== 'RunTask');
  // Only the outermost events: one that lies inside an earlier longer one is part of it.
  inside.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  let coveredTo = -1;
  for (const e of inside) {
    if (e.ts >= coveredTo) {
      outer.push(e);
      coveredTo = e.ts + (e.dur ?? 0);
    }
  }
  const label = (e) => {
    const data = e.args?.data ?? {};
    if (data.functionName || data.url) return `${e.name} ${data.functionName || '(anonymous)'} ${String(data.url ?? '').replace(/^.*\//, '')}`.trim();
    if (data.type) return `${e.name} ${data.type}`;
    return e.name;
  };
  const totals = new Map();
  for (const e of outer) totals.set(label(e), (totals.get(label(e)) ?? 0) + (e.dur ?? 0) / 1000);
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([what, ms]) => ({ what, ms: round1(ms) }));
}

/** The renderer main thread's top-level tasks (RunTask) during the typing (first to last key event) and until the save settled. */
function analyseTyping(events, url) {
  const thread = mainThread(events, url);
  if (!thread) throw new Error('no CrRendererMain thread in the trace');
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const keys = onThread.filter((e) => e.name === 'EventDispatch' && ['keydown', 'keypress', 'keyup', 'input'].includes(e.args?.data?.type));
  if (keys.length === 0) throw new Error('no key events in the trace');
  const typingStart = Math.min(...keys.map((e) => e.ts));
  const typingEnd = Math.max(...keys.map((e) => e.ts + (e.dur ?? 0)));
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts + e.dur >= typingStart);
  const during = tasks.filter((e) => e.ts <= typingEnd);
  const longest = (list) => (list.length ? Math.max(...list.map((e) => e.dur)) / 1000 : 0);
  const over = (list) => list.filter((e) => e.dur / 1000 > LONG_TASK_MS).length;
  const top = [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 3);
  // The tasks that handle a key press (React renders the step for each character) against the rest (saves, reads).
  const keyTasks = during.filter((t) => keys.some((k) => k.ts >= t.ts && k.ts <= t.ts + t.dur));
  return {
    longest: longest(during),
    longestKeyTask: longest(keyTasks),
    longestOtherTask: longest(during.filter((t) => !keyTasks.includes(t))),
    over50: over(during),
    tasks: during.length,
    typingMs: (typingEnd - typingStart) / 1000,
    untilSaved: { longest: longest(tasks), over50: over(tasks) },
    longestTasks: top.map((t) => ({
      ms: round1(t.dur / 1000),
      atMsAfterFirstKey: round1((t.ts - typingStart) / 1000),
      duringTyping: t.ts <= typingEnd,
      contents: taskContents(onThread, t),
    })),
  };
}

/**
 * A CPU profile in short: JS self time by function over the whole profile, and the longest stretch of the
 * main thread without idle samples (about one long task) with its self time by function.
 */
function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const label = (node) => {
    const f = node.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}${f.url ? `:${f.lineNumber + 1}` : ''}`.trim();
  };
  const top = (map, count) =>
    [...map]
      .filter(([key]) => key !== '(idle)' && key !== '(program)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([fn, ms]) => ({ fn, selfMs: round1(ms) }));
  const self = new Map();
  const stretches = [];
  let current = null;
  profile.samples.forEach((id, i) => {
    const key = label(byId.get(id));
    const ms = (deltas[i + 1] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + ms);
    if (key === '(idle)') {
      current = null;
      return;
    }
    if (!current) {
      current = { ms: 0, self: new Map() };
      stretches.push(current);
    }
    current.ms += ms;
    current.self.set(key, (current.self.get(key) ?? 0) + ms);
  });
  const longest = stretches.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, self: new Map() });
  return {
    selfTime: top(self, 12),
    longestBusyStretch: { ms: round1(longest.ms), selfTime: top(longest.self, 8) },
  };
}

/** Runs `action` under the DevTools CPU profiler of the page and summarises the profile (see summariseProfile). */
async function profiled(context, page, action) {
  const session = await context.newCDPSession(page);
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    await action();
    const { profile } = await session.send('Profiler.stop');
    return summariseProfile(profile);
  } catch (error) {
    return { error: message(error) };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function measureTyping({ context, page, url, index, runs, profile }) {
  const href = await page.evaluate((i) => {
    // Among the rows the windowed list renders (the first screens of it).
    const cards = document.querySelectorAll('ul.assessment-list > li');
    const card = cards[i % cards.length];
    return card.querySelector('.card-actions a').getAttribute('href');
  }, index);
  const id = href.replace(/^.*\/a\//, '').replace(/\/.*$/, '');
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/a/${id}/goals`);
  const field = page.locator('textarea[id^="goal-"][id$="-statement"]').first();
  await field.waitFor();
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    await field.click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(1000);
    const since = await page.evaluate(() => performance.now());
    const stop = await startTrace(context, page);
    try {
      await page.keyboard.type(TYPED, { delay: 30 });
      await page.locator('.save-status.save-saved').waitFor();
      await page.waitForTimeout(1500);
    } finally {
      results.push(analyseTyping(await stop(), url));
    }
    const r = results[results.length - 1];
    r.fullListReads = await page.evaluate((t) => window.__bench.storeReads.filter((x) => x.at >= t && x.store === 'assessments').length, since);
    log(
      `typing run ${run}/${runs}: longest task ${round1(r.longest)} ms (key press ${round1(r.longestKeyTask)} ms, other ${round1(r.longestOtherTask)} ms), ` +
        `${r.over50} task(s) > ${LONG_TASK_MS} ms while typing; until saved: ${round1(r.untilSaved.longest)} ms; ${r.fullListReads} read(s) of all assessments`,
    );
  }
  const worst = results.reduce((a, b) => (b.untilSaved.longest > a.untilSaved.longest ? b : a));
  const out = figure(
    results.map((r) => r.longest),
    {
      target: LONG_TASK_MS,
      countOver50ms: figure(results.map((r) => r.over50)),
      longestKeyPressTask: figure(results.map((r) => r.longestKeyTask)),
      longestOtherTask: figure(results.map((r) => r.longestOtherTask)),
      tasksWhileTyping: figure(results.map((r) => r.tasks)),
      typingMs: figure(results.map((r) => r.typingMs)),
      untilSaved: {
        longest: figure(results.map((r) => r.untilSaved.longest)),
        countOver50ms: figure(results.map((r) => r.untilSaved.over50)),
      },
      fullReadsOfAllAssessments: figure(results.map((r) => r.fullListReads)),
      typed: TYPED.length,
      assessmentId: id,
      longestTasks: worst.longestTasks,
    },
  );
  if (profile) {
    // One more round, under the CPU profiler (not counted in the figures above: profiling slows the page).
    out.profile = await profiled(context, page, async () => {
      await page.keyboard.type(TYPED, { delay: 30 });
      await page.locator('.save-status.save-saved').waitFor();
      await page.waitForTimeout(1500);
    });
  }
  return { result: out, id };
}

/** Word export on the summary page of assessment `id`: the first (loads the code) and `runs` repeated ones. */
async function measureWord(page, id, runs) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/a/${id}/summary`);
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const word = page.getByRole('button', { name: 'Word (.docx)', exact: true });
  await word.waitFor();
  await page.waitForTimeout(1000);
  const once = async () => {
    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    const started = performance.now();
    const clickAt = await page.evaluate(() => {
      const at = performance.now();
      [...document.querySelectorAll('.export-formats button')].find((b) => b.textContent.startsWith('Word')).click();
      return at;
    });
    const download = await downloading;
    const ms = performance.now() - started;
    const inPage = await page.evaluate((since) => {
      const d = window.__bench.downloads.find((x) => x.at >= since);
      return d ? d.at - since : null;
    }, clickAt);
    const path = await download.path();
    const bytes = statSync(path).size;
    await page.locator('.export-status').filter({ hasText: 'Saved as' }).waitFor();
    return { ms, inPage, bytes, name: download.suggestedFilename() };
  };
  const first = await once();
  log(`word export first: ${round1(first.ms)} ms (${first.bytes} bytes)`);
  const repeated = [];
  for (let run = 1; run <= runs; run += 1) {
    await page.waitForTimeout(500);
    const r = await once();
    repeated.push(r);
    log(`word export repeated ${run}/${runs}: ${round1(r.ms)} ms`);
  }
  return {
    target: 1000,
    first: figure([first.ms], { inPage: first.inPage === null ? null : round1(first.inPage) }),
    repeated: figure(
      repeated.map((r) => r.ms),
      { inPage: figure(repeated.map((r) => r.inPage ?? Number.NaN)) },
    ),
    bytes: first.bytes,
    file: first.name,
  };
}

/** "Export all" on the home screen: click to download event, and to the notice (the export time is written back). */
async function measureBackupExport(page, expected, runs) {
  const times = [];
  const toNotice = [];
  const longest = [];
  let bytes = 0;
  for (let run = 1; run <= runs; run += 1) {
    const downloading = page.waitForEvent('download', { timeout: 180_000 });
    const started = performance.now();
    const noticed = page
      .evaluate(async () => {
        const b = window.__bench;
        const clickAt = performance.now();
        [...document.querySelectorAll('.backup-panel button')].find((btn) => btn.textContent.trim() === 'Export all').click();
        const at = await b.until(() => [...document.querySelectorAll('.notices .notice')].some((el) => el.textContent.includes('Backup saved as')));
        const tasks = b.longTasks.filter((t) => t.start >= clickAt && t.start <= at).map((t) => t.duration);
        return { ms: at - clickAt, longestTask: tasks.length ? Math.max(...tasks) : 0 };
      })
      .catch((error) => error);
    const download = await downloading;
    times.push(performance.now() - started);
    const notice = await noticed;
    if (notice instanceof Error) throw notice;
    toNotice.push(notice.ms);
    longest.push(notice.longestTask);
    bytes = statSync(await download.path()).size;
    log(
      `export all run ${run}/${runs}: download after ${round1(times[times.length - 1])} ms, notice after ${round1(notice.ms)} ms ` +
        `(longest task ${round1(notice.longestTask)} ms), ${bytes} bytes`,
    );
    // Let the write-back of the export time and the list's re-render settle; clear the notices.
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      for (const b of document.querySelectorAll('.notices .notice button.secondary')) b.click();
    });
    await waitRows(page, expected);
    await page.waitForTimeout(500);
  }
  return figure(times, { untilNotice: figure(toNotice), longestTask: figure(longest), bytes, assessments: expected });
}

/**
 * Measures the built app at `url` with a large data set. Never throws for a failed measurement: that figure
 * is `{ error }`.
 * @param {{ url: string, chromiumPath?: string, runs?: number, assessments?: number, measuresEach?: number, profile?: boolean }} options
 */
export async function measureLargeData({ url, chromiumPath = findChromium(), runs = 3, assessments = 500, measuresEach = 20, profile = true }) {
  const out = {
    dataset: { assessments, measuresEach, bytes: null },
    import: null,
    listFirstRows: null,
    openAssessment: null,
    typingLongestTask: null,
    wordExport: null,
    backupExport: null,
  };
  const fail = (why) => ({ error: why });
  const dir = mkdtempSync(join(tmpdir(), 'csei-bench-data-'));
  let browser = null;
  try {
    const started = performance.now();
    const backup = buildLargeBackup({ assessments, measuresEach });
    const file = join(dir, 'csei-navigator_backup_bench.json');
    writeFileSync(file, backup.text);
    out.dataset = { assessments, measuresEach, bytes: backup.bytes, importLimitBytes: backup.maxBytes, fitsImportLimit: backup.fitsImportLimit };
    log(`dataset: ${assessments} assessments × ${measuresEach} measures, ${(backup.bytes / 1048576).toFixed(1)} MiB (limit ${backup.maxBytes / 1048576} MiB), built in ${round1(performance.now() - started)} ms`);
    if (!backup.fitsImportLimit) {
      const why = `the backup is ${backup.bytes} bytes, over the import limit of ${backup.maxBytes} bytes`;
      for (const key of ['import', 'listFirstRows', 'openAssessment', 'typingLongestTask', 'wordExport', 'backupExport']) out[key] = fail(why);
      return out;
    }

    try {
      const imported = await measureImport({ chromiumPath, url, file, expected: assessments, runs });
      out.import = imported.result;
      browser = imported.browser;
    } catch (error) {
      out.import = fail(message(error));
    }
    if (!browser) {
      const why = `no data: the import failed (${out.import?.error ?? 'unknown'})`;
      for (const key of ['listFirstRows', 'openAssessment', 'typingLongestTask', 'wordExport', 'backupExport']) out[key] = fail(why);
      return out;
    }
    const { context, page } = browser;

    try {
      out.listFirstRows = await measureList(context, page, url, assessments, runs, profile);
    } catch (error) {
      out.listFirstRows = fail(message(error));
      await page.goto(url).catch(() => undefined);
    }
    try {
      await waitRows(page, assessments);
      out.openAssessment = await measureOpen(page, assessments, runs);
    } catch (error) {
      out.openAssessment = fail(message(error));
    }

    let openId = null;
    try {
      await page.goto(url);
      await waitRows(page, assessments);
      await page.waitForTimeout(500);
      const typed = await measureTyping({ context, page, url, index: 2, runs, profile });
      out.typingLongestTask = typed.result;
      openId = typed.id;
    } catch (error) {
      out.typingLongestTask = fail(message(error));
    }
    try {
      if (!openId) {
        openId = await page.evaluate(() =>
          document.querySelector('ul.assessment-list > li .card-actions a').getAttribute('href').replace(/^.*\/a\//, '').replace(/\/.*$/, ''),
        );
      }
      out.wordExport = await measureWord(page, openId, runs);
    } catch (error) {
      out.wordExport = fail(message(error));
    }
    try {
      await page.goto(url);
      await waitRows(page, assessments);
      await page.waitForTimeout(1000);
      out.backupExport = await measureBackupExport(page, assessments, runs);
    } catch (error) {
      out.backupExport = fail(message(error));
    }
    return out;
  } catch (error) {
    for (const key of Object.keys(out)) if (out[key] === null) out[key] = fail(message(error));
    return out;
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------ self-check
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error(`large-data: vite build failed (${built.error?.message ?? `exit code ${built.status}`})`);
    process.exit(1);
  }
  const server = await serveDir(join(root, 'dist'), 4291);
  const started = performance.now();
  try {
    const result = await measureLargeData({ url: server.url, runs: Number(process.env.RUNS ?? 3) });
    console.log(JSON.stringify(result, null, 2));
    log(`whole run ${round1((performance.now() - started) / 1000)} s`);
  } finally {
    await server.close();
  }
}
