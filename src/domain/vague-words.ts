/**
 * Word stems that make a goal or a measure vague when no number says how much (seed 001: "build
 * capacity" is too vague; goals must be measurable). Matched at the start of a word, so inflected
 * Polish forms are caught too: "wzmocn" finds "wzmocnić" and "wzmocnienie", "wzmacn" finds "wzmacniać".
 */
export const VAGUE_GOAL_STEMS = [
  // English
  'improv',
  'strengthen',
  'enhanc',
  'foster',
  'promot',
  'boost',
  'optimi',
  'facilitat',
  'better',
  // Polish
  'wzmocn',
  'wzmacn',
  'popraw',
  'ulepsz',
  'usprawn',
  'wspar',
  'promow',
  'rozwij',
  'rozwin',
  'rozwoj',
  'rozwój',
  'podnie',
  'podnos',
] as const;

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
