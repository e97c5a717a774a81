// The participant's and the facilitator's core flows in Chromium, Firefox and WebKit, against the built app
// served by `vite preview`. Usage: node tests/engines/run-engines.mjs [--skip-build] [chromium|firefox|webkit …]
// Port: ENGINES_PORT, else E2E_PORT + 100, else 4273 (WebKitWebDriver listens on the next port).
// Every engine that is asked for must be installed: a missing one fails, it is never skipped.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumDriver, FIREFOX, firefoxDriver, MINIBROWSER, webkitDriver } from './drivers.mjs';
import { facilitatorFlow, participantFlow } from './flows.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const asked = args.filter((a) => !a.startsWith('--'));
const engines = asked.length > 0 ? asked : ['chromium', 'firefox', 'webkit'];
const port = Number(process.env.ENGINES_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 100 : 4273));
const base = `http://127.0.0.1:${String(port)}/`;

const MISSING = {
  firefox: () => (existsSync(process.env.FIREFOX_PATH ?? FIREFOX) ? null : 'Firefox ESR is missing: apt-get install -y firefox-esr'),
  webkit: () =>
    existsSync(process.env.MINIBROWSER_PATH ?? MINIBROWSER) && spawnSync('sh', ['-c', 'command -v WebKitWebDriver && command -v xvfb-run']).status === 0
      ? null
      : 'WebKit is missing: apt-get install -y webkit2gtk-driver xvfb',
  chromium: () => null,
};

for (const engine of engines) {
  const missing = MISSING[engine]?.() ?? (MISSING[engine] ? null : `unknown engine ${engine}`);
  if (missing) {
    console.error(`engines: ${missing}`);
    process.exit(1);
  }
}

if (!skipBuild) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
};
process.on('exit', stopServer);

async function waitForServer() {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app did not start on ${base}`);
}

const DRIVERS = { chromium: chromiumDriver, firefox: firefoxDriver, webkit: () => webkitDriver(port + 1) };

let failed = 0;
try {
  await waitForServer();
  for (const engine of engines) {
    const started = Date.now();
    let driver;
    try {
      driver = await DRIVERS[engine]();
      const log = (step, detail = '') => console.log(`  ${driver.name}: ${step}${detail ? ` (${detail})` : ''}`);
      const id = await facilitatorFlow(driver, base, log);
      await participantFlow(driver, base, id, log);
      console.log(`✓ ${driver.name}: both flows passed in ${String(Math.round((Date.now() - started) / 1000))} s`);
    } catch (error) {
      failed += 1;
      console.error(`✘ ${engine}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await driver?.close().catch(() => undefined);
    }
  }
} finally {
  stopServer();
}
process.exit(failed > 0 ? 1 : 0);
