import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { StepId } from '@/domain/steps';
import { STEP_IDS } from '@/domain/steps';

/** The open step: its title, what it is for in the assessment's mode, and what it produces. */
export function StepPanel({ assessment, step }: { assessment: Assessment; step: StepId }) {
  const { t } = useTranslation('workspace');
  return (
    <section className="step-panel" aria-labelledby="step-title">
      <p className="step-kicker">{t('stepNumber', { number: STEP_IDS.indexOf(step) + 1 })}</p>
      <h2 id="step-title">{t(`steps.${step}.title`)}</h2>
      <h3>{t('purposeTitle')}</h3>
      <p>{t(`steps.${step}.purpose.${assessment.mode}`)}</p>
      <h3>{t('outputTitle')}</h3>
      <p>{t(`steps.${step}.output`)}</p>
    </section>
  );
}
