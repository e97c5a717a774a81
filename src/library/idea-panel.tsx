import '@/styles/ideas.css';
import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaPickerProps } from './idea-picker';
import { IdeaPicker } from './idea-picker';

type IdeaPanelProps = IdeaPickerProps & {
  title: string;
  onClose: () => void;
  /** Shown between the heading and the search (e.g. a question before replacing a goal). */
  children?: ReactNode;
};

/**
 * The idea picker inside a step: a region under its own heading (level 4, inside a goal), which takes focus
 * when it opens and closes with its button or Escape.
 */
export function IdeaPanel({ title, onClose, children, ...picker }: IdeaPanelProps) {
  const { t } = useTranslation('ideas');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    heading.current?.focus();
    const element = panel.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeRef.current();
    };
    element?.addEventListener('keydown', onKey);
    return () => element?.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section ref={panel} className="idea-panel" aria-labelledby={id}>
      <div className="idea-panel-head">
        <h4 id={id} ref={heading} tabIndex={-1}>
          {title}
        </h4>
        <button type="button" className="secondary" onClick={onClose}>
          {t('ui.close')}
        </button>
      </div>
      {children}
      <IdeaPicker {...picker} />
    </section>
  );
}
