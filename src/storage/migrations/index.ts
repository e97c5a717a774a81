/**
 * Every schema version the database has had, in order. Append only: never edit or remove an entry,
 * browsers out there still hold data of every version.
 *
 * To add version N+1: write migrations/vN+1-<what>.ts exporting a pure (row) => row function and its test,
 * add it here with the Dexie stores it needs, bump CURRENT_SCHEMA_VERSION in src/domain/assessment.ts,
 * and add tests/fixtures/schema-vN+1.json (the fixture test fails without it).
 */
import { addWorkshop } from './v2-workshop';
import { addSnapshotMeasures } from './v3-snapshot-measures';
import type { Transaction } from 'dexie';
import { keepRowShape } from './v4-local-backups';
import { addNumberInputs } from './v5-number-inputs';
import { buildSummaries } from './v6-summaries';

export type StoredRow = Record<string, unknown>;

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  /** Upgrades one assessment row from the previous version. Absent for version 1. */
  migrate?: (row: StoredRow) => StoredRow;
  /** Fills new tables from the upgraded rows, in the upgrade's transaction (runs after `migrate`). */
  fill?: (tx: Transaction) => Promise<void>;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      assessments: 'id, updatedAt',
      settings: 'key',
    },
  },
  {
    version: 2,
    // Ballots a participant fills on this device, one per invitation (keyed by the facilitator's assessment id).
    stores: { ballots: 'assessmentId' },
    migrate: addWorkshop,
  },
  {
    version: 3,
    // No new table or index: only the shape of snapshots changes.
    stores: {},
    migrate: addSnapshotMeasures,
  },
  {
    version: 4,
    // Automatic earlier versions of each assessment; id = `${assessmentId}:${takenAt}`. The rows keep their shape.
    stores: { localBackups: 'id, assessmentId, takenAt' },
    migrate: keepRowShape,
  },
  {
    version: 5,
    // No new table or index: number fields keep unreadable text beside the value.
    stores: {},
    migrate: addNumberInputs,
  },
  {
    version: 6,
    // What the home list shows of each assessment, built from the rows (src/domain/assessment-summary.ts).
    stores: { summaries: 'id, updatedAt' },
    migrate: keepRowShape,
    fill: buildSummaries,
  },
];

/** Upgrade a row of any known version to the newest one (used by imports of older files). */
export function migrateRow(row: StoredRow, fromVersion: number): StoredRow {
  return SCHEMA_VERSIONS.filter((s) => s.version > fromVersion).reduce(
    (current, s) => (s.migrate ? { ...s.migrate(current), schemaVersion: s.version } : current),
    row,
  );
}
