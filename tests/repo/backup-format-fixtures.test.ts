import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@/domain/assessment';
import { CURRENT_FORMAT_VERSION } from '@/domain/backup-format';
import { parseBackup } from '@/domain/backup-parse';
import { migrateRow } from '@/storage/migrations';

/**
 * Every file format version the app ever wrote keeps a fixture of a real file, and today's code must
 * import each of them: files made years ago still open. Adding a format version without one fails here.
 */
const fixturesDir = join(import.meta.dirname, '../fixtures');
const fixtureName = (version: number) => `backup-format-v${String(version)}.json`;
const versions = Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1);

describe('backup file format fixtures', () => {
  it.each(versions)('tests/fixtures/backup-format-v%i.json is a file of that format that imports', (version) => {
    const text = readFileSync(join(fixturesDir, fixtureName(version)), 'utf8');
    expect((JSON.parse(text) as { formatVersion: unknown }).formatVersion).toBe(version);
    const result = parseBackup(text, migrateRow);
    if (!result.ok) throw new Error(`${fixtureName(version)} refused: ${result.error} ${result.detail}`);
    expect(result.backup.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(result.backup.assessments.length).toBeGreaterThan(0);
    // The assessments inside come out at today's schema, whatever version they were saved with
    for (const a of result.backup.assessments) expect(a.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('the format 1 fixture holds assessments of schema versions 1 and 2, both read in full', () => {
    const text = readFileSync(join(fixturesDir, fixtureName(1)), 'utf8');
    const raw = JSON.parse(text) as { assessments: { id: string; schemaVersion: number; goals: unknown[] }[] };
    expect(raw.assessments.map((a) => a.schemaVersion)).toEqual([1, 2]);
    const result = parseBackup(text, migrateRow);
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.assessments.map((a) => a.id)).toEqual(raw.assessments.map((a) => a.id));
    expect(result.backup.assessments.map((a) => a.goals.length)).toEqual(raw.assessments.map((a) => a.goals.length));
  });

  it('every backup-format-vN.json fixture belongs to a format version this code knows', () => {
    const onDisk = readdirSync(fixturesDir)
      .map((file) => /^backup-format-v(\d+)\.json$/.exec(file)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(onDisk.sort((a, b) => a - b)).toEqual(versions);
  });
});
