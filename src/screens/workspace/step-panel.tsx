import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { StepId } from '@/domain/steps';
import { STEP_IDS } from '@/domain/steps';
import { DecideStep } from '@/steps/decide/decide-step';
import { DefineStep } from '@/steps/define/define-step';
import { DescribeStep } from '@/steps/describe/describe-step';
import { DraftStep } from '@/steps/draft/draft-step';
import { GoalsStep } from '@/steps/goals/goals-step';

function StepBody({ assessment, step }: { assessment: Assessment; step: StepId }) {
  switch (step) {
    case 'describe':
      return <DescribeStep assessment={assessment} />;
    case 'define':
      return <DefineStep assessment={assessment} />;
    case 'decide':
      return <DecideStep assessment={assessment} />;
    case 'goals':
      return <GoalsStep assessment={assessment} />;
    case 'draft':
      return <DraftStep assessment={assessment} />;
  }
}

/** The open step: its title, what it is for in the assessment's mode, what it produces, and its content. */
export function StepPanel({ assessment, step }: { assessment: Assessment; step: StepId }) {
  const { t } = useTranslation('workspace');
  return (
    <section className="step-panel" aria-labelledby="step-title">
      <p className="step-kicker">{t('stepNumber', { number: STEP_IDS.indexOf(step) + 1 })}</p>
      <h2 id="step-title">{t(`steps.${step}.title`)}</h2>
      <div className="step-intro">
        <p>{t(`steps.${step}.purpose.${assessment.mode}`)}</p>
        <p>
          <strong>{t('outputTitle')}:</strong> {t(`steps.${step}.output`)}
        </p>
      </div>
      <StepBody assessment={assessment} step={step} />
    </section>
  );
}
