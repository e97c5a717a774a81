/**
 * The two files of a ballot round trip: the facilitator's INVITATION and the participant's BALLOT.
 * This module is small and eager (building files); reading them lives in ballot-parse.ts (lazy, needs valibot).
 * Never change a field of format version 1: files of that version are out there and must stay readable.
 */
import type { Assessment } from './assessment';
import type { BallotDraft, BallotRatings, InvitedAssessment } from './ballot';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import { exportFileName, slugify } from './file-names';
import type { Sector } from './participants';

export const INVITATION_FORMAT = 'csei-navigator-invitation';
export const BALLOT_FORMAT = 'csei-navigator-ballot';
/** Bump with an upgrade of older files in ballot-parse.ts; both files share the version. */
export const CURRENT_BALLOT_FORMAT_VERSION = 1;
/** Invitation and ballot files larger than this are refused before they are read (a full ballot is far smaller). */
export const MAX_BALLOT_BYTES = 2 * 1024 * 1024;

export type InvitationEnvelope = {
  format: typeof INVITATION_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  assessment: InvitedAssessment;
  dimensions: DimensionId[];
};

export type BallotEnvelope = {
  format: typeof BALLOT_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** When the participant downloaded this ballot: the newer ballot of a participant wins. */
  createdAt: string;
  assessmentId: string;
  participant: { id: string; label: string; sector: Sector | null };
  ratings: BallotRatings;
};

/** The invitation of one assessment: only what a participant needs to rate it, nothing of the group's work. */
export function buildInvitation(a: Assessment, appVersion: string, now: string): InvitationEnvelope {
  return {
    format: INVITATION_FORMAT,
    formatVersion: CURRENT_BALLOT_FORMAT_VERSION,
    appVersion,
    createdAt: now,
    assessment: { id: a.id, name: a.name, region: a.region, mode: a.mode },
    dimensions: [...DIMENSION_IDS],
  };
}

/** The ballot file of a draft, created now. */
export function buildBallot(draft: BallotDraft, appVersion: string, now: string): BallotEnvelope {
  return {
    format: BALLOT_FORMAT,
    formatVersion: CURRENT_BALLOT_FORMAT_VERSION,
    appVersion,
    createdAt: now,
    assessmentId: draft.assessmentId,
    participant: { id: draft.participantId, label: draft.label.trim(), sector: draft.sector },
    ratings: Object.fromEntries(
      DIMENSION_IDS.map((id) => [id, { baseline: { ...draft.ratings[id].baseline }, ideal: { ...draft.ratings[id].ideal } }]),
    ) as BallotRatings,
  };
}

/** e.g. kashubian-cluster_2026-03-14_invitation.json */
export function invitationFileName(clusterName: string, localDate: string): string {
  return exportFileName(clusterName, localDate, 'invitation', 'json');
}

/**
 * e.g. kashubian-cluster_2026-03-14_ballot_anna-nowak.json. A label with no letter that folds to ASCII
 * (say, in Cyrillic) is named by the start of the participant id instead, so that files stay apart.
 */
export function ballotFileName(clusterName: string, localDate: string, label: string, participantId: string): string {
  const hasAscii = /[a-z0-9]/i.test(label.replace(/ł/gi, 'l').normalize('NFD'));
  const who = hasAscii ? slugify(label) : slugify(participantId.slice(0, 8));
  return exportFileName(clusterName, localDate, `ballot_${who}`, 'json');
}
