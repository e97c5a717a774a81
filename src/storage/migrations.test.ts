import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Dexie } from 'dexie';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { createAssessment } from '@/domain/assessment';
import { assessmentSchema } from '@/domain/assessment-schema';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { StoredRow } from './migrations';
import { migrateRow, SCHEMA_VERSIONS } from './migrations';
import { closeStorage, getAssessment, getStorageStatus, listAssessments, openStorage, saveAssessment } from './repository';

const fixturePath = join(import.meta.dirname, '../../tests/fixtures/schema-v1.json');
const readFixture = (): StoredRow => JSON.parse(readFileSync(fixturePath, 'utf8')) as StoredRow;

let dbCount = 0;
const freshName = () => `migrations-test-${String(++dbCount)}`;

afterEach(() => {
  closeStorage();
});

/** Writes rows the way version 1 of the app did: a plain Dexie database declaring only version 1. */
async function writeAsVersion1(name: string, rows: StoredRow[]): Promise<void> {
  const v1 = SCHEMA_VERSIONS[0];
  if (!v1) throw new Error('no schema version 1');
  const old = new Dexie(name);
  old.version(v1.version).stores(v1.stores);
  await old.open();
  await old.table('assessments').bulkPut(rows);
  old.close();
}

describe('the schema version 1 fixture', () => {
  it('is a fully filled, valid assessment of schema version 1', () => {
    const row = readFixture();
    expect(row.schemaVersion).toBe(1);
    expect(v.safeParse(assessmentSchema, row).success).toBe(true);
    expect(row.name).toBe('Pomorski Klaster Ekonomii Społecznej');
    expect(row.region).toBe('Pomorskie');
  });

  it('fills every field with something other than what a new assessment starts with', () => {
    const row = readFixture();
    const fresh: StoredRow = createAssessment(
      { name: 'x', region: '', mode: 'create', facilitator: '', date: '', language: 'en' },
      { newId: () => 'fresh', now: '2026-01-01T00:00:00.000Z' },
    );
    expect(Object.keys(row).sort()).toEqual(Object.keys(fresh).sort());
    const unchanged = Object.keys(fresh).filter((key) => key !== 'schemaVersion' && isDeepStrictEqual(row[key], fresh[key]));
    expect(unchanged).toEqual([]);
  });
});

describe('opening data stored by schema version 1', () => {
  it('reads back every field of a fully filled assessment unchanged, Polish letters included', async () => {
    const name = freshName();
    const fixture = readFixture();
    // Given a browser that holds an assessment written by version 1
    await writeAsVersion1(name, [fixture]);
    // When this version of the app opens the database
    expect(await openStorage(name)).toBe('ok');
    // Then the record is there, deep-equal to what was stored, and still valid
    const stored = await getAssessment(String(fixture.id));
    expect(stored).toEqual(fixture);
    expect(v.safeParse(assessmentSchema, stored).success).toBe(true);
    expect(stored?.facilitator).toBe('Małgorzata Żółkiewska');
  });

  it('keeps the ratings, including n/a and don\'t know, of every dimension', async () => {
    const name = freshName();
    const fixture = readFixture() as unknown as Assessment;
    await writeAsVersion1(name, [fixture]);
    await openStorage(name);
    const stored = await getAssessment(fixture.id);
    for (const id of DIMENSION_IDS) {
      expect(stored?.dimensions[id].baseline).toEqual(fixture.dimensions[id].baseline);
      expect(stored?.dimensions[id].participantRatings).toEqual(fixture.dimensions[id].participantRatings);
    }
    expect(DIMENSION_IDS.map((id) => stored?.dimensions[id].baseline.value)).toContain('na');
  });

  it('lets the user keep working on the old record: the next save is revision 8', async () => {
    const name = freshName();
    const fixture = readFixture() as unknown as Assessment;
    await writeAsVersion1(name, [fixture]);
    await openStorage(name);
    expect(getStorageStatus()).toBe('ok');
    const result = await saveAssessment({ ...fixture, region: 'Kujawsko-Pomorskie' }, '2026-04-01T08:00:00.000Z');
    expect(result.ok && result.saved.revision).toBe(fixture.revision + 1);
    expect((await listAssessments()).map((a) => a.region)).toEqual(['Kujawsko-Pomorskie']);
  });
});

describe('migrateRow', () => {
  it('returns a version 1 row unchanged when upgrading to the current version 1', () => {
    const row = readFixture();
    const before = structuredClone(row);
    const migrated = migrateRow(row, 1);
    expect(migrated).toEqual(before);
    expect(row).toEqual(before);
  });

  it('never upgrades a row that is already at the newest version', () => {
    const newest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
    const row: StoredRow = { id: 'x', schemaVersion: newest, name: 'Żuławy' };
    expect(migrateRow(row, newest)).toEqual(row);
  });
});
