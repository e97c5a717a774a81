import type { TFunction } from 'i18next';
import type { DimensionId } from '@/domain/dimensions';
import { formatNumber } from '@/i18n/format';
import { noNumberKind } from './answer-words';
import type { RadarData, RadarSeries } from './radar-data';

type SummaryTextInput = {
  data: RadarData;
  series: readonly RadarSeries[];
  /** Whether the focus dimensions are part of this view (DECIDE and the summary). */
  withFocus: boolean;
  names: Record<DimensionId, string>;
  t: TFunction<'charts'>;
  language: string;
};

/** The sentences that say in words what the radar shows: how much is rated, extremes, largest gaps, focus. */
export function radarSummaryText({ data, series, withFocus, names, t, language }: SummaryTextInput): string[] {
  const s = data.radarSummary;
  const list = (ids: readonly DimensionId[]) =>
    new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(ids.map((id) => names[id]));
  const sentences: string[] = [];
  for (const one of series) {
    const label = t(`series.${one}`);
    const count = s.rated[one].length;
    sentences.push(t('summary.rated', { series: label, count, total: s.total }));
    const missing = data.missingDimensions[one];
    if (count > 0 && missing.length > 0) {
      // n/a and don't know are answers, listed as such; only what nobody rated is "not rated"
      const kindOf = (id: DimensionId) => noNumberKind(data.rows.find((r) => r.dimension === id)?.[one === 'baseline' ? 'baselineAnswer' : 'idealAnswer']);
      const of = (kind: 'unrated' | 'na' | 'unknown') => missing.filter((id) => (kindOf(id) ?? 'unrated') === kind);
      if (of('unrated').length > 0) sentences.push(t('summary.notRatedList', { series: label, list: list(of('unrated')) }));
      if (of('na').length > 0) sentences.push(t('summary.naList', { series: label, list: list(of('na')) }));
      if (of('unknown').length > 0) sentences.push(t('summary.unknownList', { series: label, list: list(of('unknown')) }));
    }
  }
  if (series.includes('baseline') && s.highestBaseline && s.lowestBaseline && s.highestBaseline.value !== s.lowestBaseline.value) {
    sentences.push(t('summary.highest', { list: list(s.highestBaseline.dimensions), value: formatNumber(s.highestBaseline.value, language) }));
    sentences.push(t('summary.lowest', { list: list(s.lowestBaseline.dimensions), value: formatNumber(s.lowestBaseline.value, language) }));
  }
  if (series.includes('ideal') && series.includes('baseline')) {
    const gaps = s.largestGaps.map((g) => t('summary.gapItem', { dimension: names[g.dimension], gap: formatNumber(g.gap, language) }));
    sentences.push(
      gaps.length > 0
        ? t('summary.largestGaps', { count: gaps.length, list: new Intl.ListFormat(language, { type: 'conjunction' }).format(gaps) })
        : t('summary.noGaps'),
    );
  }
  if (withFocus) sentences.push(s.focus.length > 0 ? t('summary.focus', { count: s.focus.length, list: list(s.focus) }) : t('summary.noFocus'));
  if (data.band) sentences.push(t('summary.band', { series: t(`series.${data.band.series}`) }));
  if (data.overlays.length > 0) {
    sentences.push(t('summary.overlays', { list: new Intl.ListFormat(language, { type: 'conjunction' }).format(data.overlays.map((o) => o.label)) }));
  }
  return sentences;
}
