import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, MeasureStatus } from '@/domain/plan';
import { MEASURE_STATUSES } from '@/domain/plan';
import { checkMeasure } from '@/domain/roadmap';
import { TextField } from '@/components/text-field';
import { LazyIdeaOrigin } from '@/library/lazy-ideas';
import { editMeasure, removeMeasure } from '@/state/editor-actions';
import { MilestoneEditor, withCadence } from './milestone-editor';
import { ResourcesForm } from './resources-form';

/** Quarterly milestones (every 3 months, or at quarter ends) follow the measure's dates. */
function refreshQuarterly(m: Measure): Measure {
  return (m.cadence === 'quarterly' || m.cadence === 'quarter-ends') && m.start !== '' ? withCadence(m, m.cadence) : m;
}

/** One measure: what, who, when, milestones, resources, status, and the plan checks' warnings. */
export function MeasureCard({ measure: m, number }: { measure: Measure; number: number }) {
  const { t } = useTranslation('workspace');
  const id = `measure-${m.id}`;
  const edit = (recipe: (x: Measure) => Measure) => {
    editMeasure(m.id, recipe);
  };
  const issues = checkMeasure(m);
  return (
    <article className="measure-card" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>
        {t('draft.measure', { number })}: {m.title.trim() || t('draft.untitled')}
      </h5>
      {m.ideaId && (
        <Suspense fallback={null}>
          <LazyIdeaOrigin ideaId={m.ideaId} text={`${m.title}\n${m.description}`} />
        </Suspense>
      )}
      <TextField id={`${id}-what`} label={t('draft.title')} hint={t('draft.titleHint')} value={m.title} onChange={(title) => edit((x) => ({ ...x, title }))} />
      <TextField id={`${id}-description`} multiline rows={2} label={t('draft.description')} value={m.description} onChange={(description) => edit((x) => ({ ...x, description }))} />
      <div className="field-row">
        <TextField id={`${id}-owner`} label={t('draft.owner')} value={m.owner} onChange={(owner) => edit((x) => ({ ...x, owner }))} />
        <TextField
          id={`${id}-contributors`}
          label={t('draft.contributors')}
          value={m.contributors.join(', ')}
          onChange={(text) => edit((x) => ({ ...x, contributors: text.split(',').map((c) => c.trimStart()) }))}
        />
      </div>
      <div className="field-row">
        <TextField id={`${id}-start`} type="date" label={t('draft.start')} value={m.start} onChange={(start) => edit((x) => refreshQuarterly({ ...x, start }))} />
        <TextField id={`${id}-due`} type="date" label={t('draft.due')} value={m.due} onChange={(due) => edit((x) => refreshQuarterly({ ...x, due }))} />
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('draft.status')}</label>
          <select id={`${id}-status`} value={m.status} onChange={(e) => edit((x) => ({ ...x, status: e.target.value as MeasureStatus }))}>
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`draft.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {m.status === 'dropped' && (
        <TextField id={`${id}-drop`} label={t('draft.dropReason')} value={m.dropReason} onChange={(dropReason) => edit((x) => ({ ...x, dropReason }))} />
      )}
      <MilestoneEditor measure={m} onChange={edit} />
      <ResourcesForm idPrefix={id} measure={m} onChange={edit} />
      {issues.length > 0 && (
        <section className="findings" aria-label={t('draft.warningsTitle')}>
          <h6>{t('draft.warningsTitle')}</h6>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.code}-${String(issue.number ?? 0)}`}>{t(`draft.issues.${issue.code}`, { phrase: issue.phrase ?? '', number: issue.number ?? 0 })}</li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" className="secondary" onClick={() => removeMeasure(m.id)}>
        {t('draft.removeMeasure', { number })}
      </button>
    </article>
  );
}
