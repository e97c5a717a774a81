import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { profileRows } from '@/domain/gaps';
import { RadarFigure } from '@/charts/radar-figure';
import { CoreGuidance } from '@/components/core-guidance';
import { MissingList } from '@/components/missing-list';
import { ProfileTable } from '@/components/profile-table';
import { BaselineCard } from './baseline-card';
import { PreviousPlan } from './previous-plan';
import { ResourceInventory } from './resource-inventory';
import { ResourceMap } from './resource-map';

/** Step 1: the resource inventory and the baseline rating (in evaluation mode: the maturity snapshot). */
export function DescribeStep({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workspace');
  const evaluate = assessment.mode === 'evaluate';
  return (
    <div className="step-content">
      {!evaluate && <CoreGuidance />}
      {evaluate && <PreviousPlan assessment={assessment} />}
      <ResourceInventory resources={assessment.resources} />
      <section aria-labelledby="baseline-title">
        <h3 id="baseline-title">{evaluate ? t('describe.snapshotTitle') : t('describe.baselineTitle')}</h3>
        <p>{t('describe.baselineIntro')}</p>
        <div className="dimension-cards">
          {DIMENSION_IDS.map((id) => (
            <BaselineCard key={id} dimension={id} record={assessment.dimensions[id]} evaluate={evaluate} />
          ))}
        </div>
      </section>
      <section aria-labelledby="describe-output" className="step-output">
        <h3 id="describe-output">{t('describe.outputTitle')}</h3>
        <RadarFigure assessment={assessment} view="describe">
          <ProfileTable caption={t('describe.profileTitle')} rows={profileRows(assessment)} columns={['baseline']} />
        </RadarFigure>
        <ResourceMap resources={assessment.resources} />
      </section>
      <MissingList assessment={assessment} step="describe" />
    </div>
  );
}
