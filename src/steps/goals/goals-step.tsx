import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { MissingList } from '@/components/missing-list';
import { formatDate } from '@/i18n/format';
import { GoalCard } from './goal-card';
import { SetAsideGoals } from './set-aside-goals';

/** Step 4: one SMART goal per focus dimension, with the checker's findings beside it. */
export function GoalsStep({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('workspace');
  const { focus, timeframe } = assessment.decision;
  if (focus.length === 0) {
    return (
      <div className="step-content">
        <p className="note">{t('goals.noFocus')}</p>
        <SetAsideGoals assessment={assessment} />
        <MissingList assessment={assessment} step="goals" />
      </div>
    );
  }
  return (
    <div className="step-content">
      {timeframe.start && timeframe.end && (
        <p className="hint">
          {t('goals.timeframeHint', { start: formatDate(timeframe.start, i18n.language), end: formatDate(timeframe.end, i18n.language) })}
        </p>
      )}
      {focus.map((f) => (
        <GoalCard
          key={f.dimension}
          dimension={f.dimension}
          goal={assessment.goals.find((g) => g.dimension === f.dimension)}
          assessment={assessment}
        />
      ))}
      <SetAsideGoals assessment={assessment} />
      <MissingList assessment={assessment} step="goals" />
    </div>
  );
}
