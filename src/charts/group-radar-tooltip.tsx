import { useTranslation } from 'react-i18next';
import type { TooltipContentProps } from 'recharts';
import { formatNumber } from '@/i18n/format';
import type { GroupRadarRow } from './group-radar-data';

/** The tooltip of one axis of the group radar: median, lowest–highest, how many answered, agreed value. */
export function GroupRadarTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const { t, i18n } = useTranslation('charts');
  const row = (payload[0] as { payload?: GroupRadarRow } | undefined)?.payload;
  if (!active || !row) return null;
  const lng = i18n.language;
  const num = (value: number | null) => (value === null ? t('answer.unrated') : formatNumber(value, lng));
  const agreed =
    typeof row.agreedAnswer === 'number' ? formatNumber(row.agreedAnswer, lng) : row.agreedAnswer === null ? null : t(`answer.${row.agreedAnswer}`);
  return (
    <div className="radar-tooltip">
      <p className="radar-tooltip-title">{row.label}</p>
      {row.discuss && <p className="radar-tooltip-focus">⚠ {t('group.tooltip.discuss')}</p>}
      <dl>
        <div>
          <dt>{t('group.tooltip.median')}</dt>
          <dd>{num(row.median)}</dd>
        </div>
        <div>
          <dt>{t('group.tooltip.range')}</dt>
          <dd>{row.min === null || row.max === null ? t('answer.unrated') : t('group.tooltip.rangeValue', { min: formatNumber(row.min, lng), max: formatNumber(row.max, lng) })}</dd>
        </div>
        <div>
          <dt>{t('group.tooltip.ratings')}</dt>
          <dd>{t('group.tooltip.counts', { count: row.count, other: row.notApplicable + row.unknown })}</dd>
        </div>
        {agreed !== null && (
          <div>
            <dt>{t('group.tooltip.agreed')}</dt>
            <dd>{agreed}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
