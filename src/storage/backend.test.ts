import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { isQuotaError } from './backend';
import type { NavigatorDb } from './db';
import { createDb } from './db';
import { createDexieBackend } from './dexie-backend';

let dbCount = 0;
const freshName = () => `backend-test-${String(++dbCount)}`;
const opened: NavigatorDb[] = [];

afterEach(() => {
  opened.splice(0).forEach((db) => {
    db.close();
  });
});

async function openBackend() {
  const db = createDb(freshName());
  await db.open();
  opened.push(db);
  return { db, backend: createDexieBackend(db, () => true) };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const abortWrapping = (inner: unknown) => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });

describe('isQuotaError', () => {
  it.each<[string, unknown, boolean]>([
    ['a QuotaExceededError', quotaError(), true],
    ['an AbortError wrapping a QuotaExceededError', abortWrapping(quotaError()), true],
    ['Dexie\'s AbortError wrapping a QuotaExceededError', new Dexie.AbortError('aborted', quotaError()), true],
    ['a plain object named QuotaExceededError', { name: 'QuotaExceededError' }, true],
    ['an AbortError for another reason', abortWrapping(new DOMException('x', 'ConstraintError')), false],
    ['an AbortError without an inner error', abortWrapping(undefined), false],
    ['another DOMException', new DOMException('x', 'DataError'), false],
    ['a TypeError', new TypeError('boom'), false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a string', 'QuotaExceededError', false],
  ])('%s -> %s', (_label, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('a full disk', () => {
  it('reports "quota" for a save and keeps the stored record as it was', async () => {
    const { db, backend } = await openBackend();
    // Given a stored record at revision 1
    const original = { ...makeAssessment({ name: 'Kaszuby' }), revision: 1 };
    expect((await backend.save(original, 0)).ok).toBe(true);
    // When the next save hits the storage quota
    const put = vi.spyOn(db.assessments, 'put').mockRejectedValue(quotaError());
    const result = await backend.save({ ...original, name: 'Żuławy', revision: 2 }, 1);
    // Then the user is told the disk is full and nothing changed
    expect(put).toHaveBeenCalled();
    expect(result).toEqual({ ok: false, reason: 'quota' });
    expect(await backend.get(original.id)).toEqual(original);
  });

  it('reports "quota" when the quota error arrives inside Dexie\'s AbortError', async () => {
    const { db, backend } = await openBackend();
    // Dexie rejects an aborted transaction with AbortError whose `inner` is IndexedDB's error
    vi.spyOn(db.assessments, 'put').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quotaError()));
    const a = { ...makeAssessment(), revision: 1 };
    expect(await backend.save(a, 0)).toEqual({ ok: false, reason: 'quota' });
    expect(await backend.get(a.id)).toBeUndefined();
  });

  it('reports "error", not "quota", for other write failures', async () => {
    const { db, backend } = await openBackend();
    vi.spyOn(db.assessments, 'put').mockRejectedValue(new DOMException('x', 'UnknownError'));
    expect(await backend.save({ ...makeAssessment(), revision: 1 }, 0)).toEqual({ ok: false, reason: 'error' });
  });

  it('writes none of an import when the quota runs out part-way', async () => {
    const { db, backend } = await openBackend();
    const kept = { ...makeAssessment({ name: 'Kept' }), revision: 3 };
    await backend.putAll([kept]);
    vi.spyOn(db.assessments, 'bulkPut').mockRejectedValue(quotaError());
    const result = await backend.putAll([{ ...kept, name: 'Overwritten' }, makeAssessment({ name: 'New' })]);
    expect(result).toEqual({ ok: false, reason: 'quota' });
    expect((await backend.list()).map((a) => a.name)).toEqual(['Kept']);
  });

  it('reports "quota" when a setting cannot be stored', async () => {
    const { db, backend } = await openBackend();
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaError());
    expect(await backend.setSetting('language', 'pl')).toEqual({ ok: false, reason: 'quota' });
    expect(await backend.getSetting('language')).toBeUndefined();
  });
});
