import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { Profile } from '@/domain/aggregate';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { buildGroupRadarData } from './group-radar-data';
import { groupRadarSummaryText } from './group-radar-summary-text';

// Recharts comes with the chart only (see lazy-radar.tsx).
const ResponsiveGroupRadar = lazy(() => import('./responsive-group-radar').then((m) => ({ default: m.ResponsiveGroupRadar })));

type GroupRadarFigureProps = {
  assessment: Assessment;
  profile: Profile;
  /** Fill the container's width and height (presentation) instead of taking the height the width calls for. */
  fill?: boolean;
};

function GroupRadarBody({ assessment, profile, fill = false }: GroupRadarFigureProps) {
  const { t, i18n } = useTranslation('charts');
  const { t: tg } = useTranslation('guidance');
  const captionId = useId();
  const summaryId = useId();
  const names = Object.fromEntries(DIMENSION_IDS.map((id) => [id, tg(`dimensions.${id}.name`)])) as Record<DimensionId, string>;
  const shortNames = Object.fromEntries(DIMENSION_IDS.map((id) => [id, t(`axisShort.${id}`)])) as Record<DimensionId, string>;
  const data = buildGroupRadarData({ assessment, profile, labels: names, shortLabels: shortNames });
  const sentences = groupRadarSummaryText({ data, names, t, language: i18n.language });
  return (
    <figure className={fill ? 'radar-figure group-radar is-fill' : 'radar-figure group-radar'} aria-labelledby={captionId}>
      <figcaption id={captionId}>{t(`group.caption.${profile}`)}</figcaption>
      <Suspense fallback={<p className="radar-loading">{t('loading')}</p>}>
        <ResponsiveGroupRadar data={data} fill={fill} aria={{ labelledBy: captionId, describedBy: summaryId }} />
      </Suspense>
      <div id={summaryId} className="visually-hidden">
        {sentences.map((s, i) => (
          <p key={i}>{s}</p>
        ))}
      </div>
    </figure>
  );
}

/**
 * The group's view of one profile: median with the min–max band of the participants' ratings and the
 * agreed value, as a figure with caption and a text summary. Nothing of the ratings is shown before
 * the facilitator reveals them.
 */
export function GroupRadarFigure(props: GroupRadarFigureProps) {
  // The common namespace is loaded at start; the chart's own texts may still be loading, so the
  // figure waits inside its own boundary instead of blanking the page around it.
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="radar-loading">{t('app.loading')}</p>}>
      <GroupRadarContent {...props} />
    </Suspense>
  );
}

function GroupRadarContent({ assessment, profile, fill = false }: GroupRadarFigureProps) {
  const { t } = useTranslation('charts');
  if (!assessment.workshop.revealed) return <p className="group-radar-message">{t('group.hidden')}</p>;
  if (assessment.participants.length === 0) return <p className="group-radar-message">{t('group.noParticipants')}</p>;
  return <GroupRadarBody assessment={assessment} profile={profile} fill={fill} />;
}
