/**
 * Makes a rendered chart SVG self-contained: the styles it got from the page's CSS are written onto
 * each element, and anything that could run or fetch (script, foreignObject, event handlers, external
 * links) is removed. Works on DOM nodes, so it runs in the browser (and in jsdom for tests).
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * Copies the computed presentation styles of each live element onto its clone, as SVG presentation
 * attributes rather than a style attribute: the file needs no CSS, and the app's security policy
 * (no inline style attributes) is kept while the picture is made.
 */
export function inlineStyles(live: Element, clone: Element): void {
  const style = getComputedStyle(live);
  for (const property of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value !== '' && value !== 'normal' && value !== 'auto') clone.setAttribute(property, value);
  }
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  const liveChildren = Array.from(live.children);
  Array.from(clone.children).forEach((child, i) => {
    const source = liveChildren[i];
    if (source) inlineStyles(source, child);
  });
}

/** Removes scripts, foreign content, event handlers and links to anything outside the file. */
export function stripActiveContent(svg: Element): void {
  svg.querySelectorAll('script, foreignObject, iframe, image').forEach((el) => {
    el.remove();
  });
  for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const external = (name === 'href' || name === 'xlink:href') && !attr.value.startsWith('#');
      if (name.startsWith('on') || external) el.removeAttribute(attr.name);
    }
  }
}
