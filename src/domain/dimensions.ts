/**
 * The eight dimensions of the CSEI spider diagram (RESIST method, seed 001 part 2).
 * The ids are stored in every assessment and file: never rename or reorder them.
 */
export const DIMENSION_IDS = [
  'membership',
  'composition',
  'operations',
  'coordination',
  'finance',
  'services',
  'purpose',
  'collaboration',
] as const;

export type DimensionId = (typeof DIMENSION_IDS)[number];

/** True when the value is one of the eight dimension ids. */
export function isDimensionId(value: unknown): value is DimensionId {
  return typeof value === 'string' && (DIMENSION_IDS as readonly string[]).includes(value);
}

/** Roman numeral used by the method's documents (I–VIII). */
export function dimensionNumeral(id: DimensionId): string {
  const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;
  return numerals[DIMENSION_IDS.indexOf(id)] ?? '';
}
