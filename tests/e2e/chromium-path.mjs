// Locates the system Chromium used by the end-to-end tests and the icon script.
// Playwright's own browser download is not used (no network in CI besides npm and apt).
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Launch arguments for a quiet, offline, headless Chromium. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]);

/**
 * Returns the path of the Chromium executable: $CHROME_PATH when set and present,
 * otherwise /usr/bin/chromium. Throws when neither exists.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new Error(
    [
      'No Chromium was found.',
      `Looked at CHROME_PATH (${fromEnv ? `"${fromEnv}", which does not exist` : 'not set'}) and ${DEFAULT_CHROMIUM}.`,
      'Install it, e.g. on Debian: apt-get install -y chromium (or set CHROME_PATH to a Chromium/Chrome executable).',
      'End-to-end tests are not skipped when Chromium is missing; they fail.',
    ].join(' '),
  );
}
