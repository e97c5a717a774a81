import { formatNumber } from '@/i18n/format';

/** A group figure (median, mean, lowest, highest) in the language's format, or a dash when there is none. */
export function formatFigure(value: number | null, language: string): string {
  return value === null ? '–' : formatNumber(value, language);
}
