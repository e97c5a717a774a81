import type { Language } from '@/domain/assessment';
import { LANGUAGES } from '@/domain/assessment';

/** Is this one of the app's languages? */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered choice if there is one; otherwise Polish for a pl-* browser and English for any other. */
export function pickLanguage(stored: unknown, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  const first = browserLanguages[0]?.toLowerCase() ?? '';
  return first === 'pl' || first.startsWith('pl-') ? 'pl' : 'en';
}
