import { afterEach, describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { closeStorage, getAssessment, openStorage, saveAssessment } from '@/storage/repository';
import { readJournal, writeJournal } from '@/storage/unload-journal';
import { freshDbName } from '../../tests/setup/render-app';
import { recoverUnloadJournal } from './storage-boot';

afterEach(() => {
  closeStorage();
  localStorage.clear();
});

async function stored() {
  await openStorage(freshDbName());
  const result = await saveAssessment(makeAssessment({ region: 'Pomorskie' }), '2026-03-02T09:00:00.000Z');
  if (!result.ok) throw new Error('seeding failed');
  return result.saved;
}

describe('recoverUnloadJournal', () => {
  it('writes the draft a closing page could not save, then forgets it', async () => {
    // Given a page that was reloaded before its IndexedDB write finished
    const base = await stored();
    writeJournal({ ...base, region: 'Typed just before the reload' }, '2026-03-02T09:01:00.000Z');
    // When the app starts again
    await recoverUnloadJournal();
    // Then the edit is stored with the next revision and the safety copy is gone
    expect(await getAssessment(base.id)).toMatchObject({ region: 'Typed just before the reload', revision: 2 });
    expect(readJournal()).toBeNull();
  });

  it('drops the copy when storage already moved on (the direct write landed or another tab saved)', async () => {
    const base = await stored();
    writeJournal({ ...base, region: 'old draft' }, '2026-03-02T09:01:00.000Z');
    const later = await saveAssessment({ ...base, region: 'saved by another tab' }, '2026-03-02T09:02:00.000Z');
    expect(later.ok).toBe(true);
    await recoverUnloadJournal();
    expect(await getAssessment(base.id)).toMatchObject({ region: 'saved by another tab', revision: 2 });
    expect(readJournal()).toBeNull();
  });

  it('ignores a damaged safety copy', async () => {
    await stored();
    localStorage.setItem('csei-navigator:unsaved-draft', '{not json');
    await expect(recoverUnloadJournal()).resolves.toBeUndefined();
  });
});
