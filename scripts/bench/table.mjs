// The benchmark's report: one table, the app beside the bare React page with the ratio app / bare,
// the target where the issue sets one and whether it is met. A figure that could not be measured shows
// its error instead of a number.

/** Reads `path` ('a.b.c') of an object; undefined when any step is missing. */
function at(object, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), object);
}

/** The error a measurement returned somewhere along `path`, if any. */
function errorAt(object, path) {
  let value = object;
  for (const key of path.split('.')) {
    if (value == null) return undefined;
    if (typeof value.error === 'string') return value.error;
    value = value[key];
  }
  return value && typeof value.error === 'string' ? value.error : undefined;
}

const kib = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024).toFixed(1)} KiB` : undefined);
const ms = (value) => (typeof value === 'number' ? `${value.toFixed(0)} ms` : undefined);
const score = (value) => (typeof value === 'number' ? String(Math.round(value)) : undefined);
const mib = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : undefined);

/**
 * @typedef {{ label: string, app: unknown, bare?: unknown, show: (v: unknown) => string | undefined,
 *   appError?: string, bareError?: string, target?: { text: string, met: (v: number) => boolean } }} Row
 */

/** @param {Row} row */
function cells(row) {
  const app = row.show(row.app) ?? (row.appError ? `error: ${row.appError}` : 'n/a');
  const bare = 'bare' in row ? (row.show(row.bare) ?? (row.bareError ? `error: ${row.bareError}` : 'n/a')) : '–';
  const ratio = typeof row.app === 'number' && typeof row.bare === 'number' && row.bare !== 0 ? `×${(row.app / row.bare).toFixed(2)}` : '';
  const target = row.target?.text ?? '';
  const met = row.target && typeof row.app === 'number' ? (row.target.met(row.app) ? 'met' : 'MISSED') : '';
  return [row.label, app, bare, ratio, target, met];
}

/** @param {any} results the benchmark's figures (see scripts/bench.mjs) */
export function buildRows(results) {
  const nav = results.navigation ?? {};
  const lh = results.lighthouse ?? {};
  const big = results.largeData;
  /** @type {Row[]} */
  const rows = [
    { label: 'home screen JS blocking the first screen (gzip)', app: results.appSizes.homeJs.gzip, bare: results.bare.jsGzipBytes, show: kib, target: { text: '≤ 135 KiB', met: (v) => v <= 135 * 1024 } },
    {
      label: 'JS fetched in the first 5 s of a first visit (compressed)',
      app: at(results, 'fetchedJs.app.bytes'),
      bare: at(results, 'fetchedJs.bare.bytes'),
      show: kib,
      appError: errorAt(results, 'fetchedJs.app'),
      bareError: errorAt(results, 'fetchedJs.bare'),
    },
    { label: 'home screen CSS (gzip)', app: results.appSizes.homeCss.gzip, bare: results.bare.cssGzipBytes, show: kib },
  ];
  for (const [key, label] of [
    ['firstVisit', 'navigation → home list, first visit (median of 5)'],
    ['repeatVisit', 'navigation → home list, repeat visit (median of 5)'],
  ]) {
    const bare = at(nav.bare, `${key}.median`);
    const target = typeof bare === 'number' ? { text: '≤ ×1.3 bare', met: (v) => v <= 1.3 * bare } : undefined;
    rows.push({ label, app: at(nav.app, `${key}.median`), bare, show: ms, appError: errorAt(nav.app, key), bareError: errorAt(nav.bare, key), target });
  }
  if (results.lighthouse) {
    for (const preset of ['desktop', 'mobile']) {
      for (const [key, name] of [
        ['performance', 'performance'],
        ['accessibility', 'accessibility'],
        ['bestPractices', 'best practices'],
      ]) {
        const target =
          key === 'performance'
            ? preset === 'mobile'
              ? { text: '100', met: (v) => v >= 100 }
              : undefined
            : { text: '100', met: (v) => v >= 100 };
        rows.push({
          label: `Lighthouse ${preset} ${name} (median of 3)`,
          app: at(lh.app, `${preset}.${key}`),
          bare: at(lh.bare, `${preset}.${key}`),
          show: score,
          appError: errorAt(lh.app, preset),
          bareError: errorAt(lh.bare, preset),
          target,
        });
      }
    }
  }
  if (big) {
    const error = (path) => errorAt(big, path);
    const dataset = big.dataset ?? {};
    rows.push(
      { label: `500 assessments: import of the backup (${mib(dataset.bytes) ?? '?'})`, app: at(big, 'import.median'), show: ms, appError: error('import') },
      { label: '500 assessments: navigation → first rows of the list', app: at(big, 'listFirstRows.median'), show: ms, appError: error('listFirstRows') },
      { label: '500 assessments: opening one (click → its workspace)', app: at(big, 'openAssessment.median'), show: ms, appError: error('openAssessment') },
      {
        label: '500 assessments: longest main-thread task while typing a goal',
        app: at(big, 'typingLongestTask.median'),
        show: ms,
        appError: error('typingLongestTask'),
        target: { text: '≤ 50 ms', met: (v) => v <= 50 },
      },
      {
        label: '500 assessments: Word export, first (code loads)',
        app: at(big, 'wordExport.first.median'),
        show: ms,
        appError: error('wordExport'),
        target: { text: '≤ 1000 ms', met: (v) => v <= 1000 },
      },
      { label: '500 assessments: Word export, again', app: at(big, 'wordExport.repeated.median'), show: ms, appError: error('wordExport'), target: { text: '≤ 1000 ms', met: (v) => v <= 1000 } },
      { label: '500 assessments: "Export all" backup', app: at(big, 'backupExport.median'), show: ms, appError: error('backupExport') },
      { label: '500 assessments: longest task of the import', app: at(big, 'import.longestTask.median'), show: ms, appError: error('import'), target: { text: '≤ 100 ms', met: (v) => v <= 100 } },
      { label: '500 assessments: longest task of "Export all"', app: at(big, 'backupExport.longestTask.median'), show: ms, appError: error('backupExport'), target: { text: '≤ 100 ms', met: (v) => v <= 100 } },
      { label: '500 assessments: JS heap after the list (no GC)', app: at(big, 'listFirstRows.jsHeapBytesAfterLoad'), show: mib, appError: error('listFirstRows') },
    );
  }
  for (const count of [2000, 500]) {
    const archive = results[`archive${count}`];
    if (!archive) continue;
    const error = archive.error;
    const n = count.toLocaleString('en');
    const task = (label, path) => ({ label: `${n} assessments: longest task while the list ${label}`, app: at(archive, path), show: ms, appError: error, target: { text: '≤ 50 ms', met: (v) => v <= 50 } });
    rows.push(
      { label: `${n} assessments: first start after writing them (summaries built), first rows`, app: at(archive, 'firstStart.firstRowAt'), show: ms, appError: error },
      { label: `${n} assessments: navigation → first rows of the list`, app: at(archive, 'firstRows.median'), show: ms, appError: error, target: { text: '≤ 150 ms', met: (v) => v <= 150 } },
      { label: `${n} assessments: JS heap once the list shows (after GC)`, app: at(archive, 'heapBytes.median'), show: mib, appError: error, target: { text: '≤ 40 MiB', met: (v) => v <= 40 * 1024 * 1024 } },
      task('loads', 'loadLongestTask.median'),
      task('scrolls', 'scrollLongestTask'),
      task('is searched', 'searchLongestTask'),
      task('is sorted', 'sortLongestTask'),
    );
  }
  return rows;
}

/** Prints the table and the audit's line. */
export function printTable(results) {
  const header = ['figure', 'app', 'bare React', 'app / bare', 'target', ''];
  const lines = [header, ...buildRows(results).map(cells)];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  const format = (line) => line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(format(lines[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines.slice(1)) console.log(format(line));
  const audit = results.audit;
  if (audit?.error) console.log(`\nnpm audit --omit=dev: not available (${audit.error})`);
  else if (audit) console.log(`\nnpm audit --omit=dev: ${String(audit.total)} known vulnerabilities (${Object.entries(audit.vulnerabilities).map(([k, v]) => `${k} ${String(v)}`).join(', ')})`);
  const dataset = results.largeData?.dataset;
  if (dataset?.assessments) console.log(`large data: ${String(dataset.assessments)} assessments × 8 dimensions × ${String(dataset.measuresEach)} measures`);
}
