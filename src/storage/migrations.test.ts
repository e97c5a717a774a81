import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Dexie } from 'dexie';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { CURRENT_SCHEMA_VERSION, createAssessment } from '@/domain/assessment';
import { assessmentSchema } from '@/domain/assessment-schema';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { StoredRow } from './migrations';
import { migrateRow, SCHEMA_VERSIONS } from './migrations';
import { addWorkshop } from './migrations/v2-workshop';
import { addSnapshotMeasures } from './migrations/v3-snapshot-measures';
import { keepRowShape } from './migrations/v4-local-backups';
import { addNumberInputs } from './migrations/v5-number-inputs';
import { codeVersion, createDb, storedVersion } from './db';
import { summarize } from '@/domain/assessment-summary';
import { closeStorage, currentDb, getAssessment, getStorageStatus, listAssessments, listSummaries, openStorage, saveAssessment } from './repository';

const fixturePath = (version: number) => join(import.meta.dirname, `../../tests/fixtures/schema-v${String(version)}.json`);
const readFixture = (version = 1): StoredRow => JSON.parse(readFileSync(fixturePath(version), 'utf8')) as StoredRow;

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
  it('is a fully filled assessment of schema version 1 that is valid once upgraded', () => {
    const row = readFixture();
    expect(row.schemaVersion).toBe(1);
    expect(v.safeParse(assessmentSchema, row).success).toBe(false);
    expect(v.safeParse(assessmentSchema, migrateRow(row, 1)).success).toBe(true);
    expect(row.name).toBe('Pomorski Klaster Ekonomii Społecznej');
    expect(row.region).toBe('Pomorskie');
  });

  it('fills every field of its version with something other than what a new assessment starts with', () => {
    const row = migrateRow(readFixture(), 1);
    const fresh: StoredRow = createAssessment(
      { name: 'x', region: '', mode: 'create', facilitator: '', date: '', language: 'en' },
      { newId: () => 'fresh', now: '2026-01-01T00:00:00.000Z' },
    );
    expect(Object.keys(row).sort()).toEqual(Object.keys(fresh).sort());
    // The workshop flag is new in version 2; the upgrade derives it (covered below).
    const unchanged = Object.keys(fresh).filter(
      (key) => key !== 'schemaVersion' && key !== 'workshop' && isDeepStrictEqual(row[key], fresh[key]),
    );
    expect(unchanged).toEqual([]);
  });
});

/** Writes rows with a Dexie database that declares the schema versions up to `version` only. */
async function writeAsVersion(name: string, version: number, rows: StoredRow[]): Promise<void> {
  const old = new Dexie(name);
  for (const s of SCHEMA_VERSIONS.filter((x) => x.version <= version)) old.version(s.version).stores(s.stores);
  await old.open();
  await old.table('assessments').bulkPut(rows);
  old.close();
}

const fresh = (): StoredRow =>
  createAssessment(
    { name: 'x', region: '', mode: 'create', facilitator: '', date: '', language: 'en' },
    { newId: () => 'fresh', now: '2026-01-01T00:00:00.000Z' },
  );

describe('the schema version 2 fixture', () => {
  it('is a fully filled assessment of schema version 2 that is valid once upgraded', () => {
    const row = readFixture(2);
    expect(row.schemaVersion).toBe(2);
    expect(v.safeParse(assessmentSchema, migrateRow(row, 2)).success).toBe(true);
  });

  it('opens in this version of the app, upgraded, with every field it had', async () => {
    const name = freshName();
    const fixture = readFixture(2);
    await writeAsVersion(name, 2, [fixture]);
    expect(await openStorage(name)).toBe('ok');
    const stored = await getAssessment(String(fixture.id));
    expect(stored).toEqual(migrateRow(fixture, 2));
    // Snapshots of version 2 knew nothing of measures: nothing is invented about the past.
    expect(stored?.snapshots.map((s) => s.measures)).toEqual(stored?.snapshots.map(() => []));
    expect(stored?.snapshots.map((s) => s.ratings)).toEqual((fixture.snapshots as { ratings: unknown }[]).map((s) => s.ratings));
  });
});

describe('the schema version 3 fixture', () => {
  it('is a fully filled assessment of schema version 3 that is valid once upgraded', () => {
    const row = readFixture(3);
    expect(row.schemaVersion).toBe(3);
    expect(v.safeParse(assessmentSchema, migrateRow(row, 3)).success).toBe(true);
  });

  it('fills every field with something other than what a new assessment starts with', () => {
    const row = readFixture(3);
    expect(Object.keys(row).sort()).toEqual(Object.keys(fresh()).sort());
    const unchanged = Object.keys(fresh()).filter((key) => key !== 'schemaVersion' && isDeepStrictEqual(row[key], fresh()[key]));
    expect(unchanged).toEqual([]);
    expect((row.snapshots as { measures: unknown[] }[]).every((s) => s.measures.length > 0)).toBe(true);
  });

  it('opens in this version of the app with every field it had, upgraded, next to an empty table of earlier versions', async () => {
    const name = freshName();
    const fixture = readFixture(3);
    await writeAsVersion(name, 3, [fixture]);
    expect(await openStorage(name)).toBe('ok');
    expect(await getAssessment(String(fixture.id))).toEqual(migrateRow(fixture, 3));
    expect(await currentDb()?.localBackups.count()).toBe(0);
  });
});

describe('the schema version 4 fixture', () => {
  it('is a fully filled assessment of schema version 4 that is valid once upgraded', () => {
    const row = readFixture(4);
    expect(row.schemaVersion).toBe(4);
    expect(v.safeParse(assessmentSchema, row).success).toBe(false);
    expect(v.safeParse(assessmentSchema, migrateRow(row, 4)).success).toBe(true);
    expect(Object.keys(row).sort()).toEqual(Object.keys(fresh()).sort());
  });

  it('opens upgraded in this version of the app, and its earlier versions with it as they were stored', async () => {
    const name = freshName();
    const fixture = readFixture(4);
    const old = new Dexie(name);
    for (const s of SCHEMA_VERSIONS.filter((x) => x.version <= 4)) old.version(s.version).stores(s.stores);
    await old.open();
    await old.table('assessments').put(fixture);
    const copy = { id: `${String(fixture.id)}:2026-03-14T09:00:00.000Z`, assessmentId: fixture.id, takenAt: '2026-03-14T09:00:00.000Z', assessment: fixture };
    await old.table('localBackups').put(copy);
    old.close();
    expect(await openStorage(name)).toBe('ok');
    const stored = await getAssessment(String(fixture.id));
    expect(stored).toEqual(migrateRow(fixture, 4));
    // Every number stored before version 5 was read: nothing is kept as unreadable text.
    expect(stored?.goals.flatMap((g) => g.indicators.map((i) => [i.baselineInput, i.targetInput]))).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(stored?.measures.map((m) => m.resources.fundingInput)).toEqual(['', '']);
    // Earlier versions are upgraded when restored, not by the database upgrade.
    expect(await currentDb()?.localBackups.toArray()).toEqual([copy]);
  });
});

describe('the schema version 5 fixture', () => {
  it('is a fully filled assessment of schema version 5 that is valid once upgraded', () => {
    const row = readFixture(5);
    expect(row.schemaVersion).toBe(5);
    expect(v.safeParse(assessmentSchema, migrateRow(row, 5)).success).toBe(true);
    expect(Object.keys(row).sort()).toEqual(Object.keys(fresh()).sort());
  });

  it('opens in this version of the app, upgraded, unreadable numbers kept as typed', async () => {
    const name = freshName();
    const fixture = readFixture(5);
    await writeAsVersion(name, 5, [fixture]);
    expect(await openStorage(name)).toBe('ok');
    const stored = await getAssessment(String(fixture.id));
    expect(stored).toEqual(migrateRow(fixture, 5));
    expect(stored?.goals[0]?.indicators[1]?.targetInput).toBe('5–6 źródeł');
    expect(stored?.measures[1]?.resources.fundingInput).toBe('ok. 20 tys. zł');
  });
});

describe('the schema version 6 fixture', () => {
  it('is a fully filled, valid assessment of the current schema', () => {
    const row = readFixture(6);
    expect(row.schemaVersion).toBe(6);
    expect(CURRENT_SCHEMA_VERSION).toBe(6);
    expect(v.safeParse(assessmentSchema, row).success).toBe(true);
    expect(Object.keys(row).sort()).toEqual(Object.keys(fresh()).sort());
  });

  it('gets the summary the list shows when a database of the previous version opens: name, region, facilitator, mode, dates and progress', async () => {
    const name = freshName();
    const fixture = readFixture(6);
    const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 2]?.version ?? 1;
    const plain = { ...fixture, name: 'Żuławy', id: 'second', updatedAt: '2026-01-01T00:00:00.000Z', schemaVersion: previous };
    await writeAsVersion(name, previous, [{ ...fixture, schemaVersion: previous }, plain]);
    expect(await openStorage(name)).toBe('ok');
    const upgraded = fixture as unknown as Assessment;
    expect(await listSummaries()).toEqual([
      summarize(upgraded),
      summarize({ ...upgraded, name: 'Żuławy', id: 'second', updatedAt: '2026-01-01T00:00:00.000Z' }),
    ]);
    const [first] = await listSummaries();
    expect(first).toMatchObject({ name: 'Pomorski Klaster Ekonomii Społecznej', region: 'Pomorskie', facilitator: 'Małgorzata Żółkiewska', mode: 'evaluate' });
    expect(first?.done).toBeGreaterThan(0);
  });

  it('opens unchanged in this version of the app, with its summary', async () => {
    const name = freshName();
    const fixture = readFixture(6);
    await writeAsVersion(name, 6, [fixture]);
    const db = currentDb() ?? createDb(name);
    await db.open();
    await db.summaries.put(summarize(fixture as unknown as Assessment));
    db.close();
    expect(await openStorage(name)).toBe('ok');
    expect(await getAssessment(String(fixture.id))).toEqual(fixture);
    expect(await listSummaries()).toEqual([summarize(fixture as unknown as Assessment)]);
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
    // Then the record is there, upgraded to the current version and otherwise equal to what was stored
    const stored = await getAssessment(String(fixture.id));
    expect(stored).toEqual(migrateRow(fixture, 1));
    expect(stored?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
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
  it('upgrades a version 1 row to version 2 without touching the input or any field it had', () => {
    const row = readFixture();
    const before = structuredClone(row);
    const migrated = addWorkshop(row);
    expect(row).toEqual(before);
    const { participants, workshop, ...rest } = migrated;
    const { participants: oldParticipants, ...oldRest } = before;
    expect(rest).toEqual(oldRest);
    expect(participants).toEqual((oldParticipants as StoredRow[]).map((p) => ({ ...p, ballotCreatedAt: null })));
    // Version 1 always counted participants' ratings; a record that has them keeps showing them.
    expect(workshop).toEqual({ revealed: true });
  });

  it('upgrades a version 2 row to version 3: snapshots get an empty list of measures, nothing else changes', () => {
    const row = readFixture(2);
    const before = structuredClone(row);
    const migrated = addSnapshotMeasures(row);
    expect(row).toEqual(before);
    const { snapshots, ...rest } = migrated;
    const { snapshots: oldSnapshots, ...oldRest } = before;
    expect(rest).toEqual(oldRest);
    expect(snapshots).toEqual((oldSnapshots as StoredRow[]).map((s) => ({ ...s, measures: [] })));
  });

  it('upgrades a version 3 row to version 4 without changing its shape', () => {
    const row = readFixture(3);
    const before = structuredClone(row);
    expect(keepRowShape(row)).toEqual(before);
    expect(row).toEqual(before);
  });

  it('upgrades a version 4 row to version 5: number fields gain an empty unreadable text, nothing else changes', () => {
    const row = readFixture(4);
    const before = structuredClone(row);
    const migrated = addNumberInputs(row);
    expect(row).toEqual(before);
    const strip = (r: StoredRow) => JSON.parse(JSON.stringify(r).replace(/"(baselineInput|targetInput|fundingInput)":"[^"]*",?/g, '')) as StoredRow;
    expect(strip(migrated)).toEqual(strip(before));
    const goals = migrated.goals as { indicators: StoredRow[] }[];
    expect(goals.flatMap((g) => g.indicators.map((i) => [i.baselineInput, i.targetInput, i.baseline, i.target]))).toEqual([
      ['', '', 72.5, 40],
      ['', '', 2, 5],
      ['', '', 0.25, 1],
    ]);
    expect((migrated.measures as { resources: StoredRow }[]).map((m) => m.resources.fundingInput)).toEqual(['', '']);
    expect(migrateRow(readFixture(4), 4)).toEqual(migrateRow({ ...migrated, schemaVersion: 5 }, 5));
  });

  it('leaves damaged goals and measures of a file for the schema to refuse', () => {
    const row = { ...readFixture(4), goals: [null, { indicators: [7, null] }], measures: ['x', { resources: null }] };
    expect(addNumberInputs(row)).toEqual(row);
  });

  it('chains every upgrade and stamps the newest version', () => {
    expect(migrateRow(readFixture(1), 1).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrateRow(readFixture(2), 2).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrateRow(readFixture(3), 3).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrateRow(readFixture(4), 4).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('starts a version 1 record without participant ratings unrevealed', () => {
    const row = readFixture();
    const dimensions = Object.fromEntries(
      Object.entries(row.dimensions as Record<string, StoredRow>).map(([id, d]) => [id, { ...d, participantRatings: [] }]),
    );
    expect(migrateRow({ ...row, dimensions }, 1).workshop).toEqual({ revealed: false });
  });

  it('does not fail on a damaged row of a file: items that are not records are left for the schema to refuse', () => {
    const row = { ...readFixture(1), participants: [null, 7, ['x']], snapshots: [null, 'x'] };
    const migrated = migrateRow(row, 1);
    expect(migrated.participants).toEqual([null, 7, ['x']]);
    expect(migrated.snapshots).toEqual([null, 'x']);
    expect(v.safeParse(assessmentSchema, migrated).success).toBe(false);
  });

  it('never upgrades a row that is already at the newest version', () => {
    const newest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
    const row: StoredRow = { id: 'x', schemaVersion: newest, name: 'Żuławy' };
    expect(migrateRow(row, newest)).toEqual(row);
  });
});

/** Tables, primary keys and indexes as IndexedDB holds them (read back by a Dexie that declares no schema). */
async function nativeSchema(name: string): Promise<{ version: number; tables: [string, string, string[]][] }> {
  const plain = new Dexie(name);
  await plain.open();
  try {
    const tables = plain.tables
      .map((t): [string, string, string[]] => [t.name, t.schema.primKey.src, t.schema.indexes.map((i) => i.src).sort()])
      .sort(([a], [b]) => a.localeCompare(b));
    return { version: plain.verno, tables };
  } finally {
    plain.close();
  }
}

describe('a database upgraded from an older version', () => {
  it('has the same tables, primary keys and indexes as one created fresh by this version', async () => {
    const freshDb = freshName();
    const fresh = createDb(freshDb);
    await fresh.open();
    fresh.close();

    const upgradedName = freshName();
    await writeAsVersion1(upgradedName, [readFixture(1)]);
    const upgraded = createDb(upgradedName);
    await upgraded.open();
    expect(storedVersion(upgraded)).toBe(codeVersion());
    upgraded.close();

    const expected = await nativeSchema(freshDb);
    expect(expected.version).toBe(codeVersion());
    expect(expected.tables).toEqual([
      ['assessments', 'id', ['updatedAt']],
      ['ballots', 'assessmentId', []],
      ['localBackups', 'id', ['assessmentId', 'takenAt']],
      ['settings', 'key', []],
      ['summaries', 'id', ['updatedAt']],
    ]);
    expect(await nativeSchema(upgradedName)).toEqual(expected);
  });

  it('from every version in between, too', async () => {
    const freshDb = freshName();
    const fresh = createDb(freshDb);
    await fresh.open();
    fresh.close();
    const expected = await nativeSchema(freshDb);
    for (const version of SCHEMA_VERSIONS.map((s) => s.version)) {
      const name = freshName();
      await writeAsVersion(name, version, [readFixture(version)]);
      const db = createDb(name);
      await db.open();
      db.close();
      expect(await nativeSchema(name), `upgraded from version ${String(version)}`).toEqual(expected);
    }
  });
});
