/**
 * Merging a participant's ballot into the facilitator's assessment. Pure: the input is never changed.
 * A participant is known by the id their device made once; a newer ballot of theirs replaces all they sent before.
 */
import type { Assessment } from './assessment';
import type { BallotEnvelope } from './ballot-format';
import { DIMENSION_IDS } from './dimensions';
import type { Participant } from './participants';
import { MAX_PARTICIPANTS } from './workshop';

export type BallotMerge =
  /** A participant not seen before: added with their ratings. */
  | { ok: true; status: 'added'; assessment: Assessment; label: string }
  /** A newer ballot of a known participant: their earlier ballot (of `previousAt`, null when rated on this device) is replaced. */
  | { ok: true; status: 'replaced'; assessment: Assessment; label: string; previousAt: string | null }
  /** Older than the ballot already held (of `heldAt`): ignored, nothing changes. */
  | { ok: true; status: 'older'; assessment: Assessment; label: string; heldAt: string }
  /** The very ballot already held (same participant and creation time): nothing changes. */
  | { ok: true; status: 'same'; assessment: Assessment; label: string }
  | { ok: false; error: 'other-assessment' | 'too-many-participants' };

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** Removes the participant's earlier ratings and stores the ballot's eight. */
function withRatings(a: Assessment, ballot: BallotEnvelope): Assessment['dimensions'] {
  const pid = ballot.participant.id;
  return Object.fromEntries(
    DIMENSION_IDS.map((id) => {
      const record = a.dimensions[id];
      const own = ballot.ratings[id];
      const others = record.participantRatings.filter((r) => r.participantId !== pid);
      const rating = { participantId: pid, baseline: { ...own.baseline }, ideal: { ...own.ideal } };
      return [id, { ...record, participantRatings: [...others, rating] }];
    }),
  ) as Assessment['dimensions'];
}

/** Merges one ballot into the assessment it answers. */
export function mergeBallot(a: Assessment, ballot: BallotEnvelope): BallotMerge {
  if (ballot.assessmentId !== a.id) return { ok: false, error: 'other-assessment' };
  const { id, label, sector } = ballot.participant;
  const held = a.participants.find((p) => p.id === id);
  const participant: Participant = { id, label, sector, ballotCreatedAt: ballot.createdAt };
  if (!held) {
    if (a.participants.length >= MAX_PARTICIPANTS) return { ok: false, error: 'too-many-participants' };
    const assessment = { ...a, participants: [...a.participants, participant], dimensions: withRatings(a, ballot) };
    return { ok: true, status: 'added', assessment, label };
  }
  if (held.ballotCreatedAt !== null) {
    const diff = time(ballot.createdAt) - time(held.ballotCreatedAt);
    if (diff < 0) return { ok: true, status: 'older', assessment: a, label: held.label, heldAt: held.ballotCreatedAt };
    if (diff === 0) return { ok: true, status: 'same', assessment: a, label: held.label };
  }
  const assessment = {
    ...a,
    participants: a.participants.map((p) => (p.id === id ? participant : p)),
    dimensions: withRatings(a, ballot),
  };
  return { ok: true, status: 'replaced', assessment, label, previousAt: held.ballotCreatedAt };
}

export type BallotBatchEntry = { fileName: string; ballot: BallotEnvelope };
export type BallotBatchResult = { fileName: string; merge: BallotMerge };

/**
 * Merges several ballots in turn (two ballots of one participant in the same batch: the newer wins).
 * Refused ballots change nothing; the others are all in the returned assessment.
 */
export function mergeBallots(a: Assessment, entries: readonly BallotBatchEntry[]): { assessment: Assessment; results: BallotBatchResult[] } {
  let current = a;
  const results: BallotBatchResult[] = [];
  for (const { fileName, ballot } of entries) {
    const merge = mergeBallot(current, ballot);
    if (merge.ok) current = merge.assessment;
    results.push({ fileName, merge });
  }
  return { assessment: current, results };
}
