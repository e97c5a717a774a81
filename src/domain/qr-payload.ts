/**
 * The invitation and the ballot as QR payloads: versioned binary layouts in base64url, small enough that the
 * join link stays at QR version 10 or lower (error level M) for names up to 60 characters. JSON files stay the
 * full record; the QR ballot carries no notes.
 *
 * Byte 0 of both: kind in the high nibble (1 invitation, 2 ballot), layout version in the low nibble.
 * Ids: 0 then 16 bytes for a canonical UUID, else the UTF-8 length (1–255) then the bytes (compact-bytes.ts).
 * Texts: a varint length then the bytes, in the shortest of three encodings (compact-bytes.ts: 0 UTF-8,
 *   1 ISO-8859-13, 2 six bits a character), two flag bits each. Nothing may follow the last field.
 *
 * Invitation v1: [0x11] [flags: bit0 mode evaluate, bit1 participant id follows, bits 2–3 name encoding,
 *   bits 4–5 region encoding, bits 6–7 zero] [assessment id] [participant id]? [name] [region]
 * Ballot v1: [0x21] [flags: bits 0–2 sector (0 none, 1–4 SECTORS), bits 3–4 label encoding, bits 5–7 zero]
 *   [assessment id] [participant id] [createdAt: ms since 1970, 6 bytes] [8 bytes: per dimension in
 *   DIMENSION_IDS order, baseline in the high nibble and ideal in the low one] [label]
 *   Rating nibbles: 0 not rated, 1–5 the score, 6 n/a, 7 don't know.
 *
 * Never change a layout of a released version: add a new one and keep reading the old.
 * Reading here checks the structure only; qr-parse.ts then applies the file schemas of ballot-parse.ts.
 */
import type { Mode } from './assessment';
import type { BallotRatings, InvitedAssessment } from './ballot';
import type { BallotEnvelope } from './ballot-format';
import { BALLOT_FORMAT, CURRENT_BALLOT_FORMAT_VERSION } from './ballot-format';
import { ByteError, ByteReader, ByteWriter, encodeText, fromBase64Url, toBase64Url } from './compact-bytes';
import { DIMENSION_IDS } from './dimensions';
import type { Sector } from './participants';
import { SECTORS } from './participants';
import type { RatingValue } from './rating';

const KIND_INVITATION = 1;
const KIND_BALLOT = 2;
export const QR_LAYOUT_VERSION = 1;
/** Far above any payload of ours (a 200-character label in UTF-8 is about 1100 characters): refused unread. */
export const MAX_PAYLOAD_CHARS = 4000;

/** An invitation as the join link carries it; a personal invitation names the participant it is for. */
export type InvitationPayload = { assessment: InvitedAssessment; participantId: string | null };

export type PayloadError = 'too-large' | 'not-a-payload' | 'other-kind' | 'newer-format' | 'invalid';
export type PayloadResult<T> = { ok: true; value: T } | { ok: false; error: PayloadError };

const RATING_CODES: readonly RatingValue[] = [null, 1, 2, 3, 4, 5, 'na', 'unknown'];

function ratingCode(value: RatingValue): number {
  return RATING_CODES.indexOf(value);
}

/* ---------- writing ---------- */

export function encodeInvitation(payload: InvitationPayload): string {
  const { id, name, region, mode } = payload.assessment;
  const n = encodeText(name);
  const r = encodeText(region);
  const flags = (mode === 'evaluate' ? 1 : 0) | (payload.participantId !== null ? 2 : 0) | (n.encoding << 2) | (r.encoding << 4);
  const w = new ByteWriter().byte((KIND_INVITATION << 4) | QR_LAYOUT_VERSION).byte(flags).id(id);
  if (payload.participantId !== null) w.id(payload.participantId);
  return toBase64Url(w.text(n).text(r).done());
}

/** The ballot without its notes (a QR code cannot hold them; the file and the share carry them). */
export function encodeBallot(ballot: BallotEnvelope): string {
  const label = encodeText(ballot.participant.label);
  const sector = ballot.participant.sector === null ? 0 : SECTORS.indexOf(ballot.participant.sector) + 1;
  const w = new ByteWriter()
    .byte((KIND_BALLOT << 4) | QR_LAYOUT_VERSION)
    .byte(sector | (label.encoding << 3))
    .id(ballot.assessmentId)
    .id(ballot.participant.id)
    .uint48(Date.parse(ballot.createdAt));
  for (const d of DIMENSION_IDS) {
    const { baseline, ideal } = ballot.ratings[d];
    w.byte((ratingCode(baseline.value) << 4) | ratingCode(ideal.value));
  }
  return toBase64Url(w.text(label).done());
}

/* ---------- reading (structure only) ---------- */

function open(text: string, kind: number): PayloadResult<{ reader: ByteReader }> {
  if (text.length > MAX_PAYLOAD_CHARS) return { ok: false, error: 'too-large' };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(text);
  } catch {
    return { ok: false, error: 'not-a-payload' };
  }
  const reader = new ByteReader(bytes);
  const head = bytes[0];
  if (head === undefined) return { ok: false, error: 'not-a-payload' };
  reader.byte();
  const headKind = head >> 4;
  const version = head & 15;
  if (headKind !== KIND_INVITATION && headKind !== KIND_BALLOT) return { ok: false, error: 'not-a-payload' };
  if (headKind !== kind) return { ok: false, error: 'other-kind' };
  if (version === 0) return { ok: false, error: 'invalid' };
  if (version > QR_LAYOUT_VERSION) return { ok: false, error: 'newer-format' };
  return { ok: true, value: { reader } };
}

function guarded<T>(read: () => T): PayloadResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof ByteError) return { ok: false, error: 'invalid' };
    throw error;
  }
}

export function decodeInvitation(text: string): PayloadResult<InvitationPayload> {
  const opened = open(text, KIND_INVITATION);
  if (!opened.ok) return opened;
  const r = opened.value.reader;
  return guarded(() => {
    const flags = r.byte();
    if (flags > 63) throw new ByteError('flags');
    const id = r.id();
    const participantId = flags & 2 ? r.id() : null;
    const name = r.text((flags >> 2) & 3);
    const region = r.text((flags >> 4) & 3);
    r.end();
    const mode: Mode = flags & 1 ? 'evaluate' : 'create';
    return { assessment: { id, name, region, mode }, participantId };
  });
}

/** A ballot envelope as a file would give it, with empty notes and no app version. */
export function decodeBallot(text: string): PayloadResult<BallotEnvelope> {
  const opened = open(text, KIND_BALLOT);
  if (!opened.ok) return opened;
  const r = opened.value.reader;
  return guarded(() => {
    const flags = r.byte();
    if (flags > 31) throw new ByteError('flags');
    const sectorCode = flags & 7;
    if (sectorCode > SECTORS.length) throw new ByteError('sector');
    const sector: Sector | null = sectorCode === 0 ? null : (SECTORS[sectorCode - 1] ?? null);
    const assessmentId = r.id();
    const participantId = r.id();
    const createdAt = new Date(r.uint48());
    if (Number.isNaN(createdAt.getTime())) throw new ByteError('time');
    const rating = (code: number) => {
      const value = RATING_CODES[code];
      if (value === undefined) throw new ByteError('rating');
      return { value, note: '' };
    };
    const ratings = Object.fromEntries(
      DIMENSION_IDS.map((d) => {
        const b = r.byte();
        return [d, { baseline: rating(b >> 4), ideal: rating(b & 15) }];
      }),
    ) as BallotRatings;
    const label = r.text((flags >> 3) & 3);
    r.end();
    return {
      format: BALLOT_FORMAT,
      formatVersion: CURRENT_BALLOT_FORMAT_VERSION,
      appVersion: '',
      createdAt: createdAt.toISOString(),
      assessmentId,
      participant: { id: participantId, label, sector },
      ratings,
    };
  });
}
