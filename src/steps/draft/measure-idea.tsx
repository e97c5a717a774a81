import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '@/domain/assessment';
import type { Idea, IdeaTexts } from '@/domain/library/ideas';
// The plan helpers only: the library's data stays in the lazy picker chunk.
import { measureFromIdea } from '@/domain/library/idea-plan';
import type { Goal } from '@/domain/plan';
import { ideaNotice } from '@/library/idea-notice';
import { LazyIdeaPanel } from '@/library/lazy-ideas';
import { newId } from '@/lib/env';
import { addPlannedMeasure } from '@/state/editor-actions';
import { notify } from '@/state/notices-store';

type MeasureIdeaProps = { goal: Goal; mode: Mode };

/**
 * "Add a measure from an idea" under a goal: opens the idea library filtered to the goal's dimension and to
 * measures; the chosen idea becomes a new planned measure of this goal, and its title field takes focus.
 */
export function MeasureIdea({ goal, mode }: MeasureIdeaProps) {
  const { t } = useTranslation('ideas');
  const { t: tg } = useTranslation('guidance');
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = `plan-${goal.id}-ideas`;

  // Once the new measure's card is on screen, the group goes straight to adapting it.
  useEffect(() => {
    if (added) document.getElementById(`measure-${added}-what`)?.focus();
  }, [added]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const choose = (idea: Idea, texts: IdeaTexts) => {
    if (idea.kind !== 'measure') return;
    const measure = measureFromIdea(idea, texts, goal.id, { newId });
    addPlannedMeasure(measure);
    setOpen(false);
    setAdded(measure.id);
    notify(ideaNotice('ui.measureAdded'), { title: texts.title });
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          if (open) close();
          else setOpen(true);
        }}
      >
        {t('ui.addMeasureFromIdea')}
      </button>
      {open && (
        <div id={panelId} className="idea-panel-slot">
          <Suspense fallback={null}>
            <LazyIdeaPanel
              title={t('ui.pickerMeasureTitle', { dimension: tg(`dimensions.${goal.dimension}.name`) })}
              onClose={close}
              dimension={goal.dimension}
              mode={mode}
              level={5}
              use="measure"
              onUse={choose}
              idPrefix={panelId}
            />
          </Suspense>
        </div>
      )}
    </>
  );
}
