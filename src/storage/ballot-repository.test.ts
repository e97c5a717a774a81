import { afterEach, describe, expect, it } from 'vitest';
import type { BallotDraft } from '@/domain/ballot';
import { newBallotDraft } from '@/domain/ballot';
import { deleteBallotDraft, getBallotDraft, listBallotDrafts, putBallotDraft, watchBallotDrafts } from './ballot-repository';
import { closeStorage, openStorage } from './repository';

let dbCount = 0;
const freshName = () => `ballot-db-${String(++dbCount)}-${crypto.randomUUID()}`;

function draft(assessmentId: string, updatedAt: string, label = ''): BallotDraft {
  return { ...newBallotDraft({ id: assessmentId, name: `Cluster ${assessmentId}`, region: '', mode: 'create' }, { participantId: `p-${assessmentId}`, now: updatedAt }), label };
}

afterEach(() => {
  closeStorage();
});

describe('ballot drafts in IndexedDB', () => {
  it('are stored, read back after the database is opened again, listed newest first and deleted', async () => {
    const name = freshName();
    expect(await openStorage(name)).toBe('ok');
    expect((await putBallotDraft(draft('a1', '2026-03-14T09:00:00.000Z', 'Anna'))).ok).toBe(true);
    expect((await putBallotDraft(draft('a2', '2026-03-14T10:00:00.000Z'))).ok).toBe(true);
    closeStorage();
    await openStorage(name);
    expect((await getBallotDraft('a1'))?.label).toBe('Anna');
    expect((await listBallotDrafts()).map((d) => d.assessmentId)).toEqual(['a2', 'a1']);
    expect((await deleteBallotDraft('a1')).ok).toBe(true);
    expect(await getBallotDraft('a1')).toBeUndefined();
    expect((await listBallotDrafts()).map((d) => d.assessmentId)).toEqual(['a2']);
  });

  it('keep one draft per assessment: a second put replaces the first', async () => {
    await openStorage(freshName());
    await putBallotDraft(draft('a1', '2026-03-14T09:00:00.000Z', 'first'));
    await putBallotDraft(draft('a1', '2026-03-14T09:05:00.000Z', 'second'));
    expect((await listBallotDrafts()).map((d) => d.label)).toEqual(['second']);
  });

  it('are followed by a watcher as they change', async () => {
    await openStorage(freshName());
    const seen: string[][] = [];
    const stop = watchBallotDrafts((list) => seen.push(list.map((d) => d.assessmentId)));
    await putBallotDraft(draft('a1', '2026-03-14T09:00:00.000Z'));
    await expect.poll(() => seen.at(-1)).toEqual(['a1']);
    stop();
  });
});

describe('ballot drafts without IndexedDB', () => {
  it('are kept in memory for this tab', async () => {
    closeStorage();
    expect((await putBallotDraft(draft('m1', '2026-03-14T09:00:00.000Z', 'Ola'))).ok).toBe(true);
    expect((await getBallotDraft('m1'))?.label).toBe('Ola');
    await deleteBallotDraft('m1');
    expect(await getBallotDraft('m1')).toBeUndefined();
  });
});
