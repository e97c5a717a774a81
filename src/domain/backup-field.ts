/**
 * Where a refused value sits in a backup, in terms a person knows: "the baseline rating of Membership
 * model in the first assessment" rather than `assessments[0].dimensions.membership.baseline.value`.
 * Pure: the screen turns the description into words.
 */
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';

export type BackupField =
  | { kind: 'rating'; assessment: number; dimension: DimensionId; profile: 'baseline' | 'ideal' }
  | { kind: 'field'; assessment: number; area: string | null; item: number | null; key: string }
  | { kind: 'path'; path: string };

const isDimension = (key: string | undefined): key is DimensionId => DIMENSION_IDS.includes(key as DimensionId);

/** The parts of a path such as `assessments[0].goals[1].dueDate`: names and list positions. */
function parts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** Describes the place of a refused value; 1-based numbers for the assessment and the item. */
export function describeBackupPath(path: string): BackupField {
  const p = parts(path);
  if (p[0] !== 'assessments' || typeof p[1] !== 'number') return { kind: 'path', path };
  const assessment = p[1] + 1;
  const rest = p.slice(2);
  const [area, second, third] = rest;
  if (area === 'dimensions' && typeof second === 'string' && isDimension(second) && (third === 'baseline' || third === 'ideal')) {
    return { kind: 'rating', assessment, dimension: second, profile: third };
  }
  const key = [...rest].reverse().find((x): x is string => typeof x === 'string');
  if (key === undefined) return { kind: 'path', path };
  const item = typeof second === 'number' ? second + 1 : null;
  return { kind: 'field', assessment, area: rest.length > 1 && typeof area === 'string' ? area : null, item, key };
}
