import { useTranslation } from 'react-i18next';
import { statementNamesDueDate } from '@/domain/goal-date';
import type { Goal } from '@/domain/plan';
import { formatDate, formatNumber, unitAfterNumber } from '@/i18n/format';

/**
 * A goal as one readable sentence: "By 31 December 2027: statement. Measured by indicator from 12 to 40
 * members." A statement that names its due date itself is not given the date a second time.
 */
export function GoalSentence({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation('workspace');
  const lng = i18n.language;
  if (goal.statement.trim() === '') return <p className="goal-sentence empty">{t('goals.empty')}</p>;
  const statement = goal.statement.trim().replace(/[.!]$/, '');
  const date = formatDate(goal.dueDate, lng);
  const head = !goal.dueDate
    ? t('goals.sentenceNoDate', { statement })
    : statementNamesDueDate(statement, goal.dueDate, [date])
      ? statement
      : t('goals.sentence', { date, statement });
  const indicators = goal.indicators
    .filter((i) => i.name.trim() !== '' && i.baseline !== null && i.target !== null)
    .map((i) =>
      t('goals.indicatorSummary', {
        name: i.name,
        baseline: formatNumber(i.baseline ?? 0, lng, 2),
        target: formatNumber(i.target ?? 0, lng, 2),
        unit: unitAfterNumber(i.unit),
      }).trim(),
    );
  return (
    <p className="goal-sentence">
      {head}.{indicators.length > 0 && <> {t('goals.measuredBy', { list: indicators.join('; ') })}</>}
    </p>
  );
}
