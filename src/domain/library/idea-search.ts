import type { Mode } from '../assessment';
import type { DimensionId } from '../dimensions';
import type { Idea, IdeaKind, IdeaTexts } from './ideas';

/** What the picker filters by; null (or an empty query) lets everything through. */
export type IdeaFilter = {
  query: string;
  dimension: DimensionId | null;
  mode: Mode | null;
  kind: IdeaKind | null;
};

/** Letters that Unicode does not split into a base letter and a mark. */
const STROKED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Lower case without accents, so that "lodz" matches "Łódź" and "skladka" matches "składka". */
export function normalizeForSearch(text: string): string {
  return text
    .toLocaleLowerCase('pl')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđħßæœ]/g, (c) => STROKED[c] ?? c);
}

function searchable(texts: IdeaTexts): string {
  return normalizeForSearch([texts.title, texts.text, texts.hint ?? '', texts.indicator ?? '', ...(texts.milestones ?? [])].join('\n'));
}

/**
 * The ideas that pass every filter and contain every word of the query somewhere in their texts,
 * in library order. Matching ignores case and accents.
 */
export function searchIdeas<I extends Idea>(ideas: readonly I[], filter: IdeaFilter, textOf: (idea: I) => IdeaTexts): I[] {
  const words = normalizeForSearch(filter.query).split(/\s+/).filter(Boolean);
  return ideas.filter((idea) => {
    if (filter.dimension !== null && idea.dimension !== filter.dimension) return false;
    if (filter.kind !== null && idea.kind !== filter.kind) return false;
    if (filter.mode !== null && !idea.modes.includes(filter.mode)) return false;
    if (words.length === 0) return true;
    const haystack = searchable(textOf(idea));
    return words.every((word) => haystack.includes(word));
  });
}
