import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { createDb } from './db';
import { APP_KEY_PREFIX, eraseAllData } from './erase';
import { closeStorage, getSetting, listAssessments, openStorage, putAssessments, setSetting } from './repository';
import { readJournal, writeJournal } from './unload-journal';

let dbCount = 0;
const freshName = () => `erase-${String(++dbCount)}-${crypto.randomUUID()}`;

afterEach(() => {
  closeStorage();
  localStorage.clear();
  sessionStorage.clear();
});

describe('eraseAllData', () => {
  it('deletes the database with everything in it, and the app opens empty afterwards', async () => {
    const name = freshName();
    await openStorage(name);
    await putAssessments([makeAssessment({ name: 'Kashubia' })]);
    await setSetting('language', 'pl');
    expect(await eraseAllData(name)).toEqual({ ok: true });
    expect(await Dexie.exists(name)).toBe(false);
    expect(await openStorage(name)).toBe('ok');
    expect(await listAssessments()).toEqual([]);
    expect(await getSetting('language')).toBeUndefined();
  });

  it('removes the app\'s keys from localStorage and sessionStorage and leaves other sites\' keys alone', async () => {
    writeJournal(makeAssessment(), '2026-03-14T08:00:00.000Z');
    sessionStorage.setItem(`${APP_KEY_PREFIX}:something`, '1');
    localStorage.setItem('another-app', 'keep');
    expect(readJournal()).not.toBeNull();
    expect(await eraseAllData(freshName())).toEqual({ ok: true });
    expect(readJournal()).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.getItem('another-app')).toBe('keep');
  });
});

describe('eraseAllData with the app open in another tab', () => {
  it('is not held up: the other tab closes its connection when asked', async () => {
    const name = freshName();
    await openStorage(name);
    const otherTab = createDb(name);
    let told = false;
    otherTab.on('versionchange', () => {
      told = true;
      otherTab.close();
      return false;
    });
    await otherTab.open();
    expect(await eraseAllData(name)).toEqual({ ok: true });
    expect(told).toBe(true);
    expect(await Dexie.exists(name)).toBe(false);
  });
});
