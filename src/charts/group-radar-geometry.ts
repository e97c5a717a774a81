import { useTranslation } from 'react-i18next';
import { groupNoNumberKind } from './answer-words';
import { DISCUSS_SPREAD } from '@/domain/aggregate';
import type { GroupRadarData } from './group-radar-data';
import type { RadarGeometry } from './radar-geometry';
import { chartGeometry } from './radar-geometry';
import type { BandStyle, LegendEntry, SeriesStyle } from './radar-parts';
import { BASELINE_STYLE, DISCUSS_GLYPH, DISCUSS_COLOR, IDEAL_STYLE } from './radar-parts';
import type { Profile } from '@/domain/aggregate';

/** The mark before the label of a dimension to discuss. */
const DISCUSS_MARK = { glyph: DISCUSS_GLYPH, color: DISCUSS_COLOR };

/** The median of the group: a solid line with solid dots in the profile's colour. */
export function medianStyle(profile: Profile): SeriesStyle {
  const { color } = profile === 'baseline' ? BASELINE_STYLE : IDEAL_STYLE;
  return { color, dash: undefined, fillOpacity: 0, marker: 'circle', solidMarker: true };
}

/** The range of ratings: a light fill of the profile's colour with solid edges. */
export function bandStyle(profile: Profile): BandStyle {
  const { color } = profile === 'baseline' ? BASELINE_STYLE : IDEAL_STYLE;
  return { kind: 'band', color, fillOpacity: 0.2 };
}

/** The agreed value: a dashed dark green line with hollow diamonds, apart from both profiles' colours. */
export const AGREED_STYLE: SeriesStyle = { color: '#007A5A', dash: '8 5', fillOpacity: 0, marker: 'diamond' };

export type GroupGeometryInput = { data: GroupRadarData; width: number; height: number | 'auto'; fontSize: number };

/** The group radar's layout: "⚠" before the label of a dimension to discuss; legend: median, range, agreed, discuss. */
export function useGroupRadarGeometry({ data, width, height, fontSize }: GroupGeometryInput): RadarGeometry {
  const { t } = useTranslation('charts');
  const entries: Omit<LegendEntry, 'width'>[] = [
    { key: 'median', label: t('group.series.median'), style: medianStyle(data.profile) },
    { key: 'band', label: t('group.series.band'), style: bandStyle(data.profile) },
    ...(data.hasAgreed ? [{ key: 'agreed', label: t('group.series.agreed'), style: AGREED_STYLE }] : []),
    ...(data.summary.discuss.length > 0 ? [{ key: 'discuss', label: t('group.discuss', { spread: DISCUSS_SPREAD }), style: 'discuss' as const }] : []),
  ];
  return chartGeometry({
    axes: data.rows.map((r) => ({ label: r.label, shortLabel: r.shortLabel, isFocus: false, mark: r.discuss ? DISCUSS_MARK : null })),
    note: (i) => {
      const row = data.rows[i];
      if (!row || row.median !== null) return null;
      // n/a and don't know are answers: named as such, "not rated" only when nobody answered
      const kind = groupNoNumberKind(row);
      return { text: kind === 'unrated' ? t('notRated') : t(`answer.${kind}`) };
    },
    entries,
    width,
    height,
    fontSize,
  });
}
