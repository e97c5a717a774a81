/**
 * Ballots: how a participant rates on their own device, without a server.
 * The facilitator exports an invitation file; the participant imports it, fills a ballot (kept on their
 * device as a BallotDraft) and exports a ballot file that travels back to the facilitator.
 */
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { Mode } from './assessment';
import type { Sector } from './participants';
import type { Rating } from './rating';
import { answeredCount, countRatings, emptyRating } from './rating';

/** One participant's ratings of one dimension on a ballot. */
export type BallotRatings = Record<DimensionId, { baseline: Rating; ideal: Rating }>;

/** A ballot being filled on the participant's device; one per invitation, keyed by the assessment id. */
export type BallotDraft = {
  /** The facilitator's assessment this ballot answers. */
  assessmentId: string;
  assessmentName: string;
  region: string;
  mode: Mode;
  /** Made once on this device, so that a ballot sent again replaces the earlier one. */
  participantId: string;
  label: string;
  sector: Sector | null;
  ratings: BallotRatings;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  lastExportAt: string | null;
};

/** What a participant's device needs to know about the facilitator's assessment (the invitation's content). */
export type InvitedAssessment = {
  id: string;
  name: string;
  region: string;
  mode: Mode;
};

/** The longest name or label a participant may give (the same limit the ballot file accepts). */
export const MAX_LABEL_LENGTH = 200;

/** Every dimension present, nothing rated and no notes. */
export function emptyBallotRatings(): BallotRatings {
  return Object.fromEntries(
    DIMENSION_IDS.map((id) => [id, { baseline: emptyRating(), ideal: emptyRating() }]),
  ) as BallotRatings;
}

/** A new draft for an invitation; the participant id is made here once and kept for every later export. */
export function newBallotDraft(invited: InvitedAssessment, env: { participantId: string; now: string }): BallotDraft {
  return {
    assessmentId: invited.id,
    assessmentName: invited.name,
    region: invited.region,
    mode: invited.mode,
    participantId: env.participantId,
    label: '',
    sector: null,
    ratings: emptyBallotRatings(),
    createdAt: env.now,
    updatedAt: env.now,
    lastExportAt: null,
  };
}

/** The same draft with the assessment's name, region and mode as a (newer) invitation gives them; ratings stay. */
export function refreshFromInvitation(draft: BallotDraft, invited: InvitedAssessment): BallotDraft {
  if (draft.assessmentName === invited.name && draft.region === invited.region && draft.mode === invited.mode) return draft;
  return { ...draft, assessmentName: invited.name, region: invited.region, mode: invited.mode };
}

/** Sets one rating (baseline or ideal) of one dimension. */
export function setBallotRating(draft: BallotDraft, dimension: DimensionId, profile: 'baseline' | 'ideal', rating: Rating): BallotDraft {
  const current = draft.ratings[dimension];
  return { ...draft, ratings: { ...draft.ratings, [dimension]: { ...current, [profile]: rating } } };
}

/** How many of the 16 ratings (8 dimensions × baseline and ideal) have an answer, "don't know" and n/a included. */
export function ballotProgress(ratings: BallotRatings): { done: number; total: number } {
  const values = DIMENSION_IDS.flatMap((id) => [ratings[id].baseline.value, ratings[id].ideal.value]);
  return { done: answeredCount(countRatings(values)), total: values.length };
}

/** The check before a ballot is downloaded: the facilitator needs a name or label. Returns an error code or null. */
export function validateLabel(label: string): 'label-required' | 'label-too-long' | null {
  const trimmed = label.trim();
  if (trimmed.length === 0) return 'label-required';
  if (trimmed.length > MAX_LABEL_LENGTH) return 'label-too-long';
  return null;
}
