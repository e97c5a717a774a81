// Lighthouse scores for the benchmark: Lighthouse 12 through its Node API, on a Chromium started by
// chrome-launcher (Lighthouse's own launcher) with a fresh temporary profile for every run, so that
// no run finds the HTTP cache or the service worker of an earlier one. Both presets: desktop
// (lighthouse/core/config/desktop-config.js) and mobile (Lighthouse's default config: a mid-range
// phone with simulated slow 4G and 4x CPU slowdown). Categories: performance, accessibility and
// best practices.
import { accessSync, constants } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium-path.mjs';
import { selfCheckAppAndBare } from './self-check.mjs';
import { median, message } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** The end-to-end tests' quiet, offline Chromium flags (the closed network refuses Chromium's own traffic). */
export const LIGHTHOUSE_CHROME_FLAGS = [...CHROMIUM_ARGS];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};
const PRESETS = { desktop: desktopConfig, mobile: undefined };

const score = (category) => (category && typeof category.score === 'number' ? Math.round(category.score * 100) : null);

/**
 * One Lighthouse run in a Chromium of its own. Resolves with the report (lhr) or throws.
 * @param {string} url
 * @param {object | undefined} config
 * @param {string} chromiumPath
 */
async function runOnce(url, config, chromiumPath) {
  // chrome-launcher spawns without an 'error' listener: a missing binary would end the whole
  // process with an uncaught ENOENT instead of rejecting, so the path is checked first.
  accessSync(chromiumPath, constants.X_OK);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES }, config);
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** The figures of one report, or `{ error }` when Lighthouse could not measure the page. */
function figures(lhr) {
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const out = {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
  };
  for (const [key, id] of Object.entries(METRICS)) {
    const value = lhr.audits[id]?.numericValue;
    out[key] = typeof value === 'number' ? (key === 'cls' ? Math.round(value * 1000) / 1000 : Math.round(value)) : null;
  }
  if (lhr.runWarnings?.length) out.warnings = lhr.runWarnings;
  return out;
}

/**
 * Audits that cost points in the accessibility and best-practices categories, with the elements or
 * messages they name, so that they can be fixed.
 */
function failingAudits(lhr) {
  const failing = [];
  for (const categoryId of ['accessibility', 'best-practices']) {
    const category = lhr.categories[categoryId];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const counts = ref.weight > 0 && typeof audit.score === 'number' && audit.score < 1;
      const broken = audit.scoreDisplayMode === 'error';
      if (!counts && !broken) continue;
      const items = Array.isArray(audit.details?.items) ? audit.details.items : [];
      failing.push({
        category: categoryId,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        ...(audit.errorMessage ? { error: audit.errorMessage } : {}),
        ...(items.length ? { items: items.slice(0, 5).map(describeItem) } : {}),
      });
    }
  }
  return failing;
}

/**
 * Why the performance score is what it is, from one report: the LCP element and the phases of its
 * time, the elements that shifted, render-blocking files, the longest tasks, and the audits that
 * estimate savings. Short on purpose: the full report is one `lighthouse <url>` away.
 */
function performanceNotes(lhr) {
  const audits = lhr.audits;
  const tables = (id) => (audits[id]?.details?.type === 'list' ? audits[id].details.items : [audits[id]?.details]).filter(Boolean);
  const lcpTables = tables('largest-contentful-paint-element');
  const lcpNode = lcpTables[0]?.items?.[0]?.node;
  const lcpPhases = Object.fromEntries((lcpTables[1]?.items ?? []).map((row) => [row.phase, Math.round(row.timing)]));
  const shortUrl = (url) => String(url).replace(/^https?:\/\/[^/]+\//, '/');
  const notes = {
    lcpElement: lcpNode ? `${lcpNode.selector}  "${String(lcpNode.nodeLabel ?? '').slice(0, 60)}"` : null,
    lcpPhases,
    layoutShifts: (audits['layout-shifts']?.details?.items ?? []).map((item) => ({
      element: item.node?.selector ?? item.node?.value ?? null,
      score: Math.round(item.score * 1000) / 1000,
    })),
    renderBlocking: (audits['render-blocking-insight']?.details?.items ?? []).map((item) => shortUrl(item.url)),
    longTasks: (audits['long-tasks']?.details?.items ?? [])
      .slice(0, 5)
      .map((item) => `${shortUrl(item.url)} ${Math.round(item.duration)} ms at ${Math.round(item.startTime)} ms`),
    savings: [],
  };
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    const audit = audits[ref.id];
    if (ref.weight > 0 || !audit || audit.scoreDisplayMode !== 'metricSavings' || audit.score === null || audit.score >= 1) continue;
    notes.savings.push(`${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
  return notes;
}

/** One line for a details item: the element (selector and snippet) or the message and its source. */
function describeItem(item) {
  const node = item.node ?? (item.type === 'node' ? item : null);
  if (node) return [node.selector, node.snippet].filter(Boolean).join('  ') + (node.explanation ? `  (${node.explanation.split('\n')[0]})` : '');
  const text = item.description ?? item.url ?? item.source ?? JSON.stringify(item);
  const source = item.sourceLocation?.url ? ` @ ${item.sourceLocation.url}:${item.sourceLocation.line ?? ''}` : '';
  return `${String(text)}${source}`.slice(0, 300);
}

/** Lighthouse's own pick of the run nearest the median FCP and TTI, or the median-performance run. */
function pickMedianRun(lhrs) {
  try {
    return computeMedianRun(lhrs);
  } catch {
    const sorted = [...lhrs].sort((a, b) => (score(a.categories.performance) ?? 0) - (score(b.categories.performance) ?? 0));
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }
}

/**
 * Lighthouse 12, desktop and mobile presets, `runs` runs each (one fresh Chromium per run).
 * Never throws: a preset where every run failed gives `{ error, runs }`.
 * @param {{ url: string, runs?: number, chromiumPath?: string }} options
 * @returns {Promise<Record<'desktop' | 'mobile', {
 *   performance: number | null, accessibility: number | null, bestPractices: number | null,
 *   metrics: { fcp: number | null, lcp: number | null, tbt: number | null, cls: number | null, si: number | null },
 *   runs: object[], failing: object[], performanceNotes: object, errors?: string[] } | { error: string, runs: object[] }>>}
 */
export async function runLighthouse({ url, runs = 3, chromiumPath = findChromium() }) {
  const result = {};
  for (const [preset, config] of Object.entries(PRESETS)) {
    const lhrs = [];
    const perRun = [];
    for (let run = 1; run <= runs; run += 1) {
      const started = Date.now();
      let entry;
      try {
        const lhr = await runOnce(url, config, chromiumPath);
        entry = figures(lhr);
        if (!('error' in entry)) lhrs.push(lhr);
      } catch (error) {
        entry = { error: message(error) };
      }
      perRun.push(entry);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `lighthouse: ${preset} run ${run}/${runs} ${url} ` +
          ('error' in entry
            ? `failed: ${entry.error}`
            : `performance ${entry.performance} accessibility ${entry.accessibility} best-practices ${entry.bestPractices}`) +
          ` (${seconds} s)`,
      );
    }
    const good = perRun.filter((entry) => !('error' in entry));
    const errors = perRun.filter((entry) => 'error' in entry).map((entry) => entry.error);
    if (good.length === 0) {
      result[preset] = { error: errors[0] ?? 'no run', runs: perRun };
      continue;
    }
    const medianRun = pickMedianRun(lhrs);
    result[preset] = {
      performance: median(good.map((entry) => entry.performance)),
      accessibility: median(good.map((entry) => entry.accessibility)),
      bestPractices: median(good.map((entry) => entry.bestPractices)),
      metrics: Object.fromEntries(Object.keys(METRICS).map((key) => [key, median(good.map((entry) => entry[key]))])),
      runs: perRun,
      failing: failingAudits(medianRun),
      performanceNotes: performanceNotes(medianRun),
      ...(errors.length ? { errors } : {}),
    };
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 3);
  await selfCheckAppAndBare({
    ports: [4283, 4284],
    measure: async ({ app, bare }) => ({ app: await runLighthouse({ url: app, runs }), bare: await runLighthouse({ url: bare, runs }) }),
  });
}
