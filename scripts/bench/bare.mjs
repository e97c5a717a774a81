// The benchmark's baseline: a bare React 19 page (scripts/bench/bare-page/) built with Vite the same
// way as the app (plugin-react, relative base, es2022, Vite's default minifiers), in the same run, so
// that the app's figures can be read as "so much more than React alone".
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';

export const BARE_PAGE_DIR = fileURLToPath(new URL('./bare-page/', import.meta.url));
/** The selector that is in the DOM once the bare page has rendered. */
export const BARE_READY_SELECTOR = 'ul[aria-label="Saved assessments"]';

/**
 * Builds the bare React page into `outDir` (emptied first) and measures what its index.html loads.
 * Never throws: a failed build gives `{ outDir, error }`.
 * @param {string} outDir
 * @returns {Promise<{ outDir: string, jsGzipBytes: number, cssGzipBytes: number } | { outDir: string, error: string }>}
 */
export async function buildBare(outDir) {
  try {
    const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
    await build({
      configFile: false,
      envDir: false,
      root: BARE_PAGE_DIR,
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      build: { target: 'es2022', sourcemap: false, outDir, emptyOutDir: true },
    });
    const { js, css } = loadedAssets(outDir);
    const gzipBytes = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);
    return { outDir, jsGzipBytes: gzipBytes(js), cssGzipBytes: gzipBytes(css) };
  } catch (error) {
    // Rolldown's messages carry colour codes and a stack trace: the first lines say what happened.
    const text = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
    const lines = text.split('\n').filter((line) => line.trim() !== '' && !/^Stack backtrace/.test(line));
    return { outDir, error: `bare page build failed: ${lines.slice(0, 3).join(' ')}` };
  }
}

/**
 * The scripts (module entry, modulepreloads) and stylesheets that `outDir/index.html` loads,
 * as paths relative to `outDir`. The bare page has one chunk, so static imports need no following.
 * @param {string} outDir
 */
function loadedAssets(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const js = new Set();
  const css = new Set();
  const local = (ref) => posix.normalize(ref.replace(/^\.?\//, '').split(/[?#]/)[0]);
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const src = /\b(?:src|href)\s*=\s*"([^"]+)"/i.exec(tag)?.[1];
    if (!src || /^(?:[a-z]+:|\/\/)/i.test(src)) continue;
    if (/^<script/i.test(tag) || /\brel\s*=\s*"modulepreload"/i.test(tag)) js.add(local(src));
    else if (/\brel\s*=\s*"stylesheet"/i.test(tag)) css.add(local(src));
  }
  if (js.size === 0) throw new Error(`no script found in ${join(outDir, 'index.html')}`);
  return { js: [...js], css: [...css] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  try {
    console.log(JSON.stringify(await buildBare(join(dir, 'dist')), null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
