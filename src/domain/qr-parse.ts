/**
 * Reading a join link's invitation or a scanned ballot: the structure (qr-payload.ts), then the same schema
 * as the invitation and ballot files (ballot-parse.ts). Loaded only where links are opened or codes scanned.
 */
import type { BallotEnvelope } from './ballot-format';
import { checkBallot, checkInvitedAssessment, checkParticipantId } from './ballot-parse';
import type { InvitationPayload, PayloadError, PayloadResult } from './qr-payload';
import { decodeBallot, decodeInvitation } from './qr-payload';

export type { PayloadError } from './qr-payload';

export function parseInvitationPayload(text: string): PayloadResult<InvitationPayload> {
  const decoded = decodeInvitation(text);
  if (!decoded.ok) return decoded;
  const checked = checkInvitedAssessment(decoded.value.assessment);
  const { participantId } = decoded.value;
  if (!checked.ok || (participantId !== null && !checkParticipantId(participantId))) return { ok: false, error: 'invalid' };
  return { ok: true, value: { assessment: checked.value, participantId } };
}

export function parseBallotPayload(text: string): PayloadResult<BallotEnvelope> {
  const decoded = decodeBallot(text);
  if (!decoded.ok) return decoded;
  const checked = checkBallot(decoded.value);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, error: 'invalid' satisfies PayloadError };
}
