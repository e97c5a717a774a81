import { useTranslation } from 'react-i18next';
import type { Measure, MilestoneCadence } from '@/domain/plan';
import { MILESTONE_CADENCES } from '@/domain/plan';
import { cadenceOffsets, milestoneDate } from '@/domain/roadmap';
import { TextField } from '@/components/text-field';
import { formatDate } from '@/i18n/format';
import { newId } from '@/lib/env';

type MilestoneEditorProps = { measure: Measure; onChange: (recipe: (m: Measure) => Measure) => void };

/** Switching the cadence proposes its milestones (titles kept where they exist); "by date" milestones are free. */
export function withCadence(m: Measure, cadence: MilestoneCadence): Measure {
  if (cadence === 'dates') {
    return { ...m, cadence, milestones: m.milestones.map((ms) => ({ ...ms, due: milestoneDate(m, ms), offsetDays: null })) };
  }
  const offsets = cadenceOffsets(cadence, m.start, m.due);
  return {
    ...m,
    cadence,
    milestones: offsets.map((offsetDays, i) => ({ id: m.milestones[i]?.id ?? newId(), title: m.milestones[i]?.title ?? '', due: '', offsetDays, done: m.milestones[i]?.done ?? false })),
  };
}

export function MilestoneEditor({ measure: m, onChange }: MilestoneEditorProps) {
  const { t, i18n } = useTranslation('workspace');
  const id = `measure-${m.id}`;
  const patch = (msId: string, change: Partial<Measure['milestones'][number]>) => {
    onChange((x) => ({ ...x, milestones: x.milestones.map((ms) => (ms.id === msId ? { ...ms, ...change } : ms)) }));
  };
  return (
    <fieldset className="milestones">
      <legend>{t('draft.cadence')}</legend>
      <div className="inline-choices">
        {MILESTONE_CADENCES.map((c) => (
          <label key={c} className="choice">
            <input type="radio" name={`${id}-cadence`} checked={m.cadence === c} onChange={() => onChange((x) => withCadence(x, c))} />
            <span>{t(`draft.cadences.${c}`)}</span>
          </label>
        ))}
      </div>
      <ol className="milestone-list">
        {m.milestones.map((ms, index) => {
          const number = index + 1;
          const date = milestoneDate(m, ms);
          return (
            <li key={ms.id} className="milestone">
              <TextField id={`${id}-ms-${String(number)}-title`} label={t('draft.milestoneTitle', { number })} value={ms.title} onChange={(title) => patch(ms.id, { title })} />
              {m.cadence === 'dates' ? (
                <TextField id={`${id}-ms-${String(number)}-date`} type="date" label={t('draft.milestoneDate', { number })} value={ms.due} onChange={(due) => patch(ms.id, { due })} />
              ) : (
                <p className="milestone-date">{date ? t('draft.milestoneAt', { date: formatDate(date, i18n.language) }) : t('draft.milestoneNeedsStart')}</p>
              )}
              <label className="choice">
                <input type="checkbox" checked={ms.done} onChange={(e) => patch(ms.id, { done: e.target.checked })} />
                <span>{t('draft.milestoneDone', { number })}</span>
              </label>
              {m.cadence === 'dates' && (
                <button type="button" className="link-button" onClick={() => onChange((x) => ({ ...x, milestones: x.milestones.filter((y) => y.id !== ms.id) }))}>
                  {t('draft.removeMilestone', { number })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {m.cadence === 'dates' && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange((x) => ({ ...x, milestones: [...x.milestones, { id: newId(), title: '', due: '', offsetDays: null, done: false }] }))}
        >
          {t('draft.addMilestone')}
        </button>
      )}
    </fieldset>
  );
}
