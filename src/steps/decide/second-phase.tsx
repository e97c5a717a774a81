import { useTranslation } from 'react-i18next';
import type { Decision } from '@/domain/focus';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { editDecision } from '@/state/editor-actions';
import { Timeframe } from './timeframe';

/** Optional second-phase dimensions (not in focus now) with their own timeframe. */
export function SecondPhase({ decision }: { decision: Decision }) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const inFocus = new Set(decision.focus.map((f) => f.dimension));
  const candidates = DIMENSION_IDS.filter((d) => !inFocus.has(d));
  return (
    <details className="second-phase" open={decision.secondPhase.dimensions.length > 0}>
      <summary>{t('decide.secondPhaseTitle')}</summary>
      <p className="hint">{t('decide.secondPhaseIntro')}</p>
      <div className="choice-grid">
        {candidates.map((d) => (
          <label key={d} className="choice">
            <input
              type="checkbox"
              checked={decision.secondPhase.dimensions.includes(d)}
              aria-label={t('decide.secondPhaseFor', { dimension: tg(`dimensions.${d}.name`) })}
              onChange={(e) => {
                const on = e.target.checked;
                editDecision((x) => ({
                  ...x,
                  secondPhase: {
                    ...x.secondPhase,
                    dimensions: on ? [...x.secondPhase.dimensions, d] : x.secondPhase.dimensions.filter((y) => y !== d),
                  },
                }));
              }}
            />
            <span aria-hidden="true">{tg(`dimensions.${d}.name`)}</span>
          </label>
        ))}
      </div>
      <Timeframe
        legend={t('decide.secondPhaseTimeframe')}
        idPrefix="second-phase"
        value={decision.secondPhase.timeframe}
        onChange={(timeframe) => editDecision((x) => ({ ...x, secondPhase: { ...x.secondPhase, timeframe } }))}
      />
    </details>
  );
}
