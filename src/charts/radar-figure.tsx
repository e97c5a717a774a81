import type { ReactNode } from 'react';
import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { RadarOverlay, RadarSeries } from './radar-data';
import { assessmentRadarData } from './radar-data';
import { radarSummaryText } from './radar-summary-text';
import { LazyRadar } from './lazy-radar';

export type RadarView = 'describe' | 'define' | 'decide' | 'summary';

/** DESCRIBE and DEFINE also show the participants' range of the profile they rate, once it is revealed. */
const VIEWS: Record<RadarView, { series: readonly RadarSeries[]; withFocus: boolean; band?: RadarSeries }> = {
  describe: { series: ['baseline'], withFocus: false, band: 'baseline' },
  define: { series: ['baseline', 'ideal'], withFocus: false, band: 'ideal' },
  decide: { series: ['baseline', 'ideal'], withFocus: true },
  summary: { series: ['baseline', 'ideal'], withFocus: true },
};

type RadarFigureProps = {
  assessment: Assessment;
  view: RadarView;
  overlays?: readonly RadarOverlay[];
  /** Fill the container's width and height (presentation) instead of taking the height the width calls for. */
  fill?: boolean;
  /** The same data as a table, shown next to the figure (on narrow screens below it). */
  children?: ReactNode;
};

function RadarFigureBody({ assessment, view, overlays, fill = false }: Omit<RadarFigureProps, 'children'>) {
  const { t, i18n } = useTranslation('charts');
  const { t: tg } = useTranslation('guidance');
  const captionId = useId();
  const summaryId = useId();
  const { series, withFocus, band } = VIEWS[view];
  const names = Object.fromEntries(DIMENSION_IDS.map((id) => [id, tg(`dimensions.${id}.name`)])) as Record<DimensionId, string>;
  // Own short names for narrow charts: the guidance's Polish short name of "purpose" ("Cel") would read as the ideal.
  const shortNames = Object.fromEntries(DIMENSION_IDS.map((id) => [id, t(`axisShort.${id}`)])) as Record<DimensionId, string>;
  const data = assessmentRadarData(assessment, { labels: names, shortLabels: shortNames, withFocus, ...(band ? { band } : {}), ...(overlays ? { overlays } : {}) });
  const sentences = radarSummaryText({ data, series, withFocus, names, t, language: i18n.language });
  return (
    <figure className={fill ? 'radar-figure is-fill' : 'radar-figure'} aria-labelledby={captionId}>
      <figcaption id={captionId}>{t(`caption.${view}`)}</figcaption>
      <LazyRadar data={data} series={series} fill={fill} aria={{ labelledBy: captionId, describedBy: summaryId }} />
      <div id={summaryId} className="visually-hidden">
        {[...sentences, ...(fill ? [] : [t('summary.tableHint')])].map((s, i) => (
          <p key={i}>{s}</p>
        ))}
      </div>
    </figure>
  );
}

/**
 * The spider diagram of an assessment as a figure: caption, chart (loaded lazily), a text summary
 * for screen readers, and the table alternative given as children. It reads the assessment, so it
 * follows every rating as it changes.
 */
export function RadarFigure({ children, ...props }: RadarFigureProps) {
  const { t } = useTranslation();
  return (
    <div className="radar-block">
      <Suspense fallback={<p className="radar-loading">{t('app.loading')}</p>}>
        <RadarFigureBody {...props} />
      </Suspense>
      {children && <div className="radar-table">{children}</div>}
    </div>
  );
}
