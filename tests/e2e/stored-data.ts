// Reads the app's IndexedDB directly in the page, without going through the app, and checks every
// record with the same valibot schema the app uses for imported files.
import type { Page } from '@playwright/test';
import * as v from 'valibot';
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/assessment';
import { assessmentSchema } from '../../src/domain/assessment-schema';
import { DIMENSION_IDS } from '../../src/domain/dimensions';

export const DB_NAME = 'csei-navigator';

export type StoredAssessment = v.InferOutput<typeof assessmentSchema>;

export type StoredData = {
  /** IndexedDB's own version number (Dexie stores schema version × 10). */
  nativeVersion: number;
  tables: string[];
  assessments: unknown[];
  settings: unknown[];
  ballots: unknown[];
};

/**
 * Everything stored, read with plain IndexedDB. Opening without a version never upgrades and never
 * disturbs the app's own connection. Returns null when the database does not exist yet.
 */
export async function readStoredData(page: Page): Promise<StoredData | null> {
  return page.evaluate(async (name) => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === name)) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    try {
      const tables = [...db.objectStoreNames];
      const all = (table: string) =>
        tables.includes(table)
          ? new Promise<unknown[]>((resolve, reject) => {
              const request = db.transaction(table).objectStore(table).getAll();
              request.onsuccess = () => {
                resolve(request.result);
              };
              request.onerror = () => {
                reject(request.error ?? new Error('read failed'));
              };
            })
          : Promise.resolve([]);
      return {
        nativeVersion: db.version,
        tables,
        assessments: await all('assessments'),
        settings: await all('settings'),
        ballots: await all('ballots'),
      };
    } finally {
      db.close();
    }
  }, DB_NAME);
}

/** What is wrong with the stored records (an empty list when every record is valid). */
export function storedProblems(data: StoredData): string[] {
  const problems: string[] = [];
  data.assessments.forEach((row, i) => {
    // The stored record must survive the JSON a backup makes of it.
    const copy: unknown = JSON.parse(JSON.stringify(row));
    const parsed = v.safeParse(assessmentSchema, copy);
    if (!parsed.success) {
      problems.push(`assessment ${String(i)}: ${parsed.issues.map((issue) => v.getDotPath(issue) ?? issue.message).join(', ')}`);
      return;
    }
    if (parsed.output.schemaVersion !== CURRENT_SCHEMA_VERSION) problems.push(`assessment ${String(i)}: schemaVersion ${String(parsed.output.schemaVersion)}`);
    if (parsed.output.revision < 1) problems.push(`assessment ${String(i)}: revision ${String(parsed.output.revision)}`);
  });
  data.settings.forEach((row, i) => {
    if (typeof (row as { key?: unknown } | null)?.key !== 'string') problems.push(`setting ${String(i)} has no key`);
  });
  data.ballots.forEach((row, i) => {
    const ballot = row as { assessmentId?: unknown; ratings?: Record<string, unknown> } | null;
    if (typeof ballot?.assessmentId !== 'string') problems.push(`ballot ${String(i)} has no assessmentId`);
    if (!DIMENSION_IDS.every((d) => ballot?.ratings?.[d])) problems.push(`ballot ${String(i)} lacks ratings`);
  });
  return problems;
}

/** The stored, validated assessments; fails with the list of problems otherwise. */
export function validAssessments(data: StoredData | null): StoredAssessment[] {
  if (!data) throw new Error('No database stored');
  const problems = storedProblems(data);
  if (problems.length > 0) throw new Error(`Invalid stored data:\n${problems.join('\n')}`);
  return data.assessments.map((row) => v.parse(assessmentSchema, row));
}
