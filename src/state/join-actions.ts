/**
 * Joining by link: the facilitator's join link carries the invitation in its fragment (#/join/<payload>), which
 * never reaches a server; opening it on a phone validates the payload, then opens the ballot (ballot-actions.ts).
 */
import type { Assessment } from '@/domain/assessment';
import { ByteError } from '@/domain/compact-bytes';
import type { PayloadError } from '@/domain/qr-payload';
import { encodeInvitation } from '@/domain/qr-payload';
import { openInvitedAssessment } from './ballot-actions';

export const JOIN_ROUTE = '/join/';

/** The join link of an assessment at this page's address, or null when its name cannot travel in a link. */
export function joinLink(a: Assessment, page: { origin: string; pathname: string }, participantId: string | null = null): string | null {
  try {
    const payload = encodeInvitation({ assessment: { id: a.id, name: a.name, region: a.region, mode: a.mode }, participantId });
    return `${page.origin}${page.pathname}#${JOIN_ROUTE}${payload}`;
  } catch (error) {
    if (error instanceof ByteError) return null;
    throw error;
  }
}

/** Addresses only this computer can open: a phone that scans the code cannot reach them. */
export function isLocalAddress(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]';
}

export type JoinResult = { ok: true; assessmentId: string; created: boolean } | { ok: false; error: PayloadError | 'write-failed' };

/** Opens the ballot a join link invites to; a damaged or hostile payload writes nothing. */
export async function joinFromLink(payload: string): Promise<JoinResult> {
  const { parseInvitationPayload } = await import('@/domain/qr-parse');
  const parsed = parseInvitationPayload(payload);
  if (!parsed.ok) return parsed;
  const opened = await openInvitedAssessment(parsed.value.assessment, parsed.value.participantId);
  return opened.ok ? { ok: true, assessmentId: opened.assessmentId, created: opened.created } : { ok: false, error: 'write-failed' };
}
