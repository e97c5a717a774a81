import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { profileRows } from '@/domain/gaps';
import { RadarFigure } from '@/charts/radar-figure';
import { EXPERIENCE_FORMS } from '@/domain/vision';
import { CoreGuidance } from '@/components/core-guidance';
import { MissingList } from '@/components/missing-list';
import { ProfileTable } from '@/components/profile-table';
import { TextField } from '@/components/text-field';
import { editVision } from '@/state/editor-actions';
import { IdealCard } from './ideal-card';
import { SuccessFactors } from './success-factors';

/** Step 2: purpose, vision, success factors and the ideal profile. */
export function DefineStep({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workspace');
  const { vision } = assessment;
  const evaluate = assessment.mode === 'evaluate';
  const text = (field: 'purpose' | 'highPerformance' | 'experienceNote' | 'statement') => (value: string) => {
    editVision((v) => ({ ...v, [field]: value }));
  };
  return (
    <div className="step-content">
      {!evaluate && <CoreGuidance />}
      <section aria-labelledby="vision-title">
        <h3 id="vision-title">{t('define.visionTitle')}</h3>
        {evaluate && <p>{t('define.evaluateIntro')}</p>}
        <TextField id="vision-purpose" multiline label={t('define.purpose')} value={vision.purpose} onChange={text('purpose')} />
        <TextField
          id="vision-high"
          multiline
          label={t('define.highPerformance')}
          value={vision.highPerformance}
          onChange={text('highPerformance')}
        />
        <fieldset className="choice-group">
          <legend>{t('define.experience')}</legend>
          {EXPERIENCE_FORMS.map((form) => (
            <label key={form} className="choice">
              <input
                type="checkbox"
                checked={vision.experience.includes(form)}
                onChange={(e) => {
                  const on = e.target.checked;
                  editVision((v) => ({
                    ...v,
                    experience: on ? [...v.experience, form] : v.experience.filter((f) => f !== form),
                  }));
                }}
              />
              <span>{t(`define.experienceForms.${form}`)}</span>
            </label>
          ))}
        </fieldset>
        <TextField
          id="vision-experience-note"
          multiline
          label={t('define.experienceNote')}
          value={vision.experienceNote}
          onChange={text('experienceNote')}
        />
      </section>
      <SuccessFactors factors={vision.successFactors} evaluate={evaluate} />
      <TextField
        id="vision-statement"
        multiline
        label={t('define.statement')}
        hint={t('define.statementHint')}
        value={vision.statement}
        onChange={text('statement')}
      />
      <section aria-labelledby="ideal-title">
        <h3 id="ideal-title">{t('define.idealTitle')}</h3>
        <p>{t('define.idealIntro')}</p>
        <div className="dimension-cards">
          {DIMENSION_IDS.map((id) => (
            <IdealCard key={id} dimension={id} record={assessment.dimensions[id]} />
          ))}
        </div>
      </section>
      <section className="step-output" aria-labelledby="define-output">
        <h3 id="define-output">{t('describe.outputTitle')}</h3>
        <RadarFigure assessment={assessment} view="define">
          <ProfileTable caption={t('define.idealTitle')} rows={profileRows(assessment)} columns={['baseline', 'ideal', 'gap']} />
        </RadarFigure>
      </section>
      <MissingList assessment={assessment} step="define" />
    </div>
  );
}
