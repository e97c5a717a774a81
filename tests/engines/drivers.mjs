// One small driver per engine with the same four calls: goto, reload, run (an async function body with the
// page helpers as `h`), close. Chromium through playwright-core, Firefox through puppeteer-core over WebDriver
// BiDi, WebKit through WebKitWebDriver (W3C WebDriver over HTTP) driving MiniBrowser under xvfb-run.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path.mjs';
import { HELPERS } from './page-helpers.mjs';

const wrap = (body) => `(async () => { const h = ${HELPERS}; ${body} })()`;

/** Playwright and Puppeteer pages share evaluate/goto/reload. */
function pageDriver(name, page, width, close) {
  return {
    name,
    width,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    run: (body) => page.evaluate(wrap(body)),
    close,
  };
}

export async function chromiumDriver() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const page = await context.newPage();
  return pageDriver('Chromium', page, 390, () => browser.close());
}

export const FIREFOX = '/usr/bin/firefox-esr';

export async function firefoxDriver() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'en-GB', 'intl.locale.requested': 'en-GB' },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  return pageDriver('Firefox', page, 390, () => browser.close());
}

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** W3C WebDriver over HTTP, enough for these flows. */
async function webdriver(port, method, path, body) {
  const response = await fetch(`http://127.0.0.1:${String(port)}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

export async function webkitDriver(port) {
  // MiniBrowser keeps its data (and downloads) under XDG folders: a fresh set per run.
  const home = await mkdtemp(join(tmpdir(), 'csei-webkit-'));
  const config = join(home, 'config');
  await mkdir(config, { recursive: true });
  await writeFile(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${home}/downloads"\n`);
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${String(port)}`], {
    env: { ...process.env, XDG_CONFIG_HOME: config, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), LANG: 'en_GB.UTF-8' },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  try {
    const until = Date.now() + 20_000;
    for (;;) {
      try {
        await webdriver(port, 'GET', '/status');
        break;
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const session = await webdriver(port, 'POST', '/session', {
      capabilities: {
        alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER_PATH ?? MINIBROWSER, args: ['--automation'] } },
      },
    });
    const base = `/session/${session.sessionId}`;
    // MiniBrowser's window is at least 447 px wide.
    const rect = await webdriver(port, 'POST', `${base}/window/rect`, { width: 447, height: 844 });
    const width = await webdriver(port, 'POST', `${base}/execute/sync`, { script: 'return window.innerWidth;', args: [] });
    return {
      name: 'WebKit',
      width: Math.max(width, 0) || rect.width,
      goto: (url) => webdriver(port, 'POST', `${base}/url`, { url }),
      reload: () => webdriver(port, 'POST', `${base}/refresh`, {}),
      async run(body) {
        const script = `const done = arguments[arguments.length - 1]; ${wrap(body)}.then((v) => done({ ok: v }), (e) => done({ error: String(e && e.message || e) }));`;
        const result = await webdriver(port, 'POST', `${base}/execute/async`, { script, args: [] });
        if (result && 'error' in result) throw new Error(result.error);
        return result?.ok;
      },
      async close() {
        await webdriver(port, 'DELETE', base).catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
