/**
 * The radar chart at the width of its container, with a height and label size that follow it; or,
 * with `fill`, at the container's full width and height (presentation). This module is the lazy
 * chunk's entry: it is the only one that pulls Recharts in.
 */
import type { RadarChartProps } from './radar-chart';
import { RadarChart } from './radar-chart';
import type { ChartSize } from './chart-size';
import { chartFontSize, fillFontSize, useChartSize } from './chart-size';
import { useRadarGeometry } from './radar-geometry';

const MIN_HEIGHT = 160;

type ChartProps = Omit<RadarChartProps, 'width' | 'height' | 'fontSize'>;

/** As tall as the width calls for (no empty bands above and below), but never taller than most of the screen. */
function SizedRadar({ size, ...props }: ChartProps & { size: ChartSize }) {
  const fontSize = chartFontSize(size.width, size.rootFontSize);
  const natural = useRadarGeometry({ data: props.data, series: props.series, width: size.width, height: 'auto', fontSize }).height;
  const height = Math.round(Math.max(MIN_HEIGHT, Math.min(natural, size.viewportHeight * 0.9)));
  return <RadarChart {...props} width={size.width} height={height} fontSize={fontSize} />;
}

export function ResponsiveRadar({ fill = false, ...props }: ChartProps & { fill?: boolean }) {
  const [size, container] = useChartSize();
  return (
    <div ref={container} className={fill ? 'radar-container is-fill' : 'radar-container'}>
      {size &&
        (fill ? (
          <RadarChart {...props} width={size.width} height={size.height} fontSize={fillFontSize(size.width, size.height)} />
        ) : (
          <SizedRadar {...props} size={size} />
        ))}
    </div>
  );
}
