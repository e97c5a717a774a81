// Runs the end-to-end tests against the production build in Debian's Chromium.
// Fails (never skips) when no Chromium is found, saying how to install one.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
console.log(`end-to-end: using ${chromium}`);

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromium } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)]);
