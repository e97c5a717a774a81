/**
 * Reading invitation and ballot files: the same defences as a backup (size, forbidden keys, nesting),
 * then a strict schema. Every check runs before anything is written. Errors are codes; the screens translate them.
 */
import * as v from 'valibot';
import { MODES } from './assessment';
import { timestamp } from './assessment-schema';
import type { BallotEnvelope, InvitationEnvelope } from './ballot-format';
import { BALLOT_FORMAT, CURRENT_BALLOT_FORMAT_VERSION, INVITATION_FORMAT, MAX_BALLOT_BYTES } from './ballot-format';
import type { InvitedAssessment } from './ballot';
import { MAX_LABEL_LENGTH } from './ballot';
import { issuePath, nestingDepth, parseJson } from './backup-parse';
import { DIMENSION_IDS } from './dimensions';
import { SECTORS } from './participants';

/** The deepest nesting of a valid file: envelope → ratings → dimension → baseline → rating fields. */
export const MAX_BALLOT_NESTING = 4;

export type BallotFileError = 'too-large' | 'not-json' | 'forbidden-key' | 'too-deep' | 'unknown-format' | 'newer-format' | 'invalid';

export type ExchangeFile = { kind: 'invitation'; invitation: InvitationEnvelope } | { kind: 'ballot'; ballot: BallotEnvelope };

export type BallotParseResult = ({ ok: true } & ExchangeFile) | { ok: false; error: BallotFileError; detail: string };

const MAX_NOTE = 20_000;
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const version = v.pipe(v.number(), v.integer(), v.minValue(1));
const appVersion = v.pipe(v.string(), v.maxLength(50));
const ratingValue = v.union([v.picklist([1, 2, 3, 4, 5]), v.literal('na'), v.literal('unknown'), v.null()]);
const rating = v.object({ value: ratingValue, note: v.pipe(v.string(), v.maxLength(MAX_NOTE)) });
const dimensionRatings = v.object({ baseline: rating, ideal: rating });

/** All eight dimensions, and no other key: a file naming an unknown dimension is refused, not trimmed. */
const ratings = v.strictObject(
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, dimensionRatings])) as Record<(typeof DIMENSION_IDS)[number], typeof dimensionRatings>,
);

const invitedAssessment = v.object({
  id,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  region: v.pipe(v.string(), v.maxLength(500)),
  mode: v.picklist(MODES),
});

const invitationSchema = v.object({
  format: v.literal(INVITATION_FORMAT),
  formatVersion: version,
  appVersion,
  createdAt: timestamp,
  assessment: invitedAssessment,
  dimensions: v.pipe(
    v.array(v.picklist(DIMENSION_IDS)),
    v.check((list) => list.length === DIMENSION_IDS.length && new Set(list).size === DIMENSION_IDS.length, 'all eight dimensions'),
  ),
});

const ballotSchema = v.object({
  format: v.literal(BALLOT_FORMAT),
  formatVersion: version,
  appVersion,
  createdAt: timestamp,
  assessmentId: id,
  participant: v.object({
    id,
    label: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_LABEL_LENGTH)),
    sector: v.nullable(v.picklist(SECTORS)),
  }),
  ratings,
});

export type SchemaCheck<T> = { ok: true; value: T } | { ok: false; detail: string };

/** The invitation file's rules for the assessment it names (used for the join link too). */
export function checkInvitedAssessment(value: InvitedAssessment): SchemaCheck<InvitedAssessment> {
  const parsed = v.safeParse(invitedAssessment, value);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, detail: issuePath(parsed.issues[0]) };
}

/** A participant id by the same rule as in a ballot file. */
export function checkParticipantId(value: string): boolean {
  return v.safeParse(id, value).success;
}

/** The ballot file's rules, for a ballot that came another way (a QR code). */
export function checkBallot(value: BallotEnvelope): SchemaCheck<BallotEnvelope> {
  const parsed = v.safeParse(ballotSchema, value);
  return parsed.success ? { ok: true, value: { ...parsed.output, format: BALLOT_FORMAT } } : { ok: false, detail: issuePath(parsed.issues[0]) };
}

function fail(error: BallotFileError, detail = ''): BallotParseResult {
  return { ok: false, error, detail };
}

/**
 * Parse and validate an invitation or a ballot file, told apart by their `format` field.
 * A file of another kind (a backup, another app's JSON) is 'unknown-format'.
 */
export function parseExchangeFile(text: string): BallotParseResult {
  if (text.length > MAX_BALLOT_BYTES) return fail('too-large');
  const json = parseJson(text);
  // Nested deeper than any file of the app, a backup's included: not an invitation or a ballot either (the
  // home screen then reads it as a backup, which says it is too deep).
  if (!json.ok) return json.error === 'too-deep' ? fail('unknown-format', 'format') : fail(json.error);
  const raw = (typeof json.value === 'object' && json.value !== null && !Array.isArray(json.value) ? json.value : {}) as {
    format?: unknown;
    formatVersion?: unknown;
  };
  // The kind comes first: a backup is nested deeper than a ballot and must be told apart, not refused as too deep.
  if (raw.format !== INVITATION_FORMAT && raw.format !== BALLOT_FORMAT) return fail('unknown-format', 'format');
  if (nestingDepth(json.value, MAX_BALLOT_NESTING + 1) > MAX_BALLOT_NESTING) return fail('too-deep');
  // A newer version may have another shape: say so before the schema of this version complains.
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > CURRENT_BALLOT_FORMAT_VERSION) {
    return fail('newer-format', String(raw.formatVersion));
  }
  if (raw.format === INVITATION_FORMAT) {
    const parsed = v.safeParse(invitationSchema, json.value);
    if (!parsed.success) return fail('invalid', issuePath(parsed.issues[0]));
    return { ok: true, kind: 'invitation', invitation: { ...parsed.output, format: INVITATION_FORMAT } };
  }
  const parsed = v.safeParse(ballotSchema, json.value);
  if (!parsed.success) return fail('invalid', issuePath(parsed.issues[0]));
  return { ok: true, kind: 'ballot', ballot: { ...parsed.output, format: BALLOT_FORMAT } };
}
