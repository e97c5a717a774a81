import '@/styles/ideas.css';
import { useTranslation } from 'react-i18next';
import { ideaById, unfilledPlaceholders } from '@/domain/library/ideas';
import { ideaTexts, sourceLabel } from './idea-texts';

type IdeaOriginProps = {
  ideaId: string;
  /** The goal's or measure's current text, to remind the group of parts still in [brackets]. */
  text: string;
};

/** "From the idea library: <title> (<source>)" on a goal or measure made from an idea. */
export function IdeaOrigin({ ideaId, text }: IdeaOriginProps) {
  const { t } = useTranslation('ideas');
  const idea = ideaById(ideaId);
  if (!idea) return null;
  const { title } = ideaTexts(t, idea);
  return (
    <div className="idea-origin">
      <p>
        {t('ui.fromLibrary', { title })} <span className="idea-origin-source">({sourceLabel(t, idea)})</span>
      </p>
      {unfilledPlaceholders(text).length > 0 && <p className="hint">{t('ui.fillPlaceholders')}</p>}
    </div>
  );
}
