import { formatDate } from '@/i18n/format';

/** True when the text has anything but white space. */
export function filled(text: string): boolean {
  return text.trim() !== '';
}

/** A date in the language's format, or the fallback text when there is none. */
export function dateOr(isoDate: string, language: string, fallback: string): string {
  return isoDate.trim() === '' ? fallback : formatDate(isoDate, language);
}
