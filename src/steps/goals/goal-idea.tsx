import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import type { GoalIdea as LibraryGoalIdea, Idea, IdeaTexts } from '@/domain/library/ideas';
// The plan helpers only: the library's data stays in the lazy picker chunk.
import { fillGoalFromIdea } from '@/domain/library/idea-plan';
import type { Goal } from '@/domain/plan';
import { ideaNotice } from '@/library/idea-notice';
import { LazyIdeaOrigin, LazyIdeaPanel } from '@/library/lazy-ideas';
import { newId } from '@/lib/env';
import { editGoalFor } from '@/state/editor-actions';
import { notify } from '@/state/notices-store';

type Chosen = { idea: LibraryGoalIdea; texts: IdeaTexts };
type GoalIdeaProps = { dimension: DimensionId; goal: Goal; mode: Mode };

/**
 * "Start from an idea" on a goal card: opens the idea library filtered to this dimension and to goals;
 * the chosen idea fills the goal (after asking, when a statement is already written), and the card
 * then says which idea it came from.
 */
export function GoalIdea({ dimension, goal, mode }: GoalIdeaProps) {
  const { t } = useTranslation('ideas');
  const { t: tg } = useTranslation('guidance');
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<Chosen | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = `goal-${dimension}-ideas`;
  const dimensionName = tg(`dimensions.${dimension}.name`);

  const close = () => {
    setOpen(false);
    setPending(null);
    trigger.current?.focus();
  };
  const apply = ({ idea, texts }: Chosen) => {
    editGoalFor(dimension, (g) => fillGoalFromIdea(g, idea, texts, { newId }));
    setOpen(false);
    setPending(null);
    notify(ideaNotice('ui.goalFilled'), { title: texts.title, dimension: dimensionName });
    // The group adapts the idea next: straight to the statement.
    document.getElementById(`goal-${dimension}-statement`)?.focus();
  };
  const choose = (idea: Idea, texts: IdeaTexts) => {
    if (idea.kind !== 'goal') return;
    if (goal.statement.trim() === '') apply({ idea, texts });
    else setPending({ idea, texts });
  };

  return (
    <div className="goal-idea">
      {goal.ideaId && (
        <Suspense fallback={null}>
          <LazyIdeaOrigin ideaId={goal.ideaId} text={goal.statement} />
        </Suspense>
      )}
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
        {t('ui.startFromIdea')}
      </button>
      {open && (
        <div id={panelId} className="idea-panel-slot">
          <Suspense fallback={null}>
            <LazyIdeaPanel
              title={t('ui.pickerGoalTitle', { dimension: dimensionName })}
              onClose={close}
              dimension={dimension}
              mode={mode}
              level={5}
              use="goal"
              onUse={choose}
              idPrefix={panelId}
            >
              {pending && (
                <ReplaceQuestion
                  title={pending.texts.title}
                  onReplace={() => apply(pending)}
                  onKeep={() => {
                    setPending(null);
                    document.getElementById(`${panelId}-${pending.idea.id}`)?.focus();
                  }}
                />
              )}
            </LazyIdeaPanel>
          </Suspense>
        </div>
      )}
    </div>
  );
}

/** Asked before an idea replaces a statement the group has already written. */
function ReplaceQuestion({ title, onReplace, onKeep }: { title: string; onReplace: () => void; onKeep: () => void }) {
  const { t } = useTranslation('ideas');
  const replace = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    replace.current?.focus();
  }, [title]);
  return (
    <div className="idea-confirm" role="alert">
      <p>{t('ui.replaceQuestion', { title })}</p>
      <div className="button-row">
        <button ref={replace} type="button" onClick={onReplace}>
          {t('ui.replace')}
        </button>
        <button type="button" className="secondary" onClick={onKeep}>
          {t('ui.keep')}
        </button>
      </div>
    </div>
  );
}
