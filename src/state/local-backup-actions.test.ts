import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { CURRENT_SCHEMA_VERSION } from '@/domain/assessment';
import { assessmentSchema } from '@/domain/assessment-schema';
import { makeAssessment } from '@/lib/test-assessment';
import { listLocalBackups, localBackupId } from '@/storage/local-backup-repository';
import { closeStorage, currentDb, getAssessment, listAssessments, openStorage, putAssessments } from '@/storage/repository';
import { useEditorStore } from './editor-store';
import { copyIfDue, forgetCopies, restoreCopy } from './local-backup-actions';

let dbCount = 0;
const freshName = () => `local-backup-actions-${String(++dbCount)}-${crypto.randomUUID()}`;

afterEach(() => {
  useEditorStore.getState().close();
  forgetCopies();
  closeStorage();
});

const record = (): Assessment => ({ ...makeAssessment({ name: 'Kashubia', region: 'Kaszuby' }), revision: 2 });

describe('copyIfDue', () => {
  it('copies on the first save, then every ten minutes', async () => {
    await openStorage(freshName());
    const a = record();
    await putAssessments([a]);
    await copyIfDue(a.id, '2026-03-14T09:00:00.000Z');
    await copyIfDue(a.id, '2026-03-14T09:05:00.000Z');
    await copyIfDue(a.id, '2026-03-14T09:10:00.000Z');
    expect((await listLocalBackups(a.id)).map((c) => c.takenAt)).toEqual(['2026-03-14T09:10:00.000Z', '2026-03-14T09:00:00.000Z']);
  });

  it('sees copies another tab took (the check is made in the database, not only in this tab)', async () => {
    await openStorage(freshName());
    const a = record();
    await putAssessments([a]);
    await currentDb()?.localBackups.put({ id: localBackupId(a.id, '2026-03-14T09:00:00.000Z'), assessmentId: a.id, takenAt: '2026-03-14T09:00:00.000Z', assessment: a });
    await copyIfDue(a.id, '2026-03-14T09:05:00.000Z');
    expect(await listLocalBackups(a.id)).toHaveLength(1);
  });

  it('never throws, also without a database', async () => {
    closeStorage();
    await expect(copyIfDue('nothing', '2026-03-14T09:00:00.000Z')).resolves.toBeUndefined();
  });
});

describe('restoreCopy', () => {
  it('restores nothing and keeps no copy while the open assessment cannot be saved (a conflict with another tab)', async () => {
    await openStorage(freshName());
    const a = record();
    await putAssessments([a]);
    await currentDb()?.localBackups.put({ id: 'old', assessmentId: a.id, takenAt: '2026-03-14T09:00:00.000Z', assessment: { ...a, region: 'Pomorze' } });
    await useEditorStore.getState().open(a.id);
    await putAssessments([{ ...a, revision: 5, region: 'other tab' }]);
    useEditorStore.getState().update((d) => ({ ...d, region: 'mine' }));
    expect(await restoreCopy('old', () => 'kept')).toEqual({ ok: false, reason: 'unsaved' });
    expect(await listAssessments()).toHaveLength(1);
    expect((await getAssessment(a.id))?.region).toBe('other tab');
  });

  it('refuses a copy of another assessment', async () => {
    await openStorage(freshName());
    const a = record();
    await putAssessments([a]);
    await currentDb()?.localBackups.put({ id: 'other', assessmentId: 'someone-else', takenAt: '2026-03-14T09:00:00.000Z', assessment: a });
    await useEditorStore.getState().open(a.id);
    expect(await restoreCopy('other', () => 'kept')).toEqual({ ok: false, reason: 'missing' });
    expect(await listAssessments()).toHaveLength(1);
  });

  it('upgrades a copy kept by an older schema version before it replaces the open assessment', async () => {
    await openStorage(freshName());
    const v2 = JSON.parse(readFileSync(join(import.meta.dirname, '../../tests/fixtures/schema-v2.json'), 'utf8')) as Assessment;
    const a = { ...record(), id: v2.id };
    await putAssessments([a]);
    await currentDb()?.localBackups.put({ id: 'v2', assessmentId: a.id, takenAt: '2025-12-01T09:00:00.000Z', assessment: v2 });
    await useEditorStore.getState().open(a.id);
    const result = await restoreCopy('v2', (current) => `${current.name} (before)`);
    expect(result.ok && result.keptAs.name).toBe('Kashubia (before)');
    const restored = await getAssessment(a.id);
    expect(restored).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, name: v2.name, revision: a.revision + 1, createdAt: a.createdAt });
    expect(v.safeParse(assessmentSchema, restored).success).toBe(true);
    expect(useEditorStore.getState()).toMatchObject({ saveState: 'saved', loadState: 'ready', assessment: restored });
  });
});
