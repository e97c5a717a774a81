/**
 * Three-way merge of one assessment edited in two places (two tabs) from the same stored version.
 *
 * The units compared are the top-level fields, and each dimension of `dimensions` on its own (most
 * editing happens inside the dimensions). A unit changed on one side only takes that side's value; a
 * unit changed on both sides to different values is a conflict. Lists are compared whole, so that
 * references inside a list (goals, measures, participants) never end up half from each side.
 */
import type { Assessment } from './assessment';

export type Side = 'mine' | 'theirs';

export type MergeResult = {
  /** Based on `theirs`: its revision and last change, so that it can be saved on top of it. */
  merged: Assessment;
  /** The units both sides changed differently, e.g. "region" or "dimensions.finance"; empty when the merge is clean. */
  conflicts: string[];
};

/** Fields a save sets; they are never merged. */
const SAVE_FIELDS = new Set(['id', 'revision', 'updatedAt']);

/** Deep equality of stored (JSON-like) values; the order of object keys does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameValue(left[key], right[key]));
}

function pick(base: unknown, mine: unknown, theirs: unknown, prefer: Side, unit: string, conflicts: string[]): unknown {
  if (sameValue(mine, theirs) || sameValue(theirs, base)) return mine;
  if (sameValue(mine, base)) return theirs;
  conflicts.push(unit);
  return prefer === 'mine' ? mine : theirs;
}

/** The later of two export times (ISO strings), so that neither side's export is forgotten. */
function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a > b ? a : b;
}

/**
 * Merges `mine` and `theirs`, both edited from `base`. Conflicting units take the `prefer` side's
 * value and are listed in `conflicts`.
 */
export function mergeAssessments(base: Assessment, mine: Assessment, theirs: Assessment, prefer: Side = 'mine'): MergeResult {
  const conflicts: string[] = [];
  const b = base as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  const t = theirs as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...t };
  for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) {
    if (SAVE_FIELDS.has(key)) continue;
    if (key === 'lastExportAt') {
      merged[key] = later(mine.lastExportAt, theirs.lastExportAt);
    } else if (key === 'dimensions') {
      const ids = new Set([...Object.keys(mine.dimensions), ...Object.keys(theirs.dimensions)]) as Set<keyof Assessment['dimensions']>;
      merged[key] = Object.fromEntries(
        [...ids].map((id) => [
          id,
          pick(base.dimensions[id], mine.dimensions[id], theirs.dimensions[id], prefer, `dimensions.${id}`, conflicts),
        ]),
      );
    } else {
      merged[key] = pick(b[key], m[key], t[key], prefer, key, conflicts);
    }
  }
  return { merged: { ...(merged as Assessment), revision: theirs.revision, updatedAt: theirs.updatedAt }, conflicts };
}
