/**
 * Schema version 3: a snapshot also keeps the plan's measures and their status, so that a later
 * evaluation can report what was delivered since. Snapshots taken before have no such record: they
 * get an empty list (nothing is invented about the past).
 */
import type { StoredRow } from './index';

const isRow = (value: unknown): value is StoredRow => typeof value === 'object' && value !== null && !Array.isArray(value);

export function addSnapshotMeasures(row: StoredRow): StoredRow {
  const snapshots = Array.isArray(row.snapshots) ? (row.snapshots as unknown[]) : [];
  // An item that is not a snapshot (a damaged file) is left as it is, for the schema to refuse.
  return { ...row, snapshots: snapshots.map((s) => (isRow(s) ? { ...s, measures: Array.isArray(s.measures) ? s.measures : [] } : s)) };
}
