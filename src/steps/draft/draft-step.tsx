import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { activeGoals } from '@/domain/plan';
import { GoalSentence } from '@/components/goal-sentence';
import { MissingList } from '@/components/missing-list';
import { addMeasure } from '@/state/editor-actions';
import { MeasureCard } from './measure-card';
import { MeasureIdea } from './measure-idea';
import { MonitoringForm } from './monitoring-form';
import { TimelineTable } from './timeline-table';

/** Step 5: per goal the measures with owners, milestones and resources, a monitoring routine, and the timeline. */
export function DraftStep({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const goals = activeGoals(assessment);
  if (goals.length === 0) {
    return (
      <div className="step-content">
        <p className="note">{t('draft.noGoals')}</p>
        <MissingList assessment={assessment} step="draft" />
      </div>
    );
  }
  return (
    <div className="step-content">
      {assessment.mode === 'evaluate' && <p className="note">{t('draft.reviewPrompt')}</p>}
      {goals.map((goal) => {
        const measures = assessment.measures.filter((m) => m.goalId === goal.id);
        return (
          <section key={goal.id} className="goal-plan" aria-labelledby={`plan-${goal.id}`}>
            <h3 id={`plan-${goal.id}`}>{t('goals.goalFor', { dimension: tg(`dimensions.${goal.dimension}.name`) })}</h3>
            <GoalSentence goal={goal} />
            <h4>{t('draft.measuresFor')}</h4>
            {measures.map((m, index) => (
              <MeasureCard key={m.id} measure={m} number={index + 1} />
            ))}
            <div className="measure-actions">
              <button type="button" className="secondary" onClick={() => addMeasure(goal.id)}>
                {t('draft.addMeasure')}
              </button>
              <Suspense fallback={null}>
                <MeasureIdea goal={goal} mode={assessment.mode} />
              </Suspense>
            </div>
            <MonitoringForm goal={goal} />
          </section>
        );
      })}
      <TimelineTable assessment={assessment} />
      <MissingList assessment={assessment} step="draft" />
    </div>
  );
}
