// Sizes of a built site for the benchmark: what the home screen loads, the lazy chunks and the service
// worker's precache, raw and gzip (level 9), read from the files in the folder.
//   - home screen JS/CSS: the entry script and stylesheets referenced by index.html, its modulepreload
//     links, and every chunk they import statically (recursively);
//   - lazy chunks: every other JS chunk;
//   - the service-worker precache: entries of the precache manifest in sw.js.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @param {string} dist the built folder (holding index.html)
 * @param {{ print?: boolean }} options print the per-file sections (default true)
 */
export function analyseDist(dist, { print = true } = {}) {
  const indexHtmlPath = join(dist, 'index.html');
  if (!existsSync(indexHtmlPath)) throw new Error(`${indexHtmlPath} not found; did the build run?`);
  const log = print ? console.log : () => {};
  // ---------------------------------------------------------------- helpers
  /** dist-relative posix path of an absolute path */
  const rel = (abs) => relative(dist, abs).split(sep).join('/');

  const sizeCache = new Map();
  /** @param {string} file dist-relative path */
  function sizes(file) {
    let entry = sizeCache.get(file);
    if (!entry) {
      const buf = readFileSync(join(dist, file));
      entry = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
      sizeCache.set(file, entry);
    }
    return entry;
  }

  const kib = (bytes) => (bytes / 1024).toFixed(2);

  /** Resolves a URL found in index.html or a chunk to a dist-relative path, or null if external. */
  function resolveRef(fromFile, ref) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) return null; // http:, data:, //host
    const clean = decodeURI(ref.split(/[?#]/)[0]);
    const joined = clean.startsWith('/')
      ? posix.normalize(clean.slice(1))
      : posix.normalize(posix.join(posix.dirname(fromFile), clean));
    return joined.startsWith('..') ? null : joined;
  }

  /** Attributes of every <tag ...> in html */
  function tags(html, tag) {
    const out = [];
    for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
      const attrs = {};
      for (const a of m[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
        attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
      }
      out.push(attrs);
    }
    return out;
  }

  /**
   * Static imports of an ES module chunk: `import x from "./a.js"`, `import{a}from"./a.js"`,
   * `import"./a.js"`, `export * from "./a.js"`, `export{a}from"./a.js"`. Dynamic `import("./a.js")`
   * is not matched. Strings and comments are not parsed, which is fine for bundler output.
   */
  function staticImports(code) {
    const specs = new Set();
    const re =
      /(?:^|[^\w$.])(?:import\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s+[\w$]+\s*|\{[^}]*\}\s*)?(?:from\s*)?|export\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*)(["'])([^"'\n]+?\.m?js)\1/g;
    for (const m of code.matchAll(re)) specs.add(m[2]);
    return [...specs];
  }

  // ---------------------------------------------------------------- home screen
  const html = readFileSync(indexHtmlPath, 'utf8');
  const homeJs = new Set();
  const homeCss = new Set();
  const jsRoots = [];

  for (const s of tags(html, 'script')) {
    if (s.src && (s.type ?? '').toLowerCase() === 'module') jsRoots.push(resolveRef('index.html', s.src));
  }
  for (const l of tags(html, 'link')) {
    const relAttr = (l.rel ?? '').toLowerCase().split(/\s+/);
    if (!l.href) continue;
    if (relAttr.includes('modulepreload')) jsRoots.push(resolveRef('index.html', l.href));
    else if (relAttr.includes('stylesheet')) {
      const css = resolveRef('index.html', l.href);
      if (css && existsSync(join(dist, css))) homeCss.add(css);
    }
  }

  const queue = jsRoots.filter((f) => f && existsSync(join(dist, f)));
  while (queue.length) {
    const file = queue.pop();
    if (homeJs.has(file)) continue;
    homeJs.add(file);
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      const dep = resolveRef(file, spec);
      if (dep && !homeJs.has(dep) && existsSync(join(dist, dep))) queue.push(dep);
    }
  }
  if (homeJs.size === 0) console.warn('bench: warning: no module entry script found in dist/index.html');

  // ---------------------------------------------------------------- all files
  function walk(dir) {
    const out = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) out.push(...walk(abs));
      else out.push(rel(abs));
    }
    return out;
  }
  const allFiles = walk(dist).sort();

  // Service-worker runtime files are not app chunks.
  const isSwFile = (f) => /^(?:sw|service-worker|registerSW)\.js$|^workbox-[\w-]+\.js$/.test(f);
  const lazyJs = allFiles.filter((f) => /\.m?js$/.test(f) && !homeJs.has(f) && !isSwFile(f));
  const otherCss = allFiles.filter((f) => f.endsWith('.css') && !homeCss.has(f));
  const swFiles = allFiles.filter(isSwFile);

  // ---------------------------------------------------------------- precache
  let precache = null;
  const swPath = join(dist, 'sw.js');
  if (existsSync(swPath)) {
    const sw = readFileSync(swPath, 'utf8');
    const urls = new Set();
    const q = `["']?`;
    const str = `"([^"]*)"|'([^']*)'`;
    const rev = `null|"[^"]*"|'[^']*'`;
    const urlFirst = new RegExp(`\\{\\s*${q}url${q}\\s*:\\s*(?:${str})\\s*,\\s*${q}revision${q}\\s*:\\s*(?:${rev})\\s*\\}`, 'g');
    const revFirst = new RegExp(`\\{\\s*${q}revision${q}\\s*:\\s*(?:${rev})\\s*,\\s*${q}url${q}\\s*:\\s*(?:${str})\\s*\\}`, 'g');
    for (const m of sw.matchAll(urlFirst)) urls.add(m[1] ?? m[2]);
    for (const m of sw.matchAll(revFirst)) urls.add(m[1] ?? m[2]);
    const entries = [];
    const missing = [];
    for (const url of urls) {
      const file = resolveRef('sw.js', url);
      if (file && existsSync(join(dist, file)) && statSync(join(dist, file)).isFile()) entries.push(file);
      else missing.push(url);
    }
    precache = { entries: entries.sort(), missing };
  }

  // ---------------------------------------------------------------- report
  const NAME_W = Math.max(40, ...allFiles.map((f) => f.length + 2));
  const line = (name, raw, gzip) => `${name.padEnd(NAME_W)}${raw.padStart(12)}${gzip.padStart(12)}`;
  const rule = '-'.repeat(NAME_W + 24);

  function section(title, files) {
    let raw = 0;
    let gzip = 0;
    log(`\n${title} (${files.length})`);
    log(line('  file', 'raw KiB', 'gzip KiB'));
    log(rule);
    for (const f of files) {
      const s = sizes(f);
      raw += s.raw;
      gzip += s.gzip;
      log(line(`  ${f}`, kib(s.raw), kib(s.gzip)));
    }
    log(rule);
    log(line('  total', kib(raw), kib(gzip)));
    return { raw, gzip, count: files.length };
  }

  const byGzipDesc = (a, b) => sizes(b).gzip - sizes(a).gzip || a.localeCompare(b);

  const tHomeJs = section('Home screen JS', [...homeJs].sort(byGzipDesc));
  const tHomeCss = section('Home screen CSS', [...homeCss].sort(byGzipDesc));
  const tLazy = section('Lazy JS chunks', lazyJs.sort(byGzipDesc));
  if (otherCss.length) section('Other CSS (lazy)', otherCss.sort(byGzipDesc));
  if (swFiles.length) section('Service worker', swFiles.sort(byGzipDesc));

  let tPrecache = null;
  if (precache) {
    tPrecache = section('Precache (dist/sw.js manifest)', precache.entries.slice().sort(byGzipDesc));
    if (precache.missing.length) {
      console.warn(`  warning: ${precache.missing.length} precache URL(s) not found in dist/: ${precache.missing.join(', ')}`);
    }
  } else {
    if (print) console.warn('\nbench: warning: no sw.js; no precache report');
  }
  return { homeJs: tHomeJs, homeCss: tHomeCss, lazy: tLazy, precache: tPrecache };
}
