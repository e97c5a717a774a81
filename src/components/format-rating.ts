import type { TFunction } from 'i18next';
import type { ValueInForce } from '@/domain/participants';
import { formatNumber } from '@/i18n/format';

/** A rating in force as shown in tables: a number in the locale's format, or n/a, don't know, –. */
export function formatRating(value: ValueInForce, t: TFunction<'workspace'>, language: string): string {
  if (typeof value === 'number') return formatNumber(value, language);
  if (value === null) return t('rating.short.unrated');
  return t(`rating.short.${value}`);
}
