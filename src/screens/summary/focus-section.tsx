import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { Timeframe } from '@/domain/focus';
import { dateOr, filled } from './summary-format';
import { Empty, Fact, SummarySection } from './summary-parts';

/** The focus dimensions with their rationale, the plan's timeframe and the optional second phase. */
export function FocusSection({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const lng = i18n.language;
  const { focus, timeframe, secondPhase, evaluationSubmode } = assessment.decision;
  const period = (tf: Timeframe) =>
    filled(tf.start) || filled(tf.end)
      ? t('focus.timeframe', { start: dateOr(tf.start, lng, t('notGiven')), end: dateOr(tf.end, lng, t('notGiven')) })
      : t('focus.noTimeframe');
  return (
    <SummarySection title={t('sections.focus')} className="summary-focus">
      {focus.length > 0 ? (
        <dl className="summary-facts" aria-label={t('focus.dimensionsLabel')}>
          {focus.map((f) => (
            <Fact key={f.dimension} label={tg(`dimensions.${f.dimension}.name`)}>
              {filled(f.rationale) ? f.rationale : <span className="summary-missing">{t('focus.noRationale')}</span>}
            </Fact>
          ))}
        </dl>
      ) : (
        <Empty>{t('focus.empty')}</Empty>
      )}
      <p className="summary-timeframe">{period(timeframe)}</p>
      {assessment.mode === 'evaluate' && evaluationSubmode !== null && (
        <p>{t('focus.submode', { submode: tw(`decide.submode.${evaluationSubmode}`) })}</p>
      )}
      <h3>{t('focus.secondPhase')}</h3>
      {secondPhase.dimensions.length > 0 ? (
        <>
          <ul className="summary-inline-list">
            {secondPhase.dimensions.map((d) => (
              <li key={d}>{tg(`dimensions.${d}.name`)}</li>
            ))}
          </ul>
          <p className="summary-timeframe">{period(secondPhase.timeframe)}</p>
        </>
      ) : (
        <Empty>{t('focus.noSecondPhase')}</Empty>
      )}
    </SummarySection>
  );
}
