import type { MeasureText } from './radar-layout';
import { estimateTextWidth } from './radar-layout';

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    // jsdom has no canvas (and logs "not implemented" when asked): the estimate is used there.
    const noCanvas = typeof document === 'undefined' || navigator.userAgent.includes('jsdom');
    context = noCanvas ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/**
 * The width of a label as the browser will draw it, in the page's own font, with a 6 % margin for
 * rounding; the generous estimate where there is no canvas (jsdom).
 */
export const measureText: MeasureText = (text, fontSize, bold) => {
  const ctx = canvasContext();
  if (!ctx) return estimateTextWidth(text, fontSize, bold);
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  ctx.font = `${bold ? '700' : '400'} ${String(fontSize)}px ${family}`;
  return ctx.measureText(text).width * 1.06;
};
