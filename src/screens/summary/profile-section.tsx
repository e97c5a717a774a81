import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { profileRows } from '@/domain/gaps';
import { RadarFigure } from '@/charts/radar-figure';
import { useSnapshotOverlays } from '@/state/snapshot-store';
import { formatRating } from '@/components/format-rating';
import { formatNumber } from '@/i18n/format';
import { Empty, SummarySection } from './summary-parts';

/** Baseline, ideal and gap of every dimension, with the focus and second-phase dimensions marked. */
export function ProfileSection({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const lng = i18n.language;
  // Snapshots chosen for comparison in the panel below are drawn over the current profile.
  const overlays = useSnapshotOverlays(assessment);
  const rows = profileRows(assessment);
  const focus = new Set(assessment.decision.focus.map((f) => f.dimension));
  const second = new Set(assessment.decision.secondPhase.dimensions);
  const rated = rows.some((r) => r.baseline !== null || r.ideal !== null);
  return (
    <SummarySection title={t('sections.profile')} className="summary-profile">
      {rated ? (
        <RadarFigure assessment={assessment} view="summary" overlays={overlays}>
          <table className="summary-table">
            <caption>{t('profile.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tw('decide.columns.dimension')}</th>
                <th scope="col" className="summary-number">
                  {tw('decide.columns.baseline')}
                </th>
                <th scope="col" className="summary-number">
                  {tw('decide.columns.ideal')}
                </th>
                <th scope="col" className="summary-number">
                  {tw('decide.columns.gap')}
                </th>
                <th scope="col">{t('profile.plan')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.dimension} className={focus.has(row.dimension) ? 'is-focus' : undefined}>
                  <th scope="row">{tg(`dimensions.${row.dimension}.name`)}</th>
                  <td className="summary-number">{formatRating(row.baseline, tw, lng)}</td>
                  <td className="summary-number">{formatRating(row.ideal, tw, lng)}</td>
                  <td className="summary-number summary-gap">
                    {row.gap === null ? tw('rating.short.unrated') : formatNumber(row.gap, lng)}
                  </td>
                  <td>
                    {focus.has(row.dimension) ? (
                      <strong className="summary-focus-mark">{t('profile.focus')}</strong>
                    ) : second.has(row.dimension) ? (
                      t('profile.secondPhase')
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </RadarFigure>
      ) : (
        <Empty>{t('profile.empty')}</Empty>
      )}
    </SummarySection>
  );
}
