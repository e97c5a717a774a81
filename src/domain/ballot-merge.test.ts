import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment } from './assessment';
import { emptyBallotRatings } from './ballot';
import type { BallotEnvelope } from './ballot-format';
import { mergeBallot, mergeBallots } from './ballot-merge';
import { DIMENSION_IDS } from './dimensions';
import type { Score } from './rating';
import { addParticipant, MAX_PARTICIPANTS } from './workshop';

function ballotFor(a: Assessment, who: { id: string; label: string }, createdAt: string, score: Score): BallotEnvelope {
  const ratings = emptyBallotRatings();
  for (const id of DIMENSION_IDS) ratings[id] = { baseline: { value: score, note: `b ${who.label}` }, ideal: { value: 5, note: '' } };
  return {
    format: 'csei-navigator-ballot',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt,
    assessmentId: a.id,
    participant: { id: who.id, label: who.label, sector: 'public' },
    ratings,
  };
}

const anna = { id: 'p-anna', label: 'Anna' };
const piotr = { id: 'p-piotr', label: 'Piotr' };
const baselines = (a: Assessment, pid: string) =>
  DIMENSION_IDS.map((id) => a.dimensions[id].participantRatings.filter((r) => r.participantId === pid).map((r) => r.baseline.value));

describe('mergeBallot', () => {
  it('adds a new participant with the ballot time and all eight ratings', () => {
    const a = makeAssessment();
    const merge = mergeBallot(a, ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2));
    if (!merge.ok) throw new Error('refused');
    expect(merge.status).toBe('added');
    expect(merge.assessment.participants).toEqual([{ id: 'p-anna', label: 'Anna', sector: 'public', ballotCreatedAt: '2026-03-14T10:00:00.000Z' }]);
    expect(baselines(merge.assessment, 'p-anna')).toEqual(DIMENSION_IDS.map(() => [2]));
    expect(merge.assessment.dimensions.finance.participantRatings[0]?.baseline.note).toBe('b Anna');
  });

  it('lets a newer ballot of the same participant replace all their earlier ratings, label and sector', () => {
    const a = makeAssessment();
    const first = mergeBallot(a, ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2));
    if (!first.ok) throw new Error('refused');
    const corrected = { ...ballotFor(a, { id: 'p-anna', label: 'Anna N.' }, '2026-03-14T11:00:00.000Z', 4) };
    corrected.participant.sector = null;
    const second = mergeBallot(first.assessment, corrected);
    expect(second).toMatchObject({ ok: true, status: 'replaced', label: 'Anna N.', previousAt: '2026-03-14T10:00:00.000Z' });
    if (!second.ok) throw new Error('refused');
    expect(second.assessment.participants).toEqual([{ id: 'p-anna', label: 'Anna N.', sector: null, ballotCreatedAt: '2026-03-14T11:00:00.000Z' }]);
    expect(baselines(second.assessment, 'p-anna')).toEqual(DIMENSION_IDS.map(() => [4]));
  });

  it('ignores an older ballot than the one held and says which one is held', () => {
    const a = makeAssessment();
    const newer = mergeBallot(a, ballotFor(a, anna, '2026-03-14T11:00:00.000Z', 4));
    if (!newer.ok) throw new Error('refused');
    const older = mergeBallot(newer.assessment, ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 1));
    expect(older).toMatchObject({ ok: true, status: 'older', heldAt: '2026-03-14T11:00:00.000Z' });
    if (!older.ok) throw new Error('refused');
    expect(older.assessment).toBe(newer.assessment);
    expect(baselines(older.assessment, 'p-anna')).toEqual(DIMENSION_IDS.map(() => [4]));
  });

  it('changes nothing when the same ballot comes twice', () => {
    const a = makeAssessment();
    const ballot = ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2);
    const once = mergeBallot(a, ballot);
    if (!once.ok) throw new Error('refused');
    const twice = mergeBallot(once.assessment, ballot);
    expect(twice).toMatchObject({ ok: true, status: 'same' });
    if (twice.ok) expect(twice.assessment).toBe(once.assessment);
  });

  it('refuses a ballot for another assessment', () => {
    const a = makeAssessment();
    const other = makeAssessment({ name: 'Other' });
    expect(mergeBallot(a, ballotFor(other, anna, '2026-03-14T10:00:00.000Z', 2))).toEqual({ ok: false, error: 'other-assessment' });
  });

  it('refuses a new participant beyond the workshop limit', () => {
    let a = makeAssessment();
    for (let i = 0; i < MAX_PARTICIPANTS; i += 1) a = addParticipant(a, { id: `p${String(i)}`, label: `P${String(i)}`, sector: null });
    expect(mergeBallot(a, ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2))).toEqual({ ok: false, error: 'too-many-participants' });
  });

  it('keeps other participants, the group rating and the input assessment unchanged', () => {
    const a = addParticipant(makeAssessment(), { id: 'p-local', label: 'Ewa', sector: 'private' });
    a.dimensions.finance.baseline = { value: 3, note: 'group' };
    a.dimensions.finance.participantRatings = [{ participantId: 'p-local', baseline: { value: 1, note: '' }, ideal: { value: 2, note: '' } }];
    const before = structuredClone(a);
    const merge = mergeBallot(a, ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2));
    expect(a).toEqual(before);
    if (!merge.ok) throw new Error('refused');
    expect(merge.assessment.participants.map((p) => p.label)).toEqual(['Ewa', 'Anna']);
    expect(merge.assessment.dimensions.finance.baseline).toEqual({ value: 3, note: 'group' });
    expect(merge.assessment.dimensions.finance.participantRatings.map((r) => r.participantId)).toEqual(['p-local', 'p-anna']);
  });
});

describe('mergeBallots', () => {
  it('merges a batch in turn: the newer of two ballots of one participant wins whatever the order, a foreign one is refused', () => {
    const a = makeAssessment();
    const other = makeAssessment({ name: 'Other' });
    const { assessment, results } = mergeBallots(a, [
      { fileName: 'anna-new.json', ballot: ballotFor(a, anna, '2026-03-14T11:00:00.000Z', 4) },
      { fileName: 'foreign.json', ballot: ballotFor(other, piotr, '2026-03-14T10:00:00.000Z', 1) },
      { fileName: 'anna-old.json', ballot: ballotFor(a, anna, '2026-03-14T10:00:00.000Z', 2) },
      { fileName: 'piotr.json', ballot: ballotFor(a, piotr, '2026-03-14T10:30:00.000Z', 3) },
    ]);
    expect(results.map((r) => [r.fileName, r.merge.ok ? r.merge.status : r.merge.error])).toEqual([
      ['anna-new.json', 'added'],
      ['foreign.json', 'other-assessment'],
      ['anna-old.json', 'older'],
      ['piotr.json', 'added'],
    ]);
    expect(assessment.participants.map((p) => p.label)).toEqual(['Anna', 'Piotr']);
    expect(baselines(assessment, 'p-anna')).toEqual(DIMENSION_IDS.map(() => [4]));
  });
});
