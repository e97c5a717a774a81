/**
 * Schema version 4: a new table, `localBackups`, holds automatic earlier versions of each assessment
 * (src/domain/local-backups.ts). Assessment rows keep their shape; the upgrade only stamps them with
 * version 4, so that every row says which app wrote it (the unload journal and imports compare it).
 */
import type { StoredRow } from './index';

export function keepRowShape(row: StoredRow): StoredRow {
  return { ...row };
}
