import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Assessment } from '@/domain/assessment';
import type { StepId } from '@/domain/steps';
import { STEP_IDS, isStepComplete, stepProgress } from '@/domain/steps';

/** The presentation opens on the view of the page the facilitator is on. */
function presentView(current: StepId | 'summary' | 'workshop'): string {
  if (current === 'workshop') return 'group';
  if (current === 'summary') return 'decide';
  return current;
}

/** The five steps as links; each shows how far it is. Any step can be opened in any order. */
export function Stepper({ assessment, current }: { assessment: Assessment; current: StepId | 'summary' | 'workshop' }) {
  const { t } = useTranslation('workspace');
  return (
    <nav aria-label={t('stepsNav')} className="stepper">
      <ol>
        {STEP_IDS.map((step, index) => {
          const { done, total } = stepProgress(assessment, step);
          const complete = isStepComplete(assessment, step);
          const state = complete ? t('complete') : done === 0 ? t('notStarted') : t('progress', { done, total });
          return (
            <li key={step} className={complete ? 'step complete' : 'step'}>
              <Link href={`/a/${assessment.id}/${step}`} aria-current={step === current ? 'step' : undefined}>
                <span className="step-number" aria-hidden="true">
                  {complete ? '✓' : index + 1}
                </span>
                <span className="step-text">
                  <span className="step-label">{t(`steps.${step}.label`)}</span>
                  <span className="step-state">{state}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
      <ul className="page-links">
        <li>
          <Link
            href={`/a/${assessment.id}/summary`}
            className="summary-link"
            aria-current={current === 'summary' ? 'page' : undefined}
          >
            {t('stepsSummary')}
          </Link>
        </li>
        <li>
          <Link
            href={`/a/${assessment.id}/workshop`}
            className="summary-link"
            aria-current={current === 'workshop' ? 'page' : undefined}
          >
            {t('stepsWorkshop')}
          </Link>
        </li>
        <li>
          <Link href={`/a/${assessment.id}/present/${presentView(current)}`} className="summary-link">
            {t('stepsPresent')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
