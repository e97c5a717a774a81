import type { TFunction } from 'i18next';
import type { Idea, IdeaTexts } from '@/domain/library/ideas';

type IdeasT = TFunction<'ideas'>;

/** The texts of an idea in the current language, read from ideas.json (items.<id>). */
export function ideaTexts(t: IdeasT, idea: Idea): IdeaTexts {
  const key = (part: string) => `items.${idea.id}.${part}` as never;
  const optional = (part: string) => t(key(part), { defaultValue: '' }) as string;
  const texts: IdeaTexts = { title: t(key('title')), text: t(key('text')) };
  const hint = optional('hint');
  if (hint) texts.hint = hint;
  if (idea.kind === 'goal' && idea.indicator) {
    texts.indicator = optional('indicator');
    if (idea.indicator.unit) texts.unit = t(`units.${idea.indicator.unit}`);
  }
  if (idea.kind === 'measure' && idea.milestones) {
    texts.milestones = Array.from({ length: idea.milestones.count }, (_, i) => optional(`milestones.${String(i + 1)}`));
  }
  return texts;
}

/** "Pomeranian cluster model, § Implementation phase 1: operational launch". */
export function sourceLabel(t: IdeasT, idea: Idea): string {
  const { document, section } = idea.source;
  return t('ui.sourceLabel', { document: t(`sources.${document}`), section: t(`sections.${document}.${section}` as never) });
}
