import { useTranslation } from 'react-i18next';
import type { TooltipContentProps } from 'recharts';
import type { ValueInForce } from '@/domain/participants';
import { formatNumber } from '@/i18n/format';
import type { RadarRow, RadarSeries } from './radar-data';

type RadarTooltipProps = Pick<TooltipContentProps, 'active' | 'payload'> & {
  series: readonly RadarSeries[];
  overlays: readonly { id: string; label: string }[];
};

/** The tooltip of one axis: the full dimension name, every value (n/a, don't know, not rated in words) and the gap. */
export function RadarTooltip({ active, payload, series, overlays }: RadarTooltipProps) {
  const { t, i18n } = useTranslation('charts');
  const row = (payload[0] as { payload?: RadarRow } | undefined)?.payload;
  if (!active || !row) return null;
  const lng = i18n.language;
  const answer = (value: ValueInForce | undefined): string =>
    typeof value === 'number' ? formatNumber(value, lng) : value === 'na' || value === 'unknown' ? t(`answer.${value}`) : t('answer.unrated');
  const answers: Record<RadarSeries, ValueInForce> = { baseline: row.baselineAnswer, ideal: row.idealAnswer };
  return (
    <div className="radar-tooltip">
      <p className="radar-tooltip-title">{row.label}</p>
      {row.isFocus && <p className="radar-tooltip-focus">{t('tooltip.focus')}</p>}
      <dl>
        {series.map((s) => (
          <div key={s}>
            <dt>{t(`series.${s}`)}</dt>
            <dd>{answer(answers[s])}</dd>
          </div>
        ))}
        {series.length === 2 && (
          <div>
            <dt>{t('tooltip.gap')}</dt>
            <dd>{row.gap === null ? t('tooltip.notComparable') : formatNumber(row.gap, lng)}</dd>
          </div>
        )}
        {row.bandMin !== null && row.bandMax !== null && (
          <div>
            <dt>{t('tooltip.band')}</dt>
            <dd>{t('group.tooltip.rangeValue', { min: formatNumber(row.bandMin, lng), max: formatNumber(row.bandMax, lng) })}</dd>
          </div>
        )}
        {overlays.map((o) => (
          <div key={o.id}>
            <dt>{o.label}</dt>
            <dd>{answer(row.overlays[o.id] ?? null)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
