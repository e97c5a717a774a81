import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { RECOMMENDED_FOCUS_COUNT } from '@/domain/focus';
import { profileRows } from '@/domain/gaps';
import { GapBars } from '@/charts/gap-bars';
import { RadarFigure } from '@/charts/radar-figure';
import { MissingList } from '@/components/missing-list';
import { editDecision } from '@/state/editor-actions';
import { FocusRationales } from './focus-rationales';
import { GapTable } from './gap-table';
import { SecondPhase } from './second-phase';
import { SuggestionBox } from './suggestion-box';
import { Timeframe } from './timeframe';

const SUBMODES = ['review', 'next-phase'] as const;

/** Step 3: compare baseline and ideal, tag, choose about three focus dimensions with reasons and a timeframe. */
export function DecideStep({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workspace');
  const { decision } = assessment;
  const count = decision.focus.length;
  return (
    <div className="step-content">
      {assessment.mode === 'evaluate' && (
        <fieldset className="choice-group">
          <legend>{t('decide.submodeLegend')}</legend>
          {SUBMODES.map((mode) => (
            <label key={mode} className="choice">
              <input
                type="radio"
                name="evaluation-submode"
                checked={decision.evaluationSubmode === mode}
                onChange={() => editDecision((d) => ({ ...d, evaluationSubmode: mode }))}
              />
              <span>{t(`decide.submode.${mode}`)}</span>
            </label>
          ))}
          {decision.evaluationSubmode === 'review' && <p className="hint">{t('decide.reviewPrompt')}</p>}
        </fieldset>
      )}
      <GapTable assessment={assessment} />
      {/* The gap table above is the table alternative of the diagram. */}
      <div className="decide-charts">
        <RadarFigure assessment={assessment} view="decide" />
        <GapBars rows={profileRows(assessment)} focus={decision.focus.map((f) => f.dimension)} />
      </div>
      <SuggestionBox assessment={assessment} />
      {count > 0 && count !== RECOMMENDED_FOCUS_COUNT && (
        <p className="note" role="note">
          {t('decide.countNote', { count })}
        </p>
      )}
      <FocusRationales focus={decision.focus} />
      <Timeframe legend={t('decide.timeframeTitle')} idPrefix="timeframe" value={decision.timeframe} onChange={(timeframe) => editDecision((d) => ({ ...d, timeframe }))} />
      <SecondPhase decision={decision} />
      <MissingList assessment={assessment} step="decide" />
    </div>
  );
}
