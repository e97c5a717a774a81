/**
 * The only place that creates the Dexie database.
 *
 * DO NOT rename the database or its tables, and do not change a primary key: that would make every
 * browser lose the data it holds. Change the schema only by appending to migrations/index.ts.
 */
import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import type { Assessment } from '@/domain/assessment';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import type { BallotDraft } from '@/domain/ballot';
import type { LocalBackup } from '@/domain/local-backups';
import { SCHEMA_VERSIONS } from './migrations';

export const DB_NAME = 'csei-navigator';

export type SettingRow = { key: string; value: unknown };

export type NavigatorDb = Dexie & {
  assessments: EntityTable<Assessment, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  ballots: EntityTable<BallotDraft, 'assessmentId'>;
  localBackups: EntityTable<LocalBackup, 'id'>;
  /** What the home list shows of each assessment; written with every write of `assessments`. */
  summaries: EntityTable<AssessmentSummary, 'id'>;
};

/** A new, unopened database handle with every schema version declared. */
export function createDb(name = DB_NAME): NavigatorDb {
  // autoOpen off: the app opens it explicitly and checks that the stored data is not from a newer version.
  const db = new Dexie(name, { autoOpen: false }) as NavigatorDb;
  for (const schema of SCHEMA_VERSIONS) {
    const version = db.version(schema.version).stores(schema.stores);
    const { migrate, fill } = schema;
    if (migrate) {
      version.upgrade(async (tx) => {
        await tx
          .table('assessments')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            const next = migrate(row);
            for (const key of Object.keys(row)) if (!(key in next)) Reflect.deleteProperty(row, key);
            Object.assign(row, next, { schemaVersion: schema.version });
          });
        if (fill) await fill(tx);
      });
    }
  }
  return db;
}

/** The highest schema version this code knows. */
export function codeVersion(): number {
  return SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
}

/** The schema version of the data on disk (Dexie stores version × 10 in IndexedDB). */
export function storedVersion(db: Dexie): number {
  return db.backendDB().version / 10;
}
