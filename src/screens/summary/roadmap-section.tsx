import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { Goal, Measure } from '@/domain/plan';
import { MeasureRow } from './measure-row';
import { Empty, SummaryBlock, SummarySection } from './summary-parts';
import { activeGoals } from '@/domain/plan';

const COLUMNS = ['measure', 'owner', 'contributors', 'start', 'due', 'milestones', 'resources', 'status'] as const;

function GoalRoadmap({ goal, measures }: { goal: Goal; measures: readonly Measure[] }) {
  const { t } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const dimension = tg(`dimensions.${goal.dimension}.name`);
  return (
    <SummaryBlock title={tw('goals.goalFor', { dimension })}>
      {measures.length > 0 ? (
        <table className="summary-table summary-roadmap-table stack-table">
          <caption>{t('roadmap.caption', { dimension })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {t(`roadmap.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <MeasureRow key={m.id} measure={m} />
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('roadmap.noMeasures')}</Empty>
      )}
    </SummaryBlock>
  );
}

/** The measures of every goal: who owns them, when they run, their milestones, resources and status. */
export function RoadmapSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('summary');
  const goalIds = new Set(activeGoals(assessment).map((g) => g.id));
  const planned = assessment.measures.some((m) => goalIds.has(m.goalId));
  return (
    <SummarySection title={t('sections.roadmap')} className="summary-roadmap">
      {planned ? (
        activeGoals(assessment).map((goal) => (
          <GoalRoadmap key={goal.id} goal={goal} measures={assessment.measures.filter((m) => m.goalId === goal.id)} />
        ))
      ) : (
        <Empty>{t('roadmap.empty')}</Empty>
      )}
    </SummarySection>
  );
}
