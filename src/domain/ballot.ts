/**
 * Ballots: how a participant rates on their own device, without a server.
 * The facilitator exports an invitation file; the participant imports it, fills a ballot (kept on their
 * device as a BallotDraft) and exports a ballot file that travels back to the facilitator.
 */
import type { DimensionId } from './dimensions';
import type { Mode } from './assessment';
import type { Sector } from './participants';
import type { Rating } from './rating';

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
