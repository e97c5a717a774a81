/**
 * Ballots and invitations that travel as QR codes go through the same validation and merge as files, and a
 * damaged join link writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { emptyBallotRatings } from '@/domain/ballot';
import type { BallotEnvelope } from '@/domain/ballot-format';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { encodeBallot, encodeInvitation } from '@/domain/qr-payload';
import { makeAssessment } from '@/lib/test-assessment';
import { getBallotDraft, listBallotDrafts } from '@/storage/ballot-repository';
import { closeStorage, getAssessment, openStorage, putAssessments } from '@/storage/repository';
import { HOSTILE_PAYLOADS } from '../../tests/hostile/hostile-texts';
import { freshDbName } from '../../tests/setup/render-app';
import { importScannedBallot } from './ballot-actions';
import { useBallotStore } from './ballot-store';
import { useEditorStore } from './editor-store';
import { isLocalAddress, joinFromLink, joinLink } from './join-actions';

function ballotFor(a: Assessment, who: { id: string; label: string }, createdAt: string, score: 1 | 2 | 3 | 4 | 5 = 3): BallotEnvelope {
  const ratings = emptyBallotRatings();
  for (const id of DIMENSION_IDS) ratings[id] = { baseline: { value: score, note: 'not in the code' }, ideal: { value: 'na', note: '' } };
  return { format: 'csei-navigator-ballot', formatVersion: 1, appVersion: '0.1.0', createdAt, assessmentId: a.id, participant: { ...who, sector: 'private' }, ratings };
}

beforeEach(async () => {
  useBallotStore.setState(useBallotStore.getInitialState(), true);
  expect(await openStorage(freshDbName())).toBe('ok');
});

afterEach(() => {
  useBallotStore.getState().close();
  useEditorStore.getState().close();
  closeStorage();
});

describe('importScannedBallot', () => {
  it('merges by the rules of ballot files: added, a newer one replaces, an older one and the same one change nothing', async () => {
    const a = makeAssessment({ name: 'Here' });
    expect((await putAssessments([{ ...a, revision: 1 }])).ok).toBe(true);
    await useEditorStore.getState().open(a.id);
    const anna = { id: 'p-anna', label: 'Anna Żółkiewska' };
    const first = encodeBallot(ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2));
    expect(await importScannedBallot(first, 'code')).toEqual({ fileName: 'code', status: 'added', label: 'Anna Żółkiewska' });
    expect(await importScannedBallot(first, 'code')).toEqual({ fileName: 'code', status: 'same', label: 'Anna Żółkiewska' });
    const newer = encodeBallot(ballotFor(a, anna, '2026-03-14T11:00:00.000Z', 4));
    expect(await importScannedBallot(newer, 'code')).toMatchObject({ status: 'replaced', previousAt: '2026-03-14T10:00:00.000Z' });
    expect(await importScannedBallot(first, 'code')).toMatchObject({ status: 'older', heldAt: '2026-03-14T11:00:00.000Z' });

    const stored = await getAssessment(a.id);
    const rating = stored?.dimensions.finance.participantRatings.find((r) => r.participantId === 'p-anna');
    // The code carries no notes: the ratings arrive, the notes stay with the file.
    expect(rating).toEqual({ participantId: 'p-anna', baseline: { value: 4, note: '' }, ideal: { value: 'na', note: '' } });
    expect(stored?.participants).toEqual([{ id: 'p-anna', label: 'Anna Żółkiewska', sector: 'private', ballotCreatedAt: '2026-03-14T11:00:00.000Z' }]);
  });

  it('refuses a ballot of another assessment, a join link and a foreign code, and writes nothing', async () => {
    const a = makeAssessment({ name: 'Here' });
    const other = makeAssessment({ name: 'Elsewhere' });
    expect((await putAssessments([{ ...a, revision: 1 }])).ok).toBe(true);
    await useEditorStore.getState().open(a.id);
    const refusals = [
      await importScannedBallot(encodeBallot(ballotFor(other, { id: 'p', label: 'X' }, '2026-03-14T10:00:00.000Z')), 'code'),
      await importScannedBallot(encodeInvitation({ assessment: a, participantId: null }), 'code'),
      await importScannedBallot('https://example.org/menu', 'code'),
    ];
    expect(refusals.map((r) => (r.status === 'refused' ? r.error : r.status))).toEqual(['other-assessment', 'unknown-format', 'unknown-format']);
    expect((await getAssessment(a.id))?.participants).toEqual([]);
    expect((await getAssessment(a.id))?.revision).toBe(1);
  });
});

describe('joinFromLink', () => {
  const a = makeAssessment({ name: 'Kaszubski Klaster', region: 'Pomorskie', mode: 'evaluate' });

  it('opens a new ballot draft for the invited assessment, and the same draft again on a second visit', async () => {
    const payload = encodeInvitation({ assessment: a, participantId: null });
    const first = await joinFromLink(payload);
    expect(first).toEqual({ ok: true, assessmentId: a.id, created: true });
    const draft = await getBallotDraft(a.id);
    expect(draft).toMatchObject({ assessmentName: 'Kaszubski Klaster', region: 'Pomorskie', mode: 'evaluate', label: '' });
    expect(await joinFromLink(payload)).toEqual({ ok: true, assessmentId: a.id, created: false });
    expect((await getBallotDraft(a.id))?.participantId).toBe(draft?.participantId);
  });

  it('a personal invitation gives a new draft its participant id', async () => {
    await joinFromLink(encodeInvitation({ assessment: a, participantId: 'p-listed' }));
    expect((await getBallotDraft(a.id))?.participantId).toBe('p-listed');
  });

  it.each(['', 'EQ', '%E0%A4%A', 'A'.repeat(5000), encodeBallot(ballotFor(a, { id: 'p', label: 'X' }, '2026-03-14T10:00:00.000Z'))])(
    'writes nothing for the damaged or hostile link "%s"',
    async (payload) => {
      const result = await joinFromLink(payload);
      expect(result.ok).toBe(false);
      expect(await listBallotDrafts()).toEqual([]);
    },
  );

  it('stores hostile names exactly as given, as a file would', async () => {
    for (const [i, name] of HOSTILE_PAYLOADS.entries()) {
      if (/[\uD800-\uDFFF]/u.test(name) || name.trim() === '' || name.length > 200) continue;
      const invited = { ...a, id: `hostile-${String(i)}`, name };
      expect(await joinFromLink(encodeInvitation({ assessment: invited, participantId: null }))).toMatchObject({ ok: true });
      expect((await getBallotDraft(invited.id))?.assessmentName).toBe(name.trim());
    }
  });
});

describe('joinLink and isLocalAddress', () => {
  it('puts the invitation after this page’s own address', () => {
    const a = makeAssessment({ name: 'K' });
    const link = joinLink(a, { origin: 'https://region.example', pathname: '/csei/' });
    expect(link).toMatch(/^https:\/\/region\.example\/csei\/#\/join\/[A-Za-z0-9_-]+$/);
  });

  it('gives no link for a name that cannot travel in one (a lone surrogate)', () => {
    expect(joinLink(makeAssessment({ name: 'K\uD800' }), { origin: 'https://x', pathname: '/' })).toBeNull();
  });

  it.each([
    ['localhost', true],
    ['app.localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['region.example', false],
    ['192.168.1.20', false],
    ['127.0.0.1.example', false],
  ])('%s is an address phones cannot reach: %s', (host, local) => {
    expect(isLocalAddress(host)).toBe(local);
  });
});
