import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import type { BackupEnvelope } from '@/domain/backup-format';
import { buildBackup, MAX_BACKUP_BYTES } from '@/domain/backup-format';
import { migrateRow } from '@/storage/migrations';
import { parseBackup } from '@/domain/backup-parse';
import { makeAssessment } from '@/lib/test-assessment';
import { getAssessment, getSetting, listAssessments, openStorage, putAssessments } from '@/storage/repository';
import { freshDbName } from '../../tests/setup/render-app';
import { useAppStore } from './app-store';
import { useEditorStore } from './editor-store';
import { exportAll, finishImport, importBackup } from './backup-actions';
import { restoreCopy } from './local-backup-actions';
import { listLocalBackups } from '@/storage/local-backup-repository';
import { newGoal } from '@/domain/plan';

const NOW = '2026-03-14T16:00:00.000Z';

function record(name: string, updatedAt = NOW): Assessment {
  return { ...makeAssessment({ name }, updatedAt), revision: 1 };
}

const jsonFile = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' });
const backupText = (assessments: Assessment[]) => JSON.stringify(buildBackup(assessments, '0.1.0', NOW));

/** Two assessments already on this device. */
async function seed(): Promise<Assessment[]> {
  expect(await openStorage(freshDbName())).toBe('ok');
  const here = [record('Here one', '2026-03-01T10:00:00.000Z'), record('Here two', '2026-03-02T10:00:00.000Z')];
  expect((await putAssessments(here)).ok).toBe(true);
  return here;
}

describe('importBackup', () => {
  it('adds the assessments of a valid backup exactly as they are in the file', async () => {
    const here = await seed();
    const incoming = [record('From the laptop'), record('From the workshop')];
    const outcome = await importBackup(jsonFile(backupText(incoming)));
    expect(outcome).toEqual({ ok: true, added: 2, unchanged: 0, copied: 0, replaced: 0, keptEarlier: 0 });
    const after = await listAssessments();
    expect(after).toHaveLength(4);
    expect(after).toEqual(expect.arrayContaining([...here, ...incoming]));
  });

  it('keeps one copy of each assessment when the same backup is imported twice', async () => {
    await seed();
    const file = jsonFile(backupText([record('From the laptop'), record('From the workshop')]));
    expect(await importBackup(file)).toMatchObject({ ok: true, added: 2 });
    const once = await listAssessments();
    expect(await importBackup(file)).toEqual({ ok: true, added: 0, unchanged: 2, copied: 0, replaced: 0, keptEarlier: 0 });
    expect(await listAssessments()).toEqual(once);
  });

  it('writes nothing and asks when an assessment of the file is here with other content', async () => {
    const [first] = await seed();
    if (!first) throw new Error('no seed');
    const before = await listAssessments();
    const elsewhere = { ...first, region: 'Edited elsewhere', revision: 4, updatedAt: '2026-03-10T10:00:00.000Z' };
    const fresh = record('Brand new');
    const outcome = await importBackup(jsonFile(backupText([elsewhere, fresh])));
    if (outcome.ok !== 'choose') throw new Error('expected a question');
    expect(outcome.preview.conflicts).toEqual([{ here: first, incoming: elsewhere }]);
    expect(outcome.preview.added).toEqual([fresh]);
    // Nothing is written until the user chooses, not even the new one
    expect(await listAssessments()).toEqual(before);
  });

  it('imports a conflict as a copy beside the one here when the user chooses so', async () => {
    const [first] = await seed();
    if (!first) throw new Error('no seed');
    const elsewhere = { ...first, region: 'Edited elsewhere', revision: 4, updatedAt: '2026-03-10T10:00:00.000Z' };
    const asked = await importBackup(jsonFile(backupText([elsewhere])));
    if (asked.ok !== 'choose') throw new Error('expected a question');
    const outcome = await finishImport(asked.preview, { [first.id]: 'copy' }, (name) => `${name} (copy from file)`);
    expect(outcome).toEqual({ ok: true, added: 0, unchanged: 0, copied: 1, replaced: 0, keptEarlier: 0 });
    const after = await listAssessments();
    expect(after).toHaveLength(3);
    expect(after.find((a) => a.id === first.id)).toEqual(first);
    const copy = after.find((a) => a.region === 'Edited elsewhere');
    expect(copy?.name).toBe(`${first.name} (copy from file)`);
    expect(copy?.id).not.toBe(first.id);
  });

  it('replaces the one here with the file’s content and a newer revision when the user chooses so', async () => {
    const [first] = await seed();
    if (!first) throw new Error('no seed');
    const elsewhere = { ...first, region: 'Edited elsewhere', revision: 1, updatedAt: '2026-03-10T10:00:00.000Z' };
    const asked = await importBackup(jsonFile(backupText([elsewhere])));
    if (asked.ok !== 'choose') throw new Error('expected a question');
    expect(await finishImport(asked.preview, { [first.id]: 'replace' }, (name) => name)).toEqual({
      ok: true,
      added: 0,
      unchanged: 0,
      copied: 0,
      replaced: 1,
      keptEarlier: 1,
    });
    const after = await listAssessments();
    expect(after).toHaveLength(2);
    expect(after.find((a) => a.id === first.id)).toEqual({ ...elsewhere, revision: first.revision + 1 });
    // The same file again finds it already here: no second question
    expect(await importBackup(jsonFile(backupText([elsewhere])))).toEqual({ ok: true, added: 0, unchanged: 1, copied: 0, replaced: 0, keptEarlier: 0 });
  });

  it('keeps the version it replaces as an earlier version: restoring it brings every field back', async () => {
    const [first] = await seed();
    if (!first) throw new Error('no seed');
    const here = { ...first, region: 'Pomorskie', facilitator: 'Ana Wróbel', goals: [{ ...newGoal('g1', 'finance'), statement: 'Three funders by 2027' }] };
    expect((await putAssessments([here])).ok).toBe(true);
    const elsewhere = { ...first, region: 'Edited elsewhere', revision: 1, updatedAt: '2026-03-10T10:00:00.000Z' };
    const asked = await importBackup(jsonFile(backupText([elsewhere])));
    if (asked.ok !== 'choose') throw new Error('expected a question');
    expect(await finishImport(asked.preview, { [first.id]: 'replace' }, (name) => name)).toMatchObject({ ok: true, replaced: 1, keptEarlier: 1 });
    expect((await getAssessment(first.id))?.region).toBe('Edited elsewhere');

    const copies = await listLocalBackups(first.id);
    expect(copies.map((c) => c.assessment)).toEqual([here]);
    await useEditorStore.getState().open(first.id);
    const restored = await restoreCopy(copies[0]?.id ?? '', (a) => `${a.name} (before restore)`);
    expect(restored.ok).toBe(true);
    const after = await getAssessment(first.id);
    // Every field the user entered is back; the record's own bookkeeping (revision, times) moves on.
    expect({ ...after, revision: here.revision, updatedAt: here.updatedAt, lastExportAt: here.lastExportAt }).toEqual(here);
    useEditorStore.getState().close();
  });

  it('asks again, writing nothing, when the one here was saved while the user was choosing', async () => {
    const [first] = await seed();
    if (!first) throw new Error('no seed');
    const asked = await importBackup(jsonFile(backupText([{ ...first, region: 'Edited elsewhere' }])));
    if (asked.ok !== 'choose') throw new Error('expected a question');
    // Another tab saves the assessment meanwhile
    const savedMeanwhile = { ...first, name: 'Renamed meanwhile', revision: first.revision + 1, updatedAt: '2026-03-12T10:00:00.000Z' };
    expect((await putAssessments([savedMeanwhile])).ok).toBe(true);
    const outcome = await finishImport(asked.preview, { [first.id]: 'replace' }, (name) => name);
    if (outcome.ok !== 'choose') throw new Error('expected a new question');
    expect(outcome.preview.conflicts[0]?.here).toEqual(savedMeanwhile);
    expect((await listAssessments()).find((a) => a.id === first.id)).toEqual(savedMeanwhile);
  });

  describe('when the replaced assessment is open in a tab', () => {
    /** Replaces the stored assessment with another version from a file, as the user would choose. */
    async function replaceFromFile(base: Assessment, region: string): Promise<void> {
      const asked = await importBackup(jsonFile(backupText([{ ...base, region, updatedAt: '2026-03-11T10:00:00.000Z' }])));
      if (asked.ok !== 'choose') throw new Error('expected a question');
      expect(await finishImport(asked.preview, { [base.id]: 'replace' }, (name) => name)).toMatchObject({ ok: true, replaced: 1 });
    }

    afterEach(() => {
      vi.useRealTimers();
      useEditorStore.getState().close();
    });

    it('a tab with nothing unsaved takes the imported version as newer', async () => {
      const [first] = await seed();
      if (!first) throw new Error('no seed');
      await useEditorStore.getState().open(first.id);
      await replaceFromFile(first, 'From the file');
      // What the list watcher does when storage changes
      const stored = await getAssessment(first.id);
      if (!stored) throw new Error('gone');
      useEditorStore.getState().adoptExternal(stored);
      expect(useEditorStore.getState().assessment).toMatchObject({ region: 'From the file', revision: first.revision + 1 });
    });

    it('a tab with unsaved edits keeps them and reports a conflict instead of overwriting the import', async () => {
      const [first] = await seed();
      if (!first) throw new Error('no seed');
      await useEditorStore.getState().open(first.id);
      // The autosave waits: the import lands while the edit is still unsaved
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      useEditorStore.getState().update((d) => ({ ...d, region: 'Typed here' }));
      await replaceFromFile(first, 'From the file');
      expect(await useEditorStore.getState().flush()).toBe(false);
      expect(useEditorStore.getState().saveState).toBe('conflict');
      expect(useEditorStore.getState().assessment?.region).toBe('Typed here');
      expect((await getAssessment(first.id))?.region).toBe('From the file');
    });
  });

  const valid = () => JSON.parse(backupText([record('New one')])) as BackupEnvelope;
  const badFiles: [string, () => string, string, string][] = [
    ['a file that is not JSON', () => '{"format": "csei-navigator", "assessments": [', 'not-json', ''],
    ['another app’s JSON', () => JSON.stringify({ ...valid(), format: 'other-app' }), 'unknown-format', 'format'],
    ['a newer file format', () => JSON.stringify({ ...valid(), formatVersion: 2 }), 'newer-format', '2'],
    ['a __proto__ key', () => JSON.stringify(valid()).replace('{', '{"__proto__": {"polluted": true}, '), 'forbidden-key', ''],
    [
      'one invalid field after a valid assessment',
      () => {
        const envelope = valid();
        return JSON.stringify({ ...envelope, assessments: [...envelope.assessments, { ...record('Broken'), mode: 'bogus' }] });
      },
      'invalid',
      'assessments[1].mode',
    ],
  ];

  it.each(badFiles)('refuses %s and leaves the database unchanged', async (_what, text, error, detail) => {
    await seed();
    const before = await listAssessments();
    const outcome = await importBackup(jsonFile(text()));
    expect(outcome).toMatchObject({ ok: false, error, detail });
    expect(await listAssessments()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 64 MiB as too large without reading it', async () => {
    await seed();
    const before = await listAssessments();
    const file = jsonFile(backupText([record('Hidden in a huge file')]), 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer');
    expect(await importBackup(file)).toEqual({ ok: false, error: 'too-large', detail: '' });
    expect(text).not.toHaveBeenCalled();
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(await listAssessments()).toEqual(before);
  });
});

describe('exportAll', () => {
  const blobs: Blob[] = [];

  beforeEach(() => {
    blobs.length = 0;
    // jsdom has no object URLs; they stay stubbed so that the delayed revoke never throws.
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:backup';
      }),
      revokeObjectURL: vi.fn(),
    });
  });

  it('downloads one file with every assessment and remembers when the backup was made', async () => {
    const here = await seed();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    expect(useAppStore.getState().lastBackupAt).toBeNull();

    const fileName = await exportAll();

    expect(fileName).toMatch(/^csei-navigator_backup_\d{4}-\d{2}-\d{2}\.json$/);
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(fileName);
    expect(link.href).toBe('blob:backup');
    expect(blobs).toHaveLength(1);

    const text = await (blobs[0] as Blob).text();
    const envelope = JSON.parse(text) as BackupEnvelope;
    expect(envelope).toMatchObject({ format: 'csei-navigator', formatVersion: 1 });
    expect(envelope.assessments.map((a) => a.name).sort()).toEqual(here.map((a) => a.name).sort());
    expect(envelope.assessments.every((a) => a.lastExportAt === envelope.exportedAt)).toBe(true);
    // The file can be imported again
    expect(parseBackup(text, migrateRow).ok).toBe(true);

    expect(useAppStore.getState().lastBackupAt).toBe(envelope.exportedAt);
    expect(await getSetting('lastBackupAt')).toBe(envelope.exportedAt);
    expect((await listAssessments()).every((a) => a.lastExportAt === envelope.exportedAt)).toBe(true);
  });
});

describe('cancelling an import', () => {
  it('writes nothing when cancelled while the file is read', async () => {
    const here = await seed();
    const abort = new AbortController();
    const outcome = await importBackup(jsonFile(backupText([record('Not wanted')])), {
      signal: abort.signal,
      onStage: (stage) => {
        if (stage === 'reading') abort.abort();
      },
    });
    expect(outcome).toEqual({ ok: 'cancelled' });
    expect(await listAssessments()).toEqual([...here].reverse());
  });

  it('writes nothing when cancelled while the assessments are checked, the last moment before writing', async () => {
    const here = await seed();
    const abort = new AbortController();
    const stages: string[] = [];
    const outcome = await importBackup(jsonFile(backupText([record('Not wanted'), record('Nor this')])), {
      signal: abort.signal,
      onStage: (stage) => {
        stages.push(stage);
        if (stage === 'checking') abort.abort();
      },
    });
    expect(outcome).toEqual({ ok: 'cancelled' });
    expect(stages).not.toContain('writing');
    expect((await listAssessments()).map((a) => a.name).sort()).toEqual(here.map((a) => a.name).sort());
  });

  it('writes everything once writing has started, even if cancel is pressed then (all or nothing)', async () => {
    await seed();
    const abort = new AbortController();
    const outcome = await importBackup(jsonFile(backupText([record('Wanted'), record('Also wanted')])), {
      signal: abort.signal,
      onStage: (stage) => {
        if (stage === 'writing') abort.abort();
      },
    });
    expect(outcome).toEqual({ ok: true, added: 2, unchanged: 0, copied: 0, replaced: 0, keptEarlier: 0 });
    expect(await listAssessments()).toHaveLength(4);
  });
});
