import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the radar downloads as a 1600 × 1200 PNG and a self-contained SVG named after the cluster', async ({ page }, testInfo) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Load example' }).first().click();
  await page.getByRole('link', { name: 'Summary' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spider diagram picture (PNG)' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/^pomeranian-social-economy-cluster-example_\d{4}-\d{2}-\d{2}_radar\.png$/);
  const pngPath = testInfo.outputPath('radar.png');
  await png.saveAs(pngPath);
  expect(pngSize(await readFile(pngPath))).toEqual({ width: 1600, height: 1200 });
  // The PNG decodes in the browser at the stated size
  const decoded = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, (await readFile(pngPath)).toString('base64'));
  expect(decoded).toEqual({ width: 1600, height: 1200 });

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spider diagram picture (SVG)' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toMatch(/_radar\.svg$/);
  const svgPath = testInfo.outputPath('radar.svg');
  await svgFile.saveAs(svgPath);
  const svg = await readFile(svgPath, 'utf8');
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toMatch(/href="(?!#)/i);
  expect(svg).not.toMatch(/url\((?!#)/i);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror') !== null,
      width: root.getAttribute('width'),
      namespace: root.namespaceURI,
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.width).toBe('1600');
  // Declared once, by the serializer (an xmlns attribute as well made it twice in jsdom: not well-formed XML)
  expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
  expect(svg.match(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
  // Title, legend and every axis label are in the picture
  expect(parsed.texts.join(' ')).toContain('Pomeranian Social Economy Cluster (example)');
  expect(parsed.texts.join(' ')).toMatch(/Baseline/);
  expect(parsed.texts.join(' ')).toMatch(/Financial/);
});
