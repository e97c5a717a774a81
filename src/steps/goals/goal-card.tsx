import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import type { Goal } from '@/domain/plan';
import { newGoal } from '@/domain/plan';
import { GoalSentence } from '@/components/goal-sentence';
import { TextField } from '@/components/text-field';
import { editGoalFor } from '@/state/editor-actions';
import { GoalIdea } from './goal-idea';
import { IndicatorList } from './indicator-list';
import { RelevanceField } from './relevance-field';
import { SmartFindings } from './smart-findings';

const VERDICTS = ['keep', 'revise', 'new'] as const;

type GoalCardProps = { dimension: DimensionId; goal: Goal | undefined; assessment: Assessment };

/** The SMART form of one focus dimension's goal; the goal is created on the first edit. */
export function GoalCard({ dimension, goal, assessment }: GoalCardProps) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const shown = goal ?? newGoal('', dimension);
  const edit = (recipe: (g: Goal) => Goal) => {
    editGoalFor(dimension, recipe);
  };
  const text = (field: 'statement' | 'outcome' | 'capacity' | 'achievable') => (value: string) => {
    edit((g) => ({ ...g, [field]: value }));
  };
  const id = `goal-${dimension}`;
  return (
    <article className="goal-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('goals.goalFor', { dimension: tg(`dimensions.${dimension}.name`) })}</h3>
      <GoalSentence goal={shown} />
      {/* The idea library's texts load on demand; the form around it shows at once. */}
      <Suspense fallback={null}>
        <GoalIdea dimension={dimension} goal={shown} mode={assessment.mode} />
      </Suspense>
      {assessment.mode === 'evaluate' && (
        <fieldset className="inline-choices">
          <legend>{t('goals.verdictLegend')}</legend>
          {VERDICTS.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={`${id}-verdict`} checked={shown.verdict === v} onChange={() => edit((g) => ({ ...g, verdict: v }))} />
              <span>{t(`goals.verdicts.${v}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="smart-group">
        <legend>{t('goals.letters.S')}</legend>
        <TextField id={`${id}-statement`} multiline rows={2} label={t('goals.statement')} hint={t('goals.statementHint')} value={shown.statement} onChange={text('statement')} />
        <TextField id={`${id}-outcome`} multiline rows={2} label={t('goals.outcome')} value={shown.outcome} onChange={text('outcome')} />
        <TextField id={`${id}-capacity`} multiline rows={2} label={t('goals.capacity')} value={shown.capacity} onChange={text('capacity')} />
      </fieldset>
      <fieldset className="smart-group">
        <legend>{t('goals.letters.M')}</legend>
        <IndicatorList
          idPrefix={id}
          indicators={shown.indicators}
          onChange={(indicators) => {
            // A removed indicator also leaves the goal's monitoring routine.
            edit((g) => ({
              ...g,
              indicators,
              monitoring: { ...g.monitoring, indicatorIds: g.monitoring.indicatorIds.filter((x) => indicators.some((i) => i.id === x)) },
            }));
          }}
        />
      </fieldset>
      <fieldset className="smart-group">
        <legend>{t('goals.letters.A')}</legend>
        <TextField id={`${id}-achievable`} multiline rows={2} label={t('goals.achievable')} value={shown.achievable} onChange={text('achievable')} />
      </fieldset>
      <fieldset className="smart-group">
        <legend>{t('goals.letters.R')}</legend>
        <RelevanceField idPrefix={id} goal={shown} factors={assessment.vision.successFactors} onChange={(patch) => edit((g) => ({ ...g, ...patch }))} />
      </fieldset>
      <fieldset className="smart-group">
        <legend>{t('goals.letters.T')}</legend>
        <TextField id={`${id}-due`} type="date" label={t('goals.dueDate')} value={shown.dueDate} onChange={(dueDate) => edit((g) => ({ ...g, dueDate }))} />
      </fieldset>
      <SmartFindings goal={shown} timeframe={assessment.decision.timeframe} />
    </article>
  );
}
