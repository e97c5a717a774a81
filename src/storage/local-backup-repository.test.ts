import { afterEach, describe, expect, it } from 'vitest';
import { copyDue, retain, utcDay } from '@/domain/local-backups';
import { makeAssessment } from '@/lib/test-assessment';
import type { CopyRules } from './local-backup-repository';
import {
  deleteAllLocalBackups,
  deleteOrphanLocalBackups,
  getLocalBackup,
  listLocalBackups,
  localBackupId,
  takeLocalBackup,
  watchLocalBackups,
} from './local-backup-repository';
import { closeStorage, currentDb, deleteAssessment, openStorage, saveAssessment } from './repository';

let dbCount = 0;
const freshName = () => `local-backups-${String(++dbCount)}-${crypto.randomUUID()}`;

afterEach(() => {
  closeStorage();
});

const rulesAt = (now: string): CopyRules => ({ due: (last) => copyDue(last, now, utcDay), keep: (copies) => retain(copies, now, utcDay) });

async function take(id: string, now: string) {
  return takeLocalBackup(id, now, rulesAt(now));
}

async function stored(name = 'Kashubia') {
  const a = makeAssessment({ name });
  const saved = await saveAssessment(a, '2026-03-14T08:00:00.000Z');
  if (!saved.ok) throw new Error('save failed');
  return saved.saved;
}

describe('automatic copies in IndexedDB', () => {
  it('copies the stored record, lists it and reads it back by id', async () => {
    await openStorage(freshName());
    const a = await stored();
    expect(await take(a.id, '2026-03-14T08:00:01.000Z')).toEqual({ ok: true, taken: true, lastTakenAt: '2026-03-14T08:00:01.000Z' });
    const list = await listLocalBackups(a.id);
    expect(list.map((b) => b.id)).toEqual([localBackupId(a.id, '2026-03-14T08:00:01.000Z')]);
    expect(list[0]?.assessment).toEqual(a);
    expect((await getLocalBackup(localBackupId(a.id, '2026-03-14T08:00:01.000Z')))?.assessment.name).toBe('Kashubia');
  });

  it('takes no copy before ten minutes have passed, and one after', async () => {
    await openStorage(freshName());
    const a = await stored();
    await take(a.id, '2026-03-14T08:00:00.000Z');
    expect(await take(a.id, '2026-03-14T08:09:59.000Z')).toEqual({ ok: true, taken: false, lastTakenAt: '2026-03-14T08:00:00.000Z' });
    expect((await take(a.id, '2026-03-14T08:10:00.000Z')).ok).toBe(true);
    expect((await listLocalBackups(a.id)).map((b) => b.takenAt)).toEqual(['2026-03-14T08:10:00.000Z', '2026-03-14T08:00:00.000Z']);
  });

  it('prunes in the same transaction: a day of saves every ten minutes leaves three copies of that day', async () => {
    await openStorage(freshName());
    const a = await stored();
    const times = Array.from({ length: 12 }, (_, i) => new Date(Date.parse('2026-03-14T08:00:00.000Z') + i * 600_000).toISOString());
    for (const t of times) await take(a.id, t);
    expect((await listLocalBackups(a.id)).map((b) => b.takenAt)).toEqual([times[11], times[10], times[0]]);
  });

  it('keeps each assessment\'s copies apart', async () => {
    await openStorage(freshName());
    const a = await stored('A');
    const b = await stored('B');
    await take(a.id, '2026-03-14T08:00:00.000Z');
    await take(b.id, '2026-03-14T08:00:00.000Z');
    expect((await take(b.id, '2026-03-14T08:05:00.000Z')).ok).toBe(true);
    expect((await listLocalBackups(a.id)).map((c) => c.assessment.name)).toEqual(['A']);
    expect((await listLocalBackups(b.id)).map((c) => c.assessment.name)).toEqual(['B']);
  });

  it('takes nothing of an assessment that is not stored', async () => {
    await openStorage(freshName());
    expect(await take('missing', '2026-03-14T08:00:00.000Z')).toEqual({ ok: true, taken: false, lastTakenAt: null });
    expect(await currentDb()?.localBackups.count()).toBe(0);
  });

  it('is written all or nothing: when pruning fails, the new copy is not kept either', async () => {
    await openStorage(freshName());
    const a = await stored();
    const result = await takeLocalBackup(a.id, '2026-03-14T08:00:00.000Z', {
      due: () => true,
      keep: () => {
        throw new Error('boom');
      },
    });
    expect(result).toEqual({ ok: false, reason: 'error' });
    expect(await listLocalBackups(a.id)).toEqual([]);
  });

  it('is followed by a watcher', async () => {
    await openStorage(freshName());
    const a = await stored();
    const seen: number[] = [];
    const stop = watchLocalBackups(a.id, (list) => seen.push(list.length));
    await take(a.id, '2026-03-14T08:00:00.000Z');
    await expect.poll(() => seen.at(-1)).toBe(1);
    stop();
  });

  it('drops the copies of deleted assessments, and all copies when asked', async () => {
    await openStorage(freshName());
    const a = await stored('A');
    const b = await stored('B');
    await take(a.id, '2026-03-14T08:00:00.000Z');
    await take(b.id, '2026-03-14T08:00:00.000Z');
    await deleteAssessment(a.id);
    expect((await deleteOrphanLocalBackups()).ok).toBe(true);
    expect(await listLocalBackups(a.id)).toEqual([]);
    expect(await listLocalBackups(b.id)).toHaveLength(1);
    expect((await deleteAllLocalBackups()).ok).toBe(true);
    expect(await currentDb()?.localBackups.count()).toBe(0);
  });
});

describe('automatic copies without IndexedDB', () => {
  it('are not kept, and nothing fails', async () => {
    closeStorage();
    expect(await take('x', '2026-03-14T08:00:00.000Z')).toEqual({ ok: false, reason: 'blocked' });
    expect(await listLocalBackups('x')).toEqual([]);
    const seen: unknown[] = [];
    watchLocalBackups('x', (list) => seen.push(list))();
    expect(seen).toEqual([[]]);
  });
});
