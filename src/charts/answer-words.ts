/**
 * What a value without a number was: "not applicable" and "don't know" are answers, and are named as
 * such; only a value nobody gave is "not rated". Used by the radar notes, summaries and tables.
 */
import type { ValueInForce } from '@/domain/participants';

export type NoNumberKind = 'na' | 'unknown' | 'unrated';

/** The kind of a value in force that is not a number (a number gives null). */
export function noNumberKind(value: ValueInForce | undefined): NoNumberKind | null {
  if (typeof value === 'number') return null;
  return value === 'na' || value === 'unknown' ? value : 'unrated';
}

/**
 * The kind that sums up a group's answers without a number: n/a or don't know when all who answered
 * gave that, 'mixed' when they gave both, 'unrated' when nobody answered.
 */
export function groupNoNumberKind(counts: { notApplicable: number; unknown: number }): NoNumberKind | 'mixed' {
  if (counts.notApplicable > 0 && counts.unknown > 0) return 'mixed';
  if (counts.notApplicable > 0) return 'na';
  if (counts.unknown > 0) return 'unknown';
  return 'unrated';
}
