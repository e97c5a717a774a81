import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { emptyBallotRatings, setBallotRating } from '@/domain/ballot';
import type { BallotEnvelope, InvitationEnvelope } from '@/domain/ballot-format';
import { buildBallot, buildInvitation } from '@/domain/ballot-format';
import { buildBackup } from '@/domain/backup-format';
import { parseExchangeFile } from '@/domain/ballot-parse';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { makeAssessment } from '@/lib/test-assessment';
import { getBallotDraft, listBallotDrafts } from '@/storage/ballot-repository';
import { closeStorage, getAssessment, listAssessments, openStorage, putAssessments } from '@/storage/repository';
import { freshDbName } from '../../tests/setup/render-app';
import { deleteBallot, downloadBallot, importBallotFiles, importBallotIntoStored, openInvitation } from './ballot-actions';
import { useBallotStore } from './ballot-store';
import { importFile } from './backup-actions';
import { useEditorStore } from './editor-store';

const NOW = '2026-03-14T09:00:00.000Z';
const jsonFile = (value: unknown, name: string) => new File([JSON.stringify(value)], name, { type: 'application/json' });

function ballotFor(a: Assessment, who: { id: string; label: string }, createdAt: string, score: 1 | 2 | 3 | 4 | 5 = 3): BallotEnvelope {
  const ratings = emptyBallotRatings();
  for (const id of DIMENSION_IDS) ratings[id] = { baseline: { value: score, note: '' }, ideal: { value: 5, note: '' } };
  return { format: 'csei-navigator-ballot', formatVersion: 1, appVersion: '0.1.0', createdAt, assessmentId: a.id, participant: { ...who, sector: 'social' }, ratings };
}

async function storeAssessments(...list: Assessment[]): Promise<void> {
  expect(await openStorage(freshDbName())).toBe('ok');
  expect((await putAssessments(list.map((a) => ({ ...a, revision: 1 })))).ok).toBe(true);
}

/** Captures what downloadBlob would save. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  let lastBlob: Blob | null = null;
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      lastBlob = blob;
      return 'blob:ballot';
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) saved.push({ name: this.download, blob: lastBlob });
  });
  return saved;
}

beforeEach(() => {
  useBallotStore.setState(useBallotStore.getInitialState(), true);
});

afterEach(() => {
  useBallotStore.getState().close();
  useEditorStore.getState().close();
  vi.restoreAllMocks();
  closeStorage();
});

describe('participant: invitation → draft → ballot file', () => {
  const a = makeAssessment({ name: 'Kaszubski Klaster', region: 'Kaszuby' });
  const invitation: InvitationEnvelope = buildInvitation(a, '0.1.0', NOW);

  it('opens an invitation as a new draft, and the same invitation again as that draft, not a second one', async () => {
    await storeAssessments();
    const first = await openInvitation(invitation);
    expect(first).toEqual({ ok: true, assessmentId: a.id, name: 'Kaszubski Klaster', created: true });
    const draft = await getBallotDraft(a.id);
    expect(draft).toMatchObject({ assessmentName: 'Kaszubski Klaster', region: 'Kaszuby', label: '' });

    const again = await openInvitation({ ...invitation, assessment: { ...invitation.assessment, name: 'Klaster Kaszubski' } });
    expect(again).toEqual({ ok: true, assessmentId: a.id, name: 'Klaster Kaszubski', created: false });
    const drafts = await listBallotDrafts();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.participantId).toBe(draft?.participantId);
    expect(drafts[0]?.assessmentName).toBe('Klaster Kaszubski');
  });

  it('autosaves what the participant types, so that it is there when the draft is opened again', async () => {
    await storeAssessments();
    await openInvitation(invitation);
    await useBallotStore.getState().open(a.id);
    useBallotStore.getState().update((d) => setBallotRating({ ...d, label: 'Ola' }, 'finance', 'baseline', { value: 2, note: 'jeden grant' }));
    expect(useBallotStore.getState().saveState).toBe('unsaved');
    await vi.waitFor(() => {
      expect(useBallotStore.getState().saveState).toBe('saved');
    });
    useBallotStore.getState().close();
    await useBallotStore.getState().open(a.id);
    expect(useBallotStore.getState().draft?.ratings.finance.baseline).toEqual({ value: 2, note: 'jeden grant' });
    expect(useBallotStore.getState().draft?.label).toBe('Ola');
  });

  it('asks for a name or label before it downloads the ballot, then downloads a valid file and records when', async () => {
    await storeAssessments();
    const downloads = captureDownloads();
    await openInvitation(invitation);
    await useBallotStore.getState().open(a.id);
    expect(await downloadBallot()).toEqual({ ok: false, error: 'label-required' });
    expect(downloads).toHaveLength(0);

    useBallotStore.getState().update((d) => setBallotRating({ ...d, label: 'Anna Żak', sector: 'academia' }, 'purpose', 'ideal', { value: 5, note: '' }));
    const result = await downloadBallot();
    expect(result).toMatchObject({ ok: true, fileName: expect.stringMatching(/^kaszubski-klaster_\d{4}-\d{2}-\d{2}_ballot_anna-zak\.json$/) as string });
    expect(downloads.map((d) => d.name)).toEqual([result.ok ? result.fileName : '']);
    const parsed = parseExchangeFile(await (downloads[0]?.blob ?? new Blob()).text());
    expect(parsed).toMatchObject({ ok: true, kind: 'ballot', ballot: { assessmentId: a.id, participant: { label: 'Anna Żak', sector: 'academia' } } });
    const stored = await getBallotDraft(a.id);
    expect(stored?.lastExportAt).not.toBeNull();
    expect(parsed.ok && parsed.kind === 'ballot' && parsed.ballot.createdAt).toBe(stored?.lastExportAt);
  });

  it('deletes a draft from this device', async () => {
    await storeAssessments();
    await openInvitation(invitation);
    await useBallotStore.getState().open(a.id);
    expect(await deleteBallot(a.id)).toBe(true);
    expect(useBallotStore.getState().draft).toBeNull();
    expect(await listBallotDrafts()).toEqual([]);
  });
});

describe('facilitator: importBallotFiles into the open assessment', () => {
  it('adds new participants, replaces an earlier ballot by a newer one, ignores an older one and refuses the rest by file name', async () => {
    const a = makeAssessment({ name: 'Here' });
    const other = makeAssessment({ name: 'Elsewhere' });
    await storeAssessments(a, other);
    await useEditorStore.getState().open(a.id);
    const anna = { id: 'p-anna', label: 'Anna' };
    const first = await importBallotFiles([
      jsonFile(ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2), 'anna.json'),
      jsonFile(ballotFor(a, { id: 'p-piotr', label: 'Piotr' }, '2026-03-14T10:00:00.000Z'), 'piotr.json'),
      jsonFile(ballotFor(other, { id: 'p-x', label: 'X' }, '2026-03-14T10:00:00.000Z'), 'foreign.json'),
      jsonFile(buildInvitation(a, '0.1.0', NOW), 'invitation.json'),
      jsonFile({ ...ballotFor(a, anna, NOW), formatVersion: 3 }, 'future.json'),
    ]);
    expect(first.map((r) => [r.fileName, r.status === 'refused' ? r.error : r.status])).toEqual([
      ['anna.json', 'added'],
      ['piotr.json', 'added'],
      ['foreign.json', 'other-assessment'],
      ['invitation.json', 'not-a-ballot'],
      ['future.json', 'newer-format'],
    ]);

    const second = await importBallotFiles([
      jsonFile(ballotFor(a, { ...anna, label: 'Anna N.' }, '2026-03-14T12:00:00.000Z', 4), 'anna-2.json'),
      jsonFile(ballotFor(a, anna, '2026-03-14T09:00:00.000Z', 1), 'anna-0.json'),
    ]);
    expect(second).toEqual([
      { fileName: 'anna-2.json', status: 'replaced', label: 'Anna N.', previousAt: '2026-03-14T10:00:00.000Z' },
      { fileName: 'anna-0.json', status: 'older', label: 'Anna N.', heldAt: '2026-03-14T12:00:00.000Z' },
    ]);

    const stored = await getAssessment(a.id);
    expect(stored?.participants.map((p) => p.label)).toEqual(['Anna N.', 'Piotr']);
    expect(stored?.dimensions.finance.participantRatings.find((r) => r.participantId === 'p-anna')?.baseline.value).toBe(4);
    expect(stored?.workshop.revealed).toBe(false);
    expect((await getAssessment(other.id))?.participants).toEqual([]);
  });

  it('writes nothing when every file is refused', async () => {
    const a = makeAssessment();
    await storeAssessments(a);
    await useEditorStore.getState().open(a.id);
    const before = await getAssessment(a.id);
    const reports = await importBallotFiles([new File(['not json'], 'broken.json')]);
    expect(reports).toEqual([{ fileName: 'broken.json', status: 'refused', error: 'not-json', detail: '' }]);
    expect(await getAssessment(a.id)).toEqual(before);
    expect(useEditorStore.getState().saveState).toBe('saved');
  });
});

describe('home screen: importFile tells the kinds of file apart', () => {
  it('merges a ballot into the stored assessment it answers, with a new revision', async () => {
    const a = makeAssessment({ name: 'Stored' });
    await storeAssessments(a);
    const outcome = await importFile(jsonFile(ballotFor(a, { id: 'p1', label: 'Ewa' }, NOW), 'ewa.json'));
    expect(outcome).toEqual({ kind: 'ballot', report: { fileName: 'ewa.json', status: 'added', label: 'Ewa' }, assessmentId: a.id, assessmentName: 'Stored' });
    const stored = await getAssessment(a.id);
    expect(stored?.participants.map((p) => p.label)).toEqual(['Ewa']);
    expect(stored?.revision).toBe(2);
  });

  it('refuses a ballot whose assessment is not on this device, and changes nothing', async () => {
    const a = makeAssessment();
    await storeAssessments(a);
    const before = await listAssessments();
    const outcome = await importBallotIntoStored('lost.json', ballotFor(makeAssessment(), { id: 'p1', label: 'Ewa' }, NOW));
    expect(outcome.report).toEqual({ fileName: 'lost.json', status: 'refused', error: 'no-assessment', detail: '' });
    expect(await listAssessments()).toEqual(before);
  });

  it('opens an invitation as a ballot draft and still imports backups', async () => {
    await storeAssessments();
    const a = makeAssessment({ name: 'Invited' });
    expect(await importFile(jsonFile(buildInvitation(a, '0.1.0', NOW), 'inv.json'))).toEqual({
      kind: 'invitation',
      result: { ok: true, assessmentId: a.id, name: 'Invited', created: true },
    });
    expect(await importFile(jsonFile(buildBackup([makeAssessment({ name: 'Backed up' })], '0.1.0', NOW), 'backup.json'))).toEqual({
      kind: 'backup',
      outcome: { ok: true, added: 1, unchanged: 0, copied: 0, replaced: 0, keptEarlier: 0 },
    });
    expect(await importFile(jsonFile({ hello: 'world' }, 'other.json'))).toMatchObject({ kind: 'backup', outcome: { ok: false, error: 'unknown-format' } });
  });

  it('reports a damaged ballot file with the ballot reasons', async () => {
    const a = makeAssessment();
    await storeAssessments(a);
    const ballot = ballotFor(a, { id: 'p1', label: 'Ewa' }, NOW);
    const broken = { ...ballot, ratings: { ...ballot.ratings, finance: { baseline: { value: 9, note: '' }, ideal: { value: 1, note: '' } } } };
    expect(await importFile(jsonFile(broken, 'bad.json'))).toMatchObject({
      kind: 'ballot',
      report: { status: 'refused', error: 'invalid', detail: 'ratings.finance.baseline.value' },
    });
    expect((await getAssessment(a.id))?.participants).toEqual([]);
  });
});

describe('round trip through the real builders', () => {
  it('a ballot built from a draft is merged by the facilitator with the participant’s ratings', async () => {
    const a = makeAssessment();
    await storeAssessments(a);
    await openInvitation(buildInvitation(a, '0.1.0', NOW));
    const draft = await getBallotDraft(a.id);
    if (!draft) throw new Error('no draft');
    const ballot = buildBallot(setBallotRating({ ...draft, label: 'Zoja' }, 'services', 'baseline', { value: 'na', note: 'brak usług' }), '0.1.0', NOW);
    await useEditorStore.getState().open(a.id);
    expect(await importBallotFiles([jsonFile(ballot, 'zoja.json')])).toEqual([{ fileName: 'zoja.json', status: 'added', label: 'Zoja' }]);
    const stored = await getAssessment(a.id);
    expect(stored?.participants[0]).toMatchObject({ id: draft.participantId, label: 'Zoja' });
    expect(stored?.dimensions.services.participantRatings[0]?.baseline).toEqual({ value: 'na', note: 'brak usług' });
  });
});
