/**
 * Schema version 3: a snapshot also keeps the plan's measures and their status, so that a later
 * evaluation can report what was delivered since. Snapshots taken before have no such record: they
 * get an empty list (nothing is invented about the past).
 */
import type { StoredRow } from './index';

export function addSnapshotMeasures(row: StoredRow): StoredRow {
  const snapshots = Array.isArray(row.snapshots) ? (row.snapshots as StoredRow[]) : [];
  return { ...row, snapshots: snapshots.map((s) => ({ ...s, measures: Array.isArray(s.measures) ? s.measures : [] })) };
}
