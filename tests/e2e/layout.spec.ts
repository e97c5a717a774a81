/**
 * Every screen with the worked example's full data, in both languages, on a phone (390×844), a laptop
 * (1280×720) and a projector (1920×1080): nothing scrolls sideways, nothing sticks out of the screen
 * or is cut by its box (deliberate, keyboard-reachable scroll regions apart), no text cut with an
 * ellipsis and no dropdown that cuts the option it shows. Screenshots in /tmp/shots-layout to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const SHOTS = '/tmp/shots-layout';
const SCREENS = ['', 'new', 'about', 'library', 'A/describe', 'A/define', 'A/decide', 'A/goals', 'A/draft', 'A/summary', 'A/workshop'] as const;

type Problem = { what: string; element: string; text: string };

/** What sticks out of the screen, is cut by a box or by an ellipsis, or a dropdown narrower than its options. */
function problems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: { what: string; element: string; text: string }[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}`;
    const text = (el: Element) => el.textContent.replace(/\s+/g, ' ').trim().slice(0, 50);
    if (document.documentElement.scrollWidth > width + 1) out.push({ what: 'page scrolls sideways', element: 'html', text: String(document.documentElement.scrollWidth) });
    const canvas = document.createElement('canvas').getContext('2d');
    for (const el of document.querySelectorAll('main *, header *')) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // Off-screen on purpose: the skip link until focused, texts for screen readers only.
      if (el.closest('.skip-link, .visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || (rect.width <= 1 && rect.height <= 1)) continue;
      // Inside a deliberate scroll region (a keyboard-focusable box that scrolls), a wide content is fine.
      const region = el.parentElement?.closest('[tabindex="0"][role="region"], [role="dialog"]');
      // Only the outermost element that sticks out is named (its children stick out with it).
      const parent = el.parentElement?.getBoundingClientRect();
      const parentOut = parent !== undefined && (parent.right > width + 1 || parent.left < -1);
      if (!region && !parentOut && (rect.right > width + 1 || rect.left < -1)) {
        out.push({ what: 'sticks out of the screen', element: name(el), text: text(el) });
      }
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) out.push({ what: 'cut with an ellipsis', element: name(el), text: text(el) });
      // On a laptop a closed dropdown must show its chosen option whole; a phone opens a full-width picker
      // with every option whole, and a long name (a group's own success factor) cannot fit 390 px anyway.
      if (el instanceof HTMLSelectElement && canvas && width >= 1000) {
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The closed dropdown shows the chosen option: that text must fit (the open list shows all in full).
        const widest = canvas.measureText(el.selectedOptions[0]?.text ?? '').width;
        // The text box of a select: its width less padding and the arrow (about 20 px).
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        if (widest > room + 1) out.push({ what: 'dropdown cuts its chosen option', element: name(el), text: `${String(Math.round(widest))} > ${String(Math.round(room))}` });
      }
    }
    return out.filter((p, i, all) => all.findIndex((q) => q.what === p.what && q.element === p.element && q.text === p.text) === i);
  });
}

for (const [language, locale, load] of [
  ['en', 'en-GB', 'Load example'],
  ['pl', 'pl-PL', 'Wczytaj przykład'],
] as const) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test.describe(`${language} at ${String(viewport.width)}×${String(viewport.height)}`, () => {
      test.use({ locale, viewport });

      test('every screen with the worked example fits: no sideways scroll, nothing cut', async ({ page }) => {
        test.setTimeout(120_000);
        mkdirSync(SHOTS, { recursive: true });
        await page.goto('./');
        await page.getByRole('button', { name: load }).first().click();
        await page.waitForURL(/#\/a\//);
        const id = /#\/a\/([^/]+)/.exec(page.url())?.[1];
        expect(id).toBeTruthy();
        const found: string[] = [];
        for (const screen of SCREENS) {
          await page.goto(`./#/${screen.replace('A/', `a/${id ?? ''}/`)}`);
          await expect(page.locator('main h1, main h2').first()).toBeVisible();
          // Lazy parts (charts, libraries) are loaded before measuring.
          await page.waitForLoadState('networkidle');
            const label = screen === '' ? 'home' : screen.replace('A/', '');
          await page.screenshot({ path: `${SHOTS}/${language}-${String(viewport.width)}x${String(viewport.height)}-${label.replace('/', '-')}.png`, fullPage: true });
          for (const p of await problems(page)) found.push(`${label}: ${p.what}: ${p.element} “${p.text}”`);
        }
        expect(found).toEqual([]);
      });
    });
  }
}

test.describe('a guidance panel at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('opening it changes neither the size nor the fields of the neighbouring card', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Load example' }).first().click();
    await page.waitForURL(/#\/a\//);
    const id = /#\/a\/([^/]+)/.exec(page.url())?.[1] ?? '';
    await page.goto(`./#/a/${id}/describe`);
    const cards = page.locator('.dimension-card');
    const first = cards.nth(0);
    const second = cards.nth(1);
    // The two cards share a row.
    const [a, b] = [await first.boundingBox(), await second.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y)).toBeLessThan(2);
    const before = { card: await second.boundingBox(), fields: await second.locator('textarea').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)) };
    await first.locator('.guidance-panel > summary').click();
    await expect(first.locator('.guidance-panel')).toHaveAttribute('open', '');
    expect((await first.boundingBox())?.height ?? 0).toBeGreaterThan(a?.height ?? 0);
    expect((await second.boundingBox())?.height).toBe(before.card?.height);
    expect(await second.locator('textarea').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))).toEqual(before.fields);
  });
});
