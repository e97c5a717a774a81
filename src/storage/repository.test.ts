import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { codeVersion } from './db';
import {
  closeStorage,
  deleteAssessment,
  getAssessment,
  getBackendKind,
  getStorageStatus,
  listAssessments,
  OPEN_TIMEOUT_MS,
  openStorage,
  putAssessments,
  saveAssessment,
  setSetting,
} from './repository';

let dbCount = 0;
const freshName = () => `test-db-${String(++dbCount)}`;

afterEach(() => {
  closeStorage();
});

describe('saveAssessment', () => {
  it('creates a record with revision 1 and reads it back', async () => {
    await openStorage(freshName());
    const a = makeAssessment({ name: 'Kashubia' });
    const result = await saveAssessment(a, '2026-03-02T09:00:00.000Z');
    expect(result.ok).toBe(true);
    const stored = await getAssessment(a.id);
    expect(stored?.name).toBe('Kashubia');
    expect(stored?.revision).toBe(1);
    expect(stored?.updatedAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('updates a record and increments the revision on every save', async () => {
    await openStorage(freshName());
    const a = makeAssessment();
    const first = await saveAssessment(a, '2026-03-02T09:00:00.000Z');
    if (!first.ok) throw new Error('first save failed');
    const second = await saveAssessment({ ...first.saved, region: 'Gdańsk' }, '2026-03-02T09:01:00.000Z');
    expect(second.ok && second.saved.revision).toBe(2);
    expect((await getAssessment(a.id))?.region).toBe('Gdańsk');
  });

  it('refuses a save based on an older revision and keeps the stored copy', async () => {
    await openStorage(freshName());
    const a = makeAssessment();
    const first = await saveAssessment(a, '2026-03-02T09:00:00.000Z');
    if (!first.ok) throw new Error('first save failed');
    // Given two tabs that both loaded revision 1
    const tabA = { ...first.saved, region: 'from tab A' };
    const tabB = { ...first.saved, region: 'from tab B' };
    // When tab A saves first, then tab B
    expect((await saveAssessment(tabA, '2026-03-02T09:01:00.000Z')).ok).toBe(true);
    const conflict = await saveAssessment(tabB, '2026-03-02T09:02:00.000Z');
    // Then tab B is told about the conflict and tab A's text is kept
    expect(conflict.ok).toBe(false);
    expect(!conflict.ok && conflict.reason).toBe('conflict');
    expect((await getAssessment(a.id))?.region).toBe('from tab A');
  });
});

describe('listAssessments', () => {
  it('lists the most recently changed first', async () => {
    await openStorage(freshName());
    const older = makeAssessment({ name: 'Older' });
    const newer = makeAssessment({ name: 'Newer' });
    await saveAssessment(newer, '2026-03-05T09:00:00.000Z');
    await saveAssessment(older, '2026-03-04T09:00:00.000Z');
    expect((await listAssessments()).map((a) => a.name)).toEqual(['Newer', 'Older']);
  });
});

describe('deleteAssessment', () => {
  it('deletes and can put the deleted record back unchanged', async () => {
    await openStorage(freshName());
    const a = makeAssessment();
    await saveAssessment(a, '2026-03-02T09:00:00.000Z');
    const { deleted } = await deleteAssessment(a.id);
    expect(await listAssessments()).toHaveLength(0);
    await putAssessments(deleted ? [deleted] : []);
    expect((await getAssessment(a.id))?.revision).toBe(1);
  });
});

describe('openStorage', () => {
  it('refuses to write when the database on disk comes from a newer app version', async () => {
    const name = freshName();
    // Given a database written by a future version of the app
    const future = new Dexie(name);
    future.version(codeVersion() + 1).stores({ assessments: 'id, updatedAt, region', settings: 'key' });
    await future.open();
    await future.table('assessments').put({ ...makeAssessment({ name: 'Future' }), schemaVersion: codeVersion() + 1 });
    future.close();
    // When this version opens it
    const status = await openStorage(name);
    // Then it reads but does not write
    expect(status).toBe('newer-data');
    expect((await listAssessments()).map((a) => a.name)).toEqual(['Future']);
    const result = await saveAssessment(makeAssessment(), '2026-03-02T09:00:00.000Z');
    expect(!result.ok && result.reason).toBe('blocked');
    expect(await listAssessments()).toHaveLength(1);
    expect((await setSetting('language', 'pl')).ok).toBe(false);
  });

  it('stops writing when another tab upgrades the database', async () => {
    const name = freshName();
    await openStorage(name);
    // When another tab opens the same database with a newer schema
    const other = new Dexie(name);
    other.version(codeVersion() + 1).stores({ assessments: 'id, updatedAt, region', settings: 'key' });
    await other.open();
    // Then this tab is stale and refuses to write
    expect(getStorageStatus()).toBe('stale');
    const result = await saveAssessment(makeAssessment(), '2026-03-02T09:00:00.000Z');
    expect(result.ok).toBe(false);
    other.close();
  });

  it('falls back to memory when IndexedDB is unavailable, and keeps working', async () => {
    const original = globalThis.indexedDB;
    // @ts-expect-error -- simulate a browser without IndexedDB (some private modes)
    delete globalThis.indexedDB;
    try {
      expect(await openStorage(freshName())).toBe('unavailable');
      const a = makeAssessment({ name: 'In memory' });
      expect((await saveAssessment(a, '2026-03-02T09:00:00.000Z')).ok).toBe(true);
      expect((await listAssessments()).map((x) => x.name)).toEqual(['In memory']);
    } finally {
      globalThis.indexedDB = original;
    }
  });
});

describe('a browser that never answers the request to open IndexedDB', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('works in memory after a while instead of leaving the page blank', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Given a browser whose open request never fires success or error
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => ({ readyState: 'pending' }) as unknown as IDBOpenDBRequest);
    const opening = openStorage(freshName());
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS - 1);
    expect(getStorageStatus()).toBe('opening');
    // When it has not answered in time
    await vi.advanceTimersByTimeAsync(1);
    // Then the app works in memory and says so
    expect(await opening).toBe('unavailable');
    expect(getBackendKind()).toBe('memory');
    const a = makeAssessment({ name: 'Kept in this tab' });
    expect((await saveAssessment(a, '2026-03-02T09:00:00.000Z')).ok).toBe(true);
    expect((await listAssessments()).map((x) => x.name)).toEqual(['Kept in this tab']);
  });
});

describe('saving an assessment deleted in another tab', () => {
  it('stores it again instead of losing the edits made here', async () => {
    await openStorage(freshName());
    const first = await saveAssessment(makeAssessment({ name: 'Open here' }), '2026-03-02T09:00:00.000Z');
    if (!first.ok) throw new Error('first save failed');
    // Given another tab deletes it while this tab still edits it
    await deleteAssessment(first.saved.id);
    // When this tab saves its edit
    const again = await saveAssessment({ ...first.saved, region: 'typed after the delete' }, '2026-03-02T09:01:00.000Z');
    // Then the edit is stored
    expect(again.ok).toBe(true);
    expect((await getAssessment(first.saved.id))?.region).toBe('typed after the delete');
  });
});
