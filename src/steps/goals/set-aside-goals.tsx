import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { setAsideGoals } from '@/domain/plan';
import { GoalSentence } from '@/components/goal-sentence';
import { removeGoal } from '@/state/editor-actions';

/** Goals of dimensions taken out of focus: kept, shown apart, and deletable on purpose. */
export function SetAsideGoals({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const goals = setAsideGoals(assessment);
  if (goals.length === 0) return null;
  return (
    <section className="set-aside" aria-labelledby="set-aside-title">
      <h3 id="set-aside-title">{t('goals.setAsideTitle')}</h3>
      <p className="hint">{t('goals.setAsideHint')}</p>
      <ul>
        {goals.map((goal) => {
          const dimension = tg(`dimensions.${goal.dimension}.name`);
          return (
            <li key={goal.id}>
              <strong>{dimension}</strong>
              <GoalSentence goal={goal} />
              <button type="button" className="secondary" onClick={() => removeGoal(goal.id)}>
                {t('goals.deleteGoal', { dimension })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
