/**
 * The size a chart gets from its container (ResizeObserver). A chart either follows its container's
 * width and takes the height it needs, or fills the container in both directions (presentation).
 */
import { useCallback, useState } from 'react';

/** Used where nothing can be measured (jsdom, or a container not laid out yet). */
export const DEFAULT_CHART_WIDTH = 480;
export const DEFAULT_CHART_HEIGHT = 480;

export type ChartSize = { width: number; height: number; rootFontSize: number; viewportHeight: number };

/** Label size: a little under the page's text size (so projectors' larger type also enlarges it), 12 px on phones. */
export function chartFontSize(width: number, rootFontSize: number): number {
  if (width < 420) return 12;
  return Math.round(Math.min(20, Math.max(12, rootFontSize * 0.875)));
}

/** Label size of a chart that fills a projected screen: large, yet leaving most of the space to the plot. */
export function fillFontSize(width: number, height: number): number {
  return Math.round(Math.min(30, Math.max(14, Math.min(width, height * 1.3) / 36)));
}

function measure(el: HTMLElement): ChartSize {
  const rect = el.getBoundingClientRect();
  // Never wider than what is left of the screen on the right, even when a wide table widens the page.
  const screenLeft = document.documentElement.clientWidth - Math.max(0, rect.left) - 16;
  const width = Math.floor(screenLeft > 0 ? Math.min(rect.width, screenLeft) : rect.width);
  const rootFontSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return {
    width: width > 0 ? width : DEFAULT_CHART_WIDTH,
    height: rect.height > 0 ? Math.floor(rect.height) : DEFAULT_CHART_HEIGHT,
    rootFontSize,
    viewportHeight: window.innerHeight || 800,
  };
}

const same = (a: ChartSize, b: ChartSize) =>
  a.width === b.width && a.height === b.height && a.rootFontSize === b.rootFontSize && a.viewportHeight === b.viewportHeight;

/** The container's size, followed as it changes; null until first measured. Put the ref on the container. */
export function useChartSize(): [ChartSize | null, (el: HTMLDivElement | null) => (() => void) | undefined] {
  const [size, setSize] = useState<ChartSize | null>(null);
  const container = useCallback((el: HTMLDivElement | null) => {
    if (!el) return undefined;
    const update = () => {
      const next = measure(el);
      setSize((prev) => (prev && same(prev, next) ? prev : next));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [size, container];
}
