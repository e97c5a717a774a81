// The benchmark: `npm run bench`. It only reports (exit code 0 whatever the figures are; 1 when a
// build fails). Tests never assert timings; these figures go into the issue notes.
//
// In one run it builds the app and a bare React page the same way (Vite, the React plugin, es2022),
// serves both with the same small gzip server and measures, in Debian's Chromium:
//   - the home screen's JS and CSS (gzip), with the per-file detail of the app's build;
//   - time from navigation to the home list (median of 5), first and repeat visit;
//   - Lighthouse 12 performance, accessibility and best-practices, desktop and mobile (median of 3);
//   - with 500 assessments seeded: import, first rows of the list, opening one, the longest task while
//     typing a goal, a Word export, a full backup (app only: the bare page has none of it);
//   - a region's archive of 2,000 and of 500 assessments written straight into IndexedDB: first rows, JS heap,
//     longest tasks while the list loads, scrolls, is searched and sorted (scripts/bench/archive.mjs);
//   - npm audit --omit=dev (reported, never a gate).
// Every app figure is printed beside the bare page's, with the ratio app / bare.
//
// Options:
//   --skip-build   measure the existing dist/ (the bare page is always built: it takes a second)
//   --quick        sizes and navigation only (no Lighthouse, no large data)
//   --json <file>  also write every figure as JSON
// BENCH_PORT=<n> in the environment serves the app on n and the bare page on n+1 (default 4301), so that
// two checkouts can run it at once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../tests/e2e/chromium-path.mjs';
import { auditProduction } from './bench/audit.mjs';
import { BARE_READY_SELECTOR, buildBare } from './bench/bare.mjs';
import { measureArchive } from './bench/archive.mjs';
import { measureLargeData } from './bench/large-data.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { APP_READY_SELECTOR, measureFetchedJs, measureNavigation } from './bench/navigation.mjs';
import { serveDir } from './bench/serve.mjs';
import { analyseDist } from './bench/sizes.mjs';
import { printTable } from './bench/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const quick = args.includes('--quick');
const jsonIndex = args.indexOf('--json');
const jsonPath = jsonIndex >= 0 ? args[jsonIndex + 1] : null;
const chromiumPath = findChromium();
const basePort = Number(process.env.BENCH_PORT ?? 4301);
const PORTS = { app: basePort, bare: basePort + 1 };

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const step = (text) => console.log(`\nbench [${elapsed()}]: ${text}`);

// ---------------------------------------------------------------- builds
let buildSeconds = null;
if (!skipBuild) {
  step('building the app (vite build)');
  const t0 = process.hrtime.bigint();
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  buildSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (result.status !== 0) {
    console.error(`bench: the app's build failed (exit ${String(result.status ?? result.signal)})`);
    process.exit(1);
  }
}
const appSizes = analyseDist(join(root, 'dist'));

step('building the bare React page');
const bareDir = mkdtempSync(join(tmpdir(), 'csei-bench-bare-'));
const bare = await buildBare(bareDir);
if (bare.error) {
  console.error(`bench: the bare page's build failed: ${bare.error}`);
  process.exit(1);
}

// ---------------------------------------------------------------- measurements
const results = { date: new Date().toISOString(), buildSeconds, appSizes, bare: { jsGzipBytes: bare.jsGzipBytes, cssGzipBytes: bare.cssGzipBytes } };
const appServer = await serveDir(join(root, 'dist'), PORTS.app);
const bareServer = await serveDir(bareDir, PORTS.bare);
try {
  step('navigation to the home list, 5 runs each');
  results.navigation = {
    app: await measureNavigation({ url: appServer.url, readySelector: APP_READY_SELECTOR, runs: 5, chromiumPath }),
    bare: await measureNavigation({ url: bareServer.url, readySelector: BARE_READY_SELECTOR, runs: 5, chromiumPath }),
  };
  step('JS fetched in the first 5 s of a first visit');
  results.fetchedJs = {
    app: await measureFetchedJs({ url: appServer.url, readySelector: APP_READY_SELECTOR, chromiumPath }),
    bare: await measureFetchedJs({ url: bareServer.url, readySelector: BARE_READY_SELECTOR, chromiumPath }),
  };
  if (!quick) {
    step('Lighthouse 12, desktop and mobile, 3 runs each');
    results.lighthouse = {
      app: await runLighthouse({ url: appServer.url, runs: 3, chromiumPath }),
      bare: await runLighthouse({ url: bareServer.url, runs: 3, chromiumPath }),
    };
    step('500 assessments of 8 dimensions and 20 measures');
    results.largeData = await measureLargeData({ url: appServer.url, chromiumPath, runs: 3 });
    for (const assessments of [2000, 500]) {
      step(`a region's archive: ${assessments} assessments written straight into IndexedDB`);
      results[`archive${assessments}`] = await measureArchive({ url: appServer.url, chromiumPath, assessments, runs: 3 });
    }
  }
} finally {
  await appServer.close();
  await bareServer.close();
  rmSync(bareDir, { recursive: true, force: true });
}

step('npm audit --omit=dev');
results.audit = auditProduction(root);

// ---------------------------------------------------------------- report
console.log(`\nCSEI Navigator benchmark, ${results.date.slice(0, 10)}, Node ${process.version}, ${elapsed()} in all`);
printTable(results);
if (jsonPath) {
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nevery figure: ${jsonPath}`);
}
