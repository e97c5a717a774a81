import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { makeAssessment } from '@/lib/test-assessment';
import { codeVersion } from '@/storage/db';
import { getAssessment, openStorage, saveAssessment } from '@/storage/repository';
import { freshDbName } from '../../tests/setup/render-app';
import { useEditorStore } from './editor-store';
import { useNoticesStore } from './notices-store';

const editor = () => useEditorStore.getState();
const setRegion = (region: string) => {
  editor().update((draft) => ({ ...draft, region }));
};

/** Stores an assessment (revision 1) and opens it in the editor. */
async function openStored(): Promise<Assessment> {
  expect(await openStorage(freshDbName())).toBe('ok');
  const result = await saveAssessment(makeAssessment({ region: 'Pomorskie' }), '2026-03-02T09:00:00.000Z');
  if (!result.ok) throw new Error('seeding failed');
  await editor().open(result.saved.id);
  expect(editor().loadState).toBe('ready');
  return result.saved;
}

/** Another tab saves the same assessment from the revision both tabs loaded. */
async function otherTabSaves(base: Assessment, region: string, other: Partial<Assessment> = {}): Promise<void> {
  const result = await saveAssessment({ ...base, ...other, region }, '2026-03-02T09:05:00.000Z');
  expect(result.ok).toBe(true);
}

async function settled(state: string): Promise<void> {
  await vi.waitFor(() => {
    expect(editor().saveState).toBe(state);
  });
}

beforeEach(() => {
  // Only the autosave timer is faked: fake-indexeddb and Dexie keep their own scheduling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('marks an edit unsaved and saves it about half a second later', async () => {
    const base = await openStored();
    setRegion('Gdańsk');
    expect(editor().saveState).toBe('unsaved');
    vi.advanceTimersByTime(499);
    expect(editor().saveState).toBe('unsaved');
    expect((await getAssessment(base.id))?.region).toBe('Pomorskie');

    vi.advanceTimersByTime(501);
    await settled('saved');
    expect(editor().assessment?.revision).toBe(2);
    expect(await getAssessment(base.id)).toMatchObject({ region: 'Gdańsk', revision: 2 });
  });

  it('saves quick edits together, and continuous typing at most a second after the first edit', async () => {
    const base = await openStored();
    setRegion('G');
    vi.advanceTimersByTime(300);
    setRegion('Gd');
    vi.advanceTimersByTime(300);
    setRegion('Gda');
    // 0.6 s after the first edit nothing was written yet: quick edits are saved together
    expect(editor().saveState).toBe('unsaved');
    expect((await getAssessment(base.id))?.revision).toBe(1);

    vi.advanceTimersByTime(300);
    setRegion('Gdańsk');
    // Typing has not paused, but a second after the first edit the save starts anyway
    vi.advanceTimersByTime(100);
    await vi.waitFor(async () => {
      expect((await getAssessment(base.id))?.revision).toBe(2);
    });
    vi.advanceTimersByTime(5000);
    await settled('saved');
    expect(await getAssessment(base.id)).toMatchObject({ region: 'Gdańsk' });
  });

  it('flush() saves at once, without waiting for the delay', async () => {
    const base = await openStored();
    setRegion('Gdańsk');
    expect(await editor().flush()).toBe(true);
    expect(editor().saveState).toBe('saved');
    expect(await getAssessment(base.id)).toMatchObject({ region: 'Gdańsk', revision: 2 });
  });

  it('keeps an edit typed while a save is running, and saves it next', async () => {
    const base = await openStored();
    setRegion('Gdańsk');
    const saving = editor().flush();
    expect(editor().saveState).toBe('saving');
    setRegion('Gdańsk and Gdynia');
    expect(await saving).toBe(false);
    expect(editor().assessment?.region).toBe('Gdańsk and Gdynia');
    expect(editor().saveState).toBe('unsaved');

    vi.advanceTimersByTime(500);
    await settled('saved');
    expect(await getAssessment(base.id)).toMatchObject({ region: 'Gdańsk and Gdynia', revision: 3 });
  });

  it('writes at once when the page is hidden', async () => {
    const base = await openStored();
    setRegion('Gdańsk');
    editor().flushOnHide();
    expect(editor().saveState).toBe('saving');
    // The fake autosave timer is never advanced: the write must not wait for it
    await settled('saved');
    expect(await getAssessment(base.id)).toMatchObject({ region: 'Gdańsk', revision: 2 });
  });
});

describe('conflicts', () => {
  async function conflict(): Promise<Assessment> {
    const base = await openStored();
    setRegion('mine');
    await otherTabSaves(base, 'theirs');
    vi.advanceTimersByTime(500);
    await settled('conflict');
    return base;
  }

  it('stops saving and keeps the local text when another tab saved in between', async () => {
    const base = await conflict();
    expect(editor().assessment?.region).toBe('mine');
    expect(editor().conflict).toMatchObject({ region: 'theirs', revision: 2 });
    expect(await getAssessment(base.id)).toMatchObject({ region: 'theirs', revision: 2 });

    // Further typing is kept but not written over the other version
    setRegion('mine, edited');
    vi.advanceTimersByTime(2000);
    expect(editor().saveState).toBe('conflict');
    expect((await getAssessment(base.id))?.region).toBe('theirs');
  });

  it('keepMine() stores the local text with a higher revision', async () => {
    const base = await conflict();
    await editor().keepMine();
    expect(editor().saveState).toBe('saved');
    expect(editor().conflict).toBeNull();
    expect(await getAssessment(base.id)).toMatchObject({ region: 'mine', revision: 3 });
  });

  it('loadTheirs() replaces the draft with the stored version, and later edits save on top of it', async () => {
    const base = await conflict();
    editor().loadTheirs();
    expect(editor().assessment).toMatchObject({ region: 'theirs', revision: 2 });
    expect(editor().saveState).toBe('saved');
    expect(editor().conflict).toBeNull();

    setRegion('theirs, then mine');
    expect(await editor().flush()).toBe(true);
    expect(await getAssessment(base.id)).toMatchObject({ region: 'theirs, then mine', revision: 3 });
  });
});

describe('edits in two tabs', () => {
  const setFacilitator = (facilitator: string) => {
    editor().update((draft) => ({ ...draft, facilitator }));
  };

  it('merges edits to different fields: both are saved, and the user is told', async () => {
    const base = await openStored();
    useNoticesStore.setState({ notices: [] });
    // Given this tab changes the facilitator while another tab saves a new region
    setFacilitator('Zofia');
    await otherTabSaves(base, 'Kaszuby');
    // When this tab saves
    vi.advanceTimersByTime(500);
    await settled('saved');
    // Then both edits are stored, on top of the other tab's revision
    expect(await getAssessment(base.id)).toMatchObject({ region: 'Kaszuby', facilitator: 'Zofia', revision: 3 });
    expect(editor().assessment).toMatchObject({ region: 'Kaszuby', facilitator: 'Zofia', revision: 3 });
    expect(editor().conflict).toBeNull();
    expect(useNoticesStore.getState().notices.map((n) => n.key)).toEqual(['conflict.merged']);
  });

  it('keepMine() keeps this tab’s text where both changed, and the other tab’s other changes', async () => {
    const base = await openStored();
    setRegion('mine');
    await otherTabSaves(base, 'theirs', { facilitator: 'Piotr' });
    vi.advanceTimersByTime(500);
    await settled('conflict');
    await editor().keepMine();
    expect(await getAssessment(base.id)).toMatchObject({ region: 'mine', facilitator: 'Piotr', revision: 3 });
  });

  it('loadTheirs() takes the other tab’s text where both changed, and still saves this tab’s other changes', async () => {
    const base = await openStored();
    setRegion('mine');
    setFacilitator('Zofia');
    await otherTabSaves(base, 'theirs');
    vi.advanceTimersByTime(500);
    await settled('conflict');
    editor().loadTheirs();
    expect(editor().assessment).toMatchObject({ region: 'theirs', facilitator: 'Zofia' });
    expect(editor().saveState).toBe('unsaved');
    vi.advanceTimersByTime(500);
    await settled('saved');
    expect(await getAssessment(base.id)).toMatchObject({ region: 'theirs', facilitator: 'Zofia', revision: 3 });
  });
});

describe('read-only storage', () => {
  it('reports a blocked save and keeps the draft when the data comes from a newer version', async () => {
    const name = freshDbName();
    const record = { ...makeAssessment({ region: 'Pomorskie' }), revision: 1 };
    const future = new Dexie(name);
    // One version above this code's, whatever it is (a fixed number went stale when version 3 came)
    future.version(codeVersion() + 1).stores({ assessments: 'id, updatedAt', settings: 'key', ballots: 'assessmentId' });
    await future.open();
    await future.table('assessments').put(record);
    future.close();
    expect(await openStorage(name)).toBe('newer-data');
    await editor().open(record.id);

    setRegion('Gdańsk');
    vi.advanceTimersByTime(500);
    await settled('blocked');
    expect(editor().assessment?.region).toBe('Gdańsk');
    expect(await getAssessment(record.id)).toEqual(record);
  });
});
