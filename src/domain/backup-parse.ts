/**
 * Reading a backup file: every check runs before anything is written.
 * Errors are codes; the screens translate them.
 */
import * as v from 'valibot';
import type { Assessment } from './assessment';
import { CURRENT_SCHEMA_VERSION } from './assessment';
import { assessmentSchema } from './assessment-schema';
import type { BackupEnvelope } from './backup-format';
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, MAX_BACKUP_BYTES } from './backup-format';

/** The deepest nesting a valid file has (envelope → assessments → … → rating). */
export const MAX_NESTING = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type BackupError =
  | 'too-large'
  | 'not-json'
  | 'forbidden-key'
  | 'too-deep'
  | 'unknown-format'
  | 'newer-format'
  | 'newer-schema'
  | 'invalid';

export type ParseResult =
  | { ok: true; backup: BackupEnvelope }
  /** `detail` is where in the file (assessments[0].dimensions.membership.baseline.value), `value` what was found there. */
  | { ok: false; error: BackupError; detail: string; value?: string };

function fail(error: BackupError, detail = '', value?: string): ParseResult {
  return value === undefined ? { ok: false, error, detail } : { ok: false, error, detail, value };
}

/** What a refused value was, short enough to quote: 9, "x", null; nothing for objects and lists. */
function shownValue(input: unknown): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean' && input !== null) return undefined;
  const text = typeof input === 'string' ? JSON.stringify(input) : String(input);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Deepest nesting of objects and arrays; stops counting past the limit. */
export function nestingDepth(value: unknown, limit = MAX_NESTING + 1): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  for (const child of Object.values(value)) {
    if (deepest >= limit) break;
    deepest = Math.max(deepest, nestingDepth(child, limit - 1));
  }
  return deepest + 1;
}

/** The characters JSON has outside strings: whitespace, brackets, separators, numbers, true, false, null. */
const OUTSIDE_STRINGS = new Uint8Array(128);
for (const c of ' \t\n\r[]{}:,0123456789+-.eEtruefalsn"') OUTSIDE_STRINGS[c.charCodeAt(0)] = 1;

/**
 * A first look at a JSON text, in one pass without recursion: 'too-deep' when arrays and objects nest deeper
 * than `limit` (brackets inside strings do not count), 'not-json' at a character JSON never has outside a
 * string (as in an image or a PDF), before either. A file of a million opening brackets is refused at once,
 * before JSON.parse would spend seconds on it or its reviver would run out of stack.
 */
export function scanJsonText(text: string, limit: number): 'ok' | 'not-json' | 'too-deep' {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return 'too-deep';
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
    else if (c >= 128 || OUTSIDE_STRINGS[c] !== 1) return 'not-json';
  }
  return 'ok';
}

/**
 * JSON.parse that refuses prototype-polluting keys anywhere in the file (also used by ballot-parse.ts),
 * and, before parsing, text nested deeper than any file of the app (MAX_NESTING).
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: 'forbidden-key' | 'not-json' | 'too-deep' } {
  const scan = scanJsonText(text, MAX_NESTING);
  if (scan !== 'ok') return { ok: false, error: scan };
  const seen = { forbidden: false };
  try {
    const value: unknown = JSON.parse(text, (key, val: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) seen.forbidden = true;
      return val;
    });
    return seen.forbidden ? { ok: false, error: 'forbidden-key' } : { ok: true, value };
  } catch {
    return { ok: false, error: 'not-json' };
  }
}

/** Where in the file a validation issue is, as `assessments[1].mode`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${String(p.key)}]` : `.${String(p.key)}`)).join('').replace(/^\./, '');
}

const envelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  exportedAt: v.pipe(v.string(), v.maxLength(40)),
  assessments: v.pipe(v.array(v.unknown()), v.maxLength(10_000)),
});

/** Upgrades a stored row of an older schema version to the current one (storage's migrateRow). */
export type RowUpgrade = (row: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;

/** A change of the file's envelope: turns a file of formatVersion `from` into one of `from + 1`. Pure. */
export type EnvelopeUpgrade = { from: number; upgrade: (envelope: Record<string, unknown>) => Record<string, unknown> };

/**
 * Every change of the envelope since format version 1, in order. Append only, like the schema migrations.
 * To add format version N+1: append `{ from: N, upgrade }` here, bump CURRENT_FORMAT_VERSION in
 * backup-format.ts and add tests/fixtures/backup-format-vN+1.json (the fixture test fails without it).
 * The assessments inside are upgraded separately, by their own schemaVersion (RowUpgrade).
 */
export const ENVELOPE_UPGRADES: readonly EnvelopeUpgrade[] = [];

/** The file formats this code reads: the current version and the upgrades from older ones. */
export type FormatVersions = { current: number; upgrades: readonly EnvelopeUpgrade[] };
const FORMATS: FormatVersions = { current: CURRENT_FORMAT_VERSION, upgrades: ENVELOPE_UPGRADES };

/**
 * Brings an envelope of an older format version up to `formats.current`, one upgrade at a time.
 * An envelope that is not of this app, or not older, comes back as it is (the schema then says what is wrong).
 */
export function upgradeEnvelope(raw: unknown, formats: FormatVersions = FORMATS): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let envelope = raw as Record<string, unknown>;
  if (envelope.format !== BACKUP_FORMAT) return raw;
  for (const step of formats.upgrades) {
    const version = envelope.formatVersion;
    if (typeof version !== 'number' || version >= formats.current) break;
    if (step.from !== version) continue;
    envelope = { ...step.upgrade(envelope), formatVersion: step.from + 1 };
  }
  return envelope;
}

/**
 * Parse and validate a whole backup file. Rows of older schema versions are upgraded with the same
 * migrations the database runs, then validated. Nothing is written here; the caller writes all or nothing.
 */
export function parseBackup(text: string, upgradeRow: RowUpgrade, formats: FormatVersions = FORMATS): ParseResult {
  if (text.length > MAX_BACKUP_BYTES) return fail('too-large');
  const json = parseJson(text);
  if (!json.ok) return fail(json.error);
  if (nestingDepth(json.value) > MAX_NESTING) return fail('too-deep');
  const upgraded = upgradeEnvelope(json.value, formats);
  const head = v.safeParse(envelopeSchema, upgraded);
  if (!head.success) {
    const raw = (typeof upgraded === 'object' && upgraded !== null ? upgraded : {}) as {
      format?: unknown;
      formatVersion?: unknown;
    };
    if (raw.format === BACKUP_FORMAT && typeof raw.formatVersion === 'number' && raw.formatVersion > formats.current) {
      return fail('newer-format', String(raw.formatVersion));
    }
    return fail(raw.format === BACKUP_FORMAT ? 'invalid' : 'unknown-format', issuePath(head.issues[0]));
  }
  if (head.output.formatVersion > formats.current) return fail('newer-format', String(head.output.formatVersion));
  const assessments: Assessment[] = [];
  for (const [index, raw] of head.output.assessments.entries()) {
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) return fail('newer-schema', String(version));
    const at = `assessments[${String(index)}]`;
    let upgraded: unknown = raw;
    if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < CURRENT_SCHEMA_VERSION && typeof raw === 'object' && raw !== null) {
      // The upgrades were written for rows this app stored; a damaged row of a file must not make them throw out of the import.
      try {
        upgraded = upgradeRow(raw as Record<string, unknown>, version);
      } catch {
        return fail('invalid', at);
      }
    }
    const parsed = v.safeParse(assessmentSchema, upgraded);
    if (!parsed.success) {
      const [issue] = parsed.issues;
      const path = issuePath(issue);
      return fail('invalid', path ? `${at}.${path}` : at, shownValue(issue.input));
    }
    const assessment: Assessment = parsed.output;
    assessments.push(assessment);
  }
  return { ok: true, backup: { ...head.output, format: BACKUP_FORMAT, assessments } };
}
