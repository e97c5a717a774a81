/**
 * The radar chart at the width of its container (ResizeObserver), with a height and label size that
 * follow it. This module is the lazy chunk's entry: it is the only one that pulls Recharts in.
 */
import { useCallback, useState } from 'react';
import type { RadarChartProps } from './radar-chart';
import { RadarChart } from './radar-chart';
import { useRadarGeometry } from './radar-geometry';

/** Used where nothing can be measured (jsdom, or a container not laid out yet). */
export const DEFAULT_CHART_WIDTH = 480;
const MIN_HEIGHT = 160;

type Size = { width: number; rootFontSize: number; viewportHeight: number };
type ChartProps = Omit<RadarChartProps, 'width' | 'height' | 'fontSize'>;

/** Label size: a little under the page's text size (so projectors' larger type also enlarges it), 12 px on phones. */
export function chartFontSize(width: number, rootFontSize: number): number {
  if (width < 420) return 12;
  return Math.round(Math.min(20, Math.max(12, rootFontSize * 0.875)));
}

function measure(el: HTMLElement): Size {
  const rect = el.getBoundingClientRect();
  // Never wider than what is left of the screen on the right, even when a wide table widens the page.
  const screenLeft = document.documentElement.clientWidth - Math.max(0, rect.left) - 16;
  const width = Math.floor(screenLeft > 0 ? Math.min(rect.width, screenLeft) : rect.width);
  const rootFontSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { width: width > 0 ? width : DEFAULT_CHART_WIDTH, rootFontSize, viewportHeight: window.innerHeight || 800 };
}

/** As tall as the width calls for (no empty bands above and below), but never taller than most of the screen. */
function SizedRadar({ size, ...props }: ChartProps & { size: Size }) {
  const fontSize = chartFontSize(size.width, size.rootFontSize);
  const natural = useRadarGeometry({ data: props.data, series: props.series, width: size.width, height: 'auto', fontSize }).height;
  const height = Math.round(Math.max(MIN_HEIGHT, Math.min(natural, size.viewportHeight * 0.9)));
  return <RadarChart {...props} width={size.width} height={height} fontSize={fontSize} />;
}

export function ResponsiveRadar(props: ChartProps) {
  const [size, setSize] = useState<Size | null>(null);
  const container = useCallback((el: HTMLDivElement | null) => {
    if (!el) return undefined;
    const update = () => {
      const next = measure(el);
      setSize((prev) => (prev && prev.width === next.width && prev.rootFontSize === next.rootFontSize && prev.viewportHeight === next.viewportHeight ? prev : next));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, []);
  return (
    <div ref={container} className="radar-container">
      {size && <SizedRadar {...props} size={size} />}
    </div>
  );
}
