// Renders public/favicon.svg into the PNG app icons with the system Chromium.
//   node scripts/make-icons.mjs
// Writes public/icons/icon-192.png, icon-512.png (transparent corners) and
// icon-maskable-512.png (full-bleed theme colour, white mark inside the 80% safe zone).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const THEME = '#1f5f5b';
const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');

// Maskable variant: drop the white tile, draw the mark in white on the theme colour.
const maskableSvg = svg
  .replace(/<rect id="bg"[^>]*\/>\s*/, '')
  .replaceAll(THEME, '#ffffff');
if (maskableSvg === svg || maskableSvg.includes('id="bg"')) {
  throw new Error('favicon.svg no longer has the expected <rect id="bg"> / theme colour; update make-icons.mjs');
}

/** @param {string} markup @param {number} size @param {number} markScale @param {string} background */
function page(markup, size, markScale, background) {
  const inner = Math.round(size * markScale);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; width: ${size}px; height: ${size}px; overflow: hidden; background: ${background}; }
    body { display: grid; place-items: center; }
    svg { display: block; width: ${inner}px; height: ${inner}px; }
  </style></head><body>${markup.replace(/\swidth="64" height="64"/, '')}</body></html>`;
}

const icons = [
  { file: 'icons/icon-192.png', size: 192, html: page(svg, 192, 1, 'transparent'), transparent: true },
  { file: 'icons/icon-512.png', size: 512, html: page(svg, 512, 1, 'transparent'), transparent: true },
  // The mark's octagon spans 50/64 of the SVG box; at 80% of the icon it stays well
  // inside the maskable safe zone (a circle of radius 40% of the icon).
  { file: 'icons/icon-maskable-512.png', size: 512, html: page(maskableSvg, 512, 0.8, THEME), transparent: false },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true });
try {
  mkdirSync(join(root, 'public/icons'), { recursive: true });
  for (const icon of icons) {
    const context = await browser.newContext({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
      offline: true,
    });
    const tab = await context.newPage();
    await tab.setContent(icon.html, { waitUntil: 'load' });
    const path = join(root, 'public', icon.file);
    await tab.screenshot({
      path,
      type: 'png',
      omitBackground: icon.transparent,
      clip: { x: 0, y: 0, width: icon.size, height: icon.size },
    });
    await context.close();
    console.log(`wrote public/${icon.file} (${icon.size}x${icon.size})`);
  }
} finally {
  await browser.close();
}
