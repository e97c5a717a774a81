/**
 * The group radar at its container's width (height as needed), or filling the container (`fill`,
 * for the presentation). The lazy chunk's entry for the group chart: it pulls Recharts in.
 */
import type { ChartSize } from './chart-size';
import { chartFontSize, fillFontSize, useChartSize } from './chart-size';
import type { GroupRadarChartProps } from './group-radar-chart';
import { GroupRadarChart } from './group-radar-chart';
import { useGroupRadarGeometry } from './group-radar-geometry';

const MIN_HEIGHT = 160;

type ChartProps = Omit<GroupRadarChartProps, 'width' | 'height' | 'fontSize'>;

function SizedGroupRadar({ size, ...props }: ChartProps & { size: ChartSize }) {
  const fontSize = chartFontSize(size.width, size.rootFontSize);
  const natural = useGroupRadarGeometry({ data: props.data, width: size.width, height: 'auto', fontSize }).height;
  const height = Math.round(Math.max(MIN_HEIGHT, Math.min(natural, size.viewportHeight * 0.9)));
  return <GroupRadarChart {...props} width={size.width} height={height} fontSize={fontSize} />;
}

export function ResponsiveGroupRadar({ fill = false, ...props }: ChartProps & { fill?: boolean }) {
  const [size, container] = useChartSize();
  return (
    <div ref={container} className={fill ? 'radar-container is-fill' : 'radar-container'}>
      {size &&
        (fill ? (
          <GroupRadarChart {...props} width={size.width} height={size.height} fontSize={fillFontSize(size.width, size.height)} />
        ) : (
          <SizedGroupRadar {...props} size={size} />
        ))}
    </div>
  );
}
