/**
 * Word stems that make a goal vague when no number says how much (seed 001: "build capacity" is too
 * vague; goals must be measurable). Matched at the start of a word, so the nominal and the verbal
 * forms are caught alike: "wzmocn" finds "wzmocnić" and "wzmocnienie", "increas" finds "increase",
 * "increasing" and "increased". Each list covers the words goals in that language are commonly
 * written with; src/domain/smart-corpus.test.ts holds real-style goals that must be told apart.
 */
export const VAGUE_GOAL_STEMS_EN = [
  'increas', 'enhanc', 'foster', 'promot', 'support', 'develop', 'improv', 'boost', 'strengthen', 'build',
  'raise', 'rais', 'grow', 'expand', 'better', 'optimi', 'facilitat', 'encourag', 'stimulat', 'advanc',
  'empower', 'enabl', 'intensif', 'deepen', 'broaden', 'widen', 'consolidat', 'reinforc', 'maximi', 'upgrad',
  'streamlin', 'accelerat', 'nurtur', 'cultivat', 'mobili', 'activat', 'more', 'greater', 'stronger', 'wider',
] as const;

export const VAGUE_GOAL_STEMS_PL = [
  'zwiększ', 'zwieksz', 'lepsz', 'ulepsz', 'budow', 'buduj', 'zbudow', 'wspier', 'wspar', 'wspom',
  'promo', 'promuj', 'rozwój', 'rozwoj', 'rozwij', 'rozwin', 'rozwiń', 'popraw', 'wzmocn', 'wzmacn',
  'podnie', 'podnos', 'uspraw', 'aktywiz', 'integr', 'intensyfik', 'optymaliz', 'rozbudow', 'umocn', 'umacn',
  'pogłęb', 'poszerz', 'rozszerz', 'zacieś', 'ożywi', 'stymul', 'doskonal', 'udoskonal', 'upowszechn', 'propag',
  'krzew', 'pobudz', 'mobiliz', 'zachęc', 'ułatwi', 'profesjonaliz', 'kształtow', 'wzrost', 'więcej', 'większ',
  'efektywn', 'skuteczniej', 'sprawniej', 'silniejsz', 'szersz',
] as const;

export const VAGUE_GOAL_STEMS = [...VAGUE_GOAL_STEMS_EN, ...VAGUE_GOAL_STEMS_PL] as const;

/** Abstract phrasings of a measure: an activity nobody can tick off as done. */
export const ABSTRACT_MEASURE_PHRASES = [
  'build capacity',
  'capacity building',
  'raise awareness',
  'awareness raising',
  'strengthen',
  'improve',
  'enhance',
  'foster',
  'promote',
  'budowa potencjał',
  'budować potencjał',
  'budowanie potencjał',
  'podnoszenie świadomości',
  'podnieść świadomość',
  'wzmocn',
  'wzmacn',
  'popraw',
  'promow',
] as const;

/** The words of a text, lower-case, split at anything that is not a letter or a digit (Unicode-aware). */
export function words(text: string): string[] {
  return text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when the text contains any digit. */
export function hasNumber(text: string): boolean {
  return /\p{N}/u.test(text);
}

/** The first vague stem that starts a word of the text, or null. */
export function findVagueStem(text: string, stems: readonly string[] = VAGUE_GOAL_STEMS): string | null {
  const list = words(text);
  return stems.find((stem) => list.some((w) => w.startsWith(stem))) ?? null;
}

/** The first word of the text, as the user typed it, that starts with a vague stem; null when there is none. */
export function findVagueWord(text: string, stems: readonly string[] = VAGUE_GOAL_STEMS): string | null {
  const typed = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return typed.find((w) => stems.some((stem) => w.toLocaleLowerCase().startsWith(stem))) ?? null;
}

/** A gap left from an idea of the library ("[…]", "[X]", "[odsetek]", "[number]"), or null. */
export function findPlaceholder(text: string): string | null {
  return /\[[^\]\n]{0,40}\]/u.exec(text)?.[0] ?? null;
}

/** The first abstract phrase found in the text (phrases match word starts in sequence), or null. */
export function findAbstractPhrase(text: string): string | null {
  const list = words(text);
  for (const phrase of ABSTRACT_MEASURE_PHRASES) {
    const parts = words(phrase);
    const hit = list.some((_, i) => parts.every((p, j) => (list[i + j] ?? '').startsWith(p)));
    if (hit) return phrase;
  }
  return null;
}
