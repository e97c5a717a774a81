import { useTranslation } from 'react-i18next';
import type { Idea, IdeaTexts } from '@/domain/library/ideas';
import { sourceLabel } from './idea-texts';

export type IdeaUse = 'goal' | 'measure';

type IdeaItemProps = {
  idea: Idea;
  texts: IdeaTexts;
  /** Level of the idea's title, so headings stay in order wherever the list is shown. */
  level: 3 | 4 | 5;
  /** Id of the action button, so focus can come back to it. */
  buttonId: string;
  use?: IdeaUse | undefined;
  onUse?: ((idea: Idea, texts: IdeaTexts) => void) | undefined;
};

/** One idea of the list: title, what it is for, its text, where it comes from, and the action the step offers. */
export function IdeaItem({ idea, texts, level, buttonId, use, onUse }: IdeaItemProps) {
  const { t } = useTranslation('ideas');
  const { t: tg } = useTranslation('guidance');
  const Title = `h${String(level)}` as 'h3' | 'h4' | 'h5';
  const tags = [tg(`dimensions.${idea.dimension}.name`), t(`ui.kinds.${idea.kind}`), ...idea.modes.map((m) => t(`ui.modeTags.${m}`))];
  return (
    <li className={`idea-item idea-${idea.kind}`}>
      <Title className="idea-title">{texts.title}</Title>
      <ul className="idea-tags">
        {tags.map((tag) => (
          <li key={tag}>{tag}</li>
        ))}
      </ul>
      <p className="idea-text">{texts.text}</p>
      {texts.hint && <p className="hint">{texts.hint}</p>}
      {texts.indicator && <p className="idea-extra">{t('ui.suggestedIndicator', { name: texts.indicator })}</p>}
      {texts.milestones && texts.milestones.length > 0 && <p className="idea-extra">{t('ui.milestoneCount', { count: texts.milestones.length })}</p>}
      <p className="idea-source">{t('ui.source', { source: sourceLabel(t, idea) })}</p>
      {use && onUse && (
        <button type="button" id={buttonId} aria-label={t(use === 'goal' ? 'ui.useAsGoalFor' : 'ui.addAsMeasureFor', { title: texts.title })} onClick={() => onUse(idea, texts)}>
          {t(use === 'goal' ? 'ui.useAsGoal' : 'ui.addAsMeasure')}
        </button>
      )}
    </li>
  );
}
