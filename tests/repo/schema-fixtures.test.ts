import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@/domain/assessment';
import { SCHEMA_VERSIONS } from '@/storage/migrations';

/**
 * Every schema version the app ever had must keep a fixture of a stored row, so that the
 * migration tests keep proving that old data opens. Adding a version without one fails here.
 */
const fixturesDir = join(import.meta.dirname, '../fixtures');
const fixtureFor = (version: number) => join(fixturesDir, `schema-v${String(version)}.json`);

const declared = SCHEMA_VERSIONS.map((s) => s.version);
const upToCurrent = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1);
const allVersions = [...new Set([...upToCurrent, ...declared])].sort((a, b) => a - b);

describe('schema fixtures', () => {
  it.each(allVersions)('tests/fixtures/schema-v%i.json exists', (version) => {
    expect(existsSync(fixtureFor(version)), `missing ${fixtureFor(version)}`).toBe(true);
  });

  it('the newest declared database schema is CURRENT_SCHEMA_VERSION', () => {
    expect(declared.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('schema versions are declared in increasing order, starting at 1', () => {
    expect(declared[0]).toBe(1);
    expect(declared).toEqual([...declared].sort((a, b) => a - b));
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('every schema-vN.json fixture belongs to a declared version', () => {
    const onDisk = readdirSync(fixturesDir)
      .map((file) => /^schema-v(\d+)\.json$/.exec(file)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(onDisk.length).toBeGreaterThan(0);
    for (const version of onDisk) expect(declared).toContain(version);
  });
});
