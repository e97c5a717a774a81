import { useTranslation } from 'react-i18next';
import type { Goal, ReviewFrequency } from '@/domain/plan';
import { REVIEW_FREQUENCIES } from '@/domain/plan';
import { TextField } from '@/components/text-field';
import { editGoal } from '@/state/editor-actions';

/** Per goal: who reviews progress, how often, which indicators, and how the plan is adjusted. */
export function MonitoringForm({ goal }: { goal: Goal }) {
  const { t } = useTranslation('workspace');
  const id = `monitoring-${goal.id}`;
  const set = (change: Partial<Goal['monitoring']>) => {
    editGoal(goal.id, (g) => ({ ...g, monitoring: { ...g.monitoring, ...change } }));
  };
  const { monitoring } = goal;
  return (
    <fieldset className="monitoring">
      <legend>{t('draft.monitoringTitle')}</legend>
      <div className="field-row">
        <TextField id={`${id}-reviewer`} label={t('draft.reviewer')} value={monitoring.reviewer} onChange={(reviewer) => set({ reviewer })} />
        <div className="field">
          <label htmlFor={`${id}-frequency`}>{t('draft.frequency')}</label>
          <select
            id={`${id}-frequency`}
            value={monitoring.frequency ?? ''}
            onChange={(e) => set({ frequency: e.target.value === '' ? null : (e.target.value as ReviewFrequency) })}
          >
            <option value="">{t('draft.noFrequency')}</option>
            {REVIEW_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`draft.frequencies.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {goal.indicators.length > 0 && (
        <fieldset className="inline-choices">
          <legend>{t('draft.monitoringIndicators')}</legend>
          {goal.indicators.map((indicator, index) => (
            <label key={indicator.id} className="choice">
              <input
                type="checkbox"
                checked={monitoring.indicatorIds.includes(indicator.id)}
                onChange={(e) => {
                  const on = e.target.checked;
                  set({ indicatorIds: on ? [...monitoring.indicatorIds, indicator.id] : monitoring.indicatorIds.filter((x) => x !== indicator.id) });
                }}
              />
              <span>{indicator.name || t('goals.indicator', { number: index + 1 })}</span>
            </label>
          ))}
        </fieldset>
      )}
      <TextField id={`${id}-note`} multiline rows={2} label={t('draft.monitoringNote')} value={monitoring.note} onChange={(note) => set({ note })} />
    </fieldset>
  );
}
