import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { deliverySince, openMeasuresFromLastPlan } from '@/domain/delivery';
import type { MeasureStatus } from '@/domain/plan';
import { MEASURE_STATUSES } from '@/domain/plan';
import { TextField } from '@/components/text-field';
import { formatDate } from '@/i18n/format';
import { editMeasure } from '@/state/editor-actions';

/**
 * An evaluation that continues an earlier assessment starts here: the measures the last plan left open,
 * each with its status to update (done, in progress, dropped with a reason) before the group rates again.
 */
export function PreviousPlan({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const open = openMeasuresFromLastPlan(assessment);
  const delivery = deliverySince(assessment);
  if (open.length === 0 || !delivery) return null;
  const dimensionOf = (goalId: string) => assessment.goals.find((g) => g.id === goalId)?.dimension;
  return (
    <section className="previous-plan" aria-labelledby="previous-plan-title">
      <h3 id="previous-plan-title">{t('previousPlan.title')}</h3>
      <p>{t('previousPlan.intro', { label: delivery.since.label, date: formatDate(delivery.since.takenAt.slice(0, 10), i18n.language) })}</p>
      <p role="status" className="previous-plan-count">
        {t('previousPlan.count', { count: open.length })} {t('previousPlan.delivered', { count: delivery.delivered.length })}{' '}
        {t('previousPlan.dropped', { count: delivery.dropped.length })}
      </p>
      <ul className="previous-plan-list">
        {open.map((m) => {
          const dimension = dimensionOf(m.goalId);
          const id = `previous-${m.id}`;
          const title = m.title.trim() || t('draft.untitled');
          return (
            <li key={m.id} className={`previous-measure status-${m.status}`}>
              <p className="previous-measure-title">
                <strong>{title}</strong>
                {dimension && <span className="previous-measure-dimension"> · {tg(`dimensions.${dimension}.name`)}</span>}
                {m.owner.trim() !== '' && <span> · {t('previousPlan.owner', { owner: m.owner })}</span>}
              </p>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-status`}>{t('previousPlan.statusFor', { title })}</label>
                  <select
                    id={`${id}-status`}
                    value={m.status}
                    onChange={(e) => {
                      const status = e.target.value as MeasureStatus;
                      editMeasure(m.id, (x) => ({ ...x, status }));
                    }}
                  >
                    {MEASURE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`draft.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {m.status === 'dropped' && (
                  <TextField
                    id={`${id}-drop`}
                    label={t('draft.dropReason')}
                    value={m.dropReason}
                    onChange={(dropReason) => {
                      editMeasure(m.id, (x) => ({ ...x, dropReason }));
                    }}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
