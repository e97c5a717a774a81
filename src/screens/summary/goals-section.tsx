import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { Goal } from '@/domain/plan';
import { GoalSentence } from '@/components/goal-sentence';
import { formatNumber } from '@/i18n/format';
import { filled } from './summary-format';
import { Empty, Fact, SummaryBlock, SummarySection } from './summary-parts';
import { activeGoals } from '@/domain/plan';

const COLUMNS = ['name', 'unit', 'direction', 'baseline', 'target', 'source'] as const;

function GoalBlock({ goal, evaluate }: { goal: Goal; evaluate: boolean }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const lng = i18n.language;
  const dimension = tg(`dimensions.${goal.dimension}.name`);
  const dash = tw('rating.short.unrated');
  const value = (v: number | null) => (v === null ? dash : formatNumber(v, lng, 2));
  return (
    <SummaryBlock title={tw('goals.goalFor', { dimension })}>
      <GoalSentence goal={goal} />
      {(filled(goal.outcome) || filled(goal.capacity)) && (
        <dl className="summary-facts">
          {filled(goal.outcome) && <Fact label={t('goals.outcome')}>{goal.outcome}</Fact>}
          {filled(goal.capacity) && <Fact label={t('goals.capacity')}>{goal.capacity}</Fact>}
        </dl>
      )}
      {goal.indicators.length > 0 ? (
        <table className="summary-table summary-indicators">
          <caption>{t('goals.indicatorsCaption', { dimension })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th scope="col" key={c} className={c === 'baseline' || c === 'target' ? 'summary-number' : undefined}>
                  {t(`goals.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {goal.indicators.map((ind, index) => (
              <tr key={ind.id}>
                <th scope="row">{filled(ind.name) ? ind.name : tw('goals.indicator', { number: index + 1 })}</th>
                <td>{filled(ind.unit) ? ind.unit : dash}</td>
                <td>{tw(`goals.directions.${ind.direction}`)}</td>
                <td className="summary-number">{value(ind.baseline)}</td>
                <td className="summary-number">{value(ind.target)}</td>
                <td className="summary-text">{filled(ind.source) ? ind.source : dash}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('goals.noIndicators')}</Empty>
      )}
      {evaluate && (
        <p className="summary-verdict">
          {goal.verdict === null ? t('goals.noVerdict') : t('goals.verdict', { verdict: tw(`goals.verdicts.${goal.verdict}`) })}
        </p>
      )}
    </SummaryBlock>
  );
}

/** Every SMART goal as a sentence, with its components, indicators and, in evaluation mode, the verdict. */
export function GoalsSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('summary');
  return (
    <SummarySection title={t('sections.goals')} className="summary-goals">
      {activeGoals(assessment).length > 0 ? (
        activeGoals(assessment).map((goal) => <GoalBlock key={goal.id} goal={goal} evaluate={assessment.mode === 'evaluate'} />)
      ) : (
        <Empty>{t('goals.empty')}</Empty>
      )}
    </SummarySection>
  );
}
