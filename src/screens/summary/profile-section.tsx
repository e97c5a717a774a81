import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { profileRows } from '@/domain/gaps';
import { RadarFigure } from '@/charts/radar-figure';
import { useSnapshotOverlays } from '@/state/snapshot-store';
import { ProfileTable } from '@/components/profile-table';
import { Empty, SummarySection } from './summary-parts';

/** Baseline, ideal and gap of every dimension, with the focus and second-phase dimensions marked. */
export function ProfileSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('summary');
  // Snapshots chosen for comparison in the panel below are drawn over the current profile.
  const overlays = useSnapshotOverlays(assessment);
  const rows = profileRows(assessment);
  const rated = rows.some((r) => r.baseline !== null || r.ideal !== null);
  return (
    <SummarySection title={t('sections.profile')} className="summary-profile">
      {rated ? (
        <RadarFigure assessment={assessment} view="summary" overlays={overlays}>
          <ProfileTable
            className="summary-table"
            caption={t('profile.caption')}
            rows={rows}
            columns={['baseline', 'ideal', 'gap']}
            plan={{
              heading: t('profile.plan'),
              focus: assessment.decision.focus.map((f) => f.dimension),
              secondPhase: assessment.decision.secondPhase.dimensions,
              focusLabel: t('profile.focus'),
              secondPhaseLabel: t('profile.secondPhase'),
            }}
          />
        </RadarFigure>
      ) : (
        <Empty>{t('profile.empty')}</Empty>
      )}
    </SummarySection>
  );
}
