/**
 * The hostile import corpus: files a user could be given, each with what the import must do with it.
 * Built at run time from four valid bases (the committed fixtures of a backup, a ballot and an invitation,
 * and a fresh export of the worked example); large files are made only when their entry runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '@/domain/assessment';
import { assessmentFileText, MAX_BACKUP_BYTES } from '@/domain/backup-format';
import { exampleAssessment } from '@/lib/test-assessment';
import { everyTextHostile, TRIM_SAFE_PAYLOADS } from './hostile-texts';
import { BALLOT_TARGET_ID, NOW, SEEDED_DRAFT_ID } from './import-harness';

export type Expectation = 'accepted' | 'refused' | 'asked';

export type CorpusEntry = {
  group: string;
  name: string;
  /** The file's bytes (a string is written as UTF-8). */
  body: () => string | Uint8Array;
  expect: Expectation;
  /** How the home screen reads it. */
  kind?: 'backup' | 'ballot' | 'invitation';
  /** For a refusal: the error code, and where in the file when the code says so. */
  error?: string;
  detail?: string;
  /** For an accepted file: texts that must be stored exactly as they are in the file. */
  stored?: readonly string[];
  /** The size the File reports, when the test must not build the bytes (the size gate reads no byte). */
  size?: number;
};

/* ---------- The bases ---------- */

const FIXTURES = join(import.meta.dirname, '../fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export const BACKUP_TEXT = fixture('backup-format-v1.json');
export const BALLOT_TEXT = fixture('ballot-v1.json');
export const INVITATION_TEXT = fixture('invitation-v1.json');
export const EXAMPLE_TEXT = assessmentFileText(exampleAssessment('en'), '0.1.0', NOW);
const SCHEMA_V1_ROW = fixture('schema-v1.json');
const SCHEMA_V2_ROW = fixture('schema-v2.json');

/* ---------- Editing JSON by path ("assessments.0.dimensions.finance") ---------- */

type Node = Record<string, unknown>;
const DELETE = Symbol('delete');
/** Stands for a raw JSON token that JSON.stringify cannot write (1e999, a key given twice…). */
const RAW = '\u0000RAW\u0000';

function parent(root: unknown, path: string): [Node, string] {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = root as Node;
  for (const key of keys) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) throw new Error(`no ${key} in ${path}`);
    node = next as Node;
  }
  return [node, last];
}

/** The base with the value at `path` replaced (or deleted), as compact JSON. */
function withValue(base: string, path: string, value: unknown): string {
  const root = JSON.parse(base) as unknown;
  const [node, key] = parent(root, path);
  if (value === DELETE) {
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else Reflect.deleteProperty(node, key);
  } else node[key] = value;
  return JSON.stringify(root);
}

/** The base with a raw JSON token at `path` (for values JSON.stringify cannot write). */
function withRaw(base: string, path: string, raw: string): string {
  return withValue(base, path, RAW).replace(JSON.stringify(RAW), raw);
}

/** The base with `"key": raw` inserted as the first member of the object at `path` ('' for the root). */
function withMember(base: string, path: string, key: string, raw: string): string {
  const root = JSON.parse(base) as Node;
  const node = path === '' ? root : (parent(root, `${path}.x`)[0]);
  const marker = `${RAW}${path}`;
  const tagged = { [marker]: 0, ...node };
  let text: string;
  if (path === '') text = JSON.stringify(tagged);
  else {
    const [up, last] = parent(root, path);
    up[last] = tagged;
    text = JSON.stringify(root);
  }
  return text.replace(`${JSON.stringify(marker)}:0`, `${JSON.stringify(key)}:${raw}`);
}

const edit = (base: string, change: (root: Node) => void): string => {
  const root = JSON.parse(base) as Node;
  change(root);
  return JSON.stringify(root);
};

/** Where valibot reports a path of an assessment inside a backup. */
const fileDetail = (path: string) => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

const A = 'assessments.0';
const MB = 1024 * 1024;

/** One 20 MB filler per test file, made when a large entry first needs it. */
let twentyMegabytes: string | undefined;
const filler = () => (twentyMegabytes ??= 'A'.repeat(20 * MB));

/** Deterministic bytes that are not text. */
function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/* ---------- The corpus ---------- */

export function buildCorpus(): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const add = (group: string, name: string, body: () => string | Uint8Array, expect: Expectation, more: Omit<CorpusEntry, 'group' | 'name' | 'body' | 'expect'> = {}) =>
    entries.push({ group, name, body, expect, ...more });
  const refusedBackup = (group: string, name: string, body: () => string | Uint8Array, error: string, detail?: string) =>
    add(group, name, body, 'refused', { kind: 'backup', error, ...(detail === undefined ? {} : { detail }) });
  const refusedBallot = (group: string, name: string, body: () => string | Uint8Array, error: string, detail?: string) =>
    add(group, name, body, 'refused', { kind: 'ballot', error, ...(detail === undefined ? {} : { detail }) });
  /** A wrong value somewhere in the example's assessment: refused as invalid, at that very place. */
  const invalidAt = (group: string, name: string, path: string, value: unknown, detail = fileDetail(`${A}.${path}`)) =>
    refusedBackup(group, name, () => withValue(EXAMPLE_TEXT, `${A}.${path}`, value), 'invalid', detail);
  const invalidBallotAt = (group: string, name: string, path: string, value: unknown, detail = fileDetail(path)) =>
    refusedBallot(group, name, () => withValue(BALLOT_TEXT, path, value), 'invalid', detail);

  /* The valid bases themselves. */
  add('valid', 'the backup fixture (schema versions 1 and 2, migrated)', () => BACKUP_TEXT, 'accepted', { kind: 'backup' });
  add('valid', 'a fresh export of the worked example', () => EXAMPLE_TEXT, 'accepted', { kind: 'backup' });
  add('valid', 'the ballot fixture, for an assessment on this device', () => BALLOT_TEXT, 'accepted', { kind: 'ballot' });
  add('valid', 'the invitation fixture', () => INVITATION_TEXT, 'accepted', { kind: 'invitation' });
  add('valid', 'a backup minified to one line', () => JSON.stringify(JSON.parse(EXAMPLE_TEXT)), 'accepted', { kind: 'backup' });
  add('valid', 'a backup saved with CRLF line ends by a text editor', () => EXAMPLE_TEXT.replace(/\n/g, '\r\n'), 'accepted', { kind: 'backup' });
  add('valid', 'a backup with no assessment', () => withValue(EXAMPLE_TEXT, 'assessments', []), 'accepted', { kind: 'backup' });
  add('valid', 'a backup whose assessment is already here unchanged (imported twice)', () => edit(EXAMPLE_TEXT, (r) => {
    const list = r.assessments as Node[];
    list.push(structuredClone(list[0] as Node));
  }), 'accepted', { kind: 'backup' });

  /* Not JSON, or not text. */
  const G1 = 'not JSON';
  add(G1, 'an empty file', () => '', 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'only whitespace', () => ' \n\t\r\n ', 'refused', { kind: 'ballot', error: 'not-json' });
  for (const [label, cut] of [['its first byte', 1], ['10 %', 0.1], ['half', 0.5], ['99 %', 0.99]] as const) {
    add(G1, `the backup cut after ${label}`, () => BACKUP_TEXT.slice(0, cut < 1 ? Math.floor(BACKUP_TEXT.length * cut) : cut), 'refused', { kind: 'ballot', error: 'not-json' });
  }
  add(G1, 'the example export without its last brace', () => EXAMPLE_TEXT.trimEnd().slice(0, -1), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'the ballot cut in half', () => BALLOT_TEXT.slice(0, BALLOT_TEXT.length / 2), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'the invitation cut in half', () => INVITATION_TEXT.slice(0, INVITATION_TEXT.length / 2), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'a UTF-8 BOM before the backup (read as browsers decode it: the BOM is dropped)', () => `\uFEFF${EXAMPLE_TEXT}`, 'accepted', { kind: 'backup' });
  add(G1, 'a UTF-8 BOM before the ballot', () => `\uFEFF${BALLOT_TEXT}`, 'accepted', { kind: 'ballot' });
  add(G1, 'two BOMs before the backup', () => `\uFEFF\uFEFF${EXAMPLE_TEXT}`, 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'the ballot in UTF-16 LE with a BOM', () => utf16(BALLOT_TEXT, true), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'the ballot in UTF-16 BE with a BOM', () => utf16(BALLOT_TEXT, false), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'bytes that are not UTF-8 between the members of the backup', () => concat(utf8('{"format":"csei-navigator",'), Uint8Array.of(0xff, 0xfe, 0xc0, 0x80), utf8('"formatVersion":1}')), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'a PNG image renamed to .json', () => concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), noise(2000)), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'a ZIP archive (a Word file) renamed to .json', () => concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), noise(4000, 3)), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'NUL bytes', () => new Uint8Array(1000), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'random bytes', () => noise(50_000, 11), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'a CSV file', () => 'name;region\n"=cmd|\' /C calc\'!A0";Pomorskie\n', 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'an HTML page with a script', () => '<!doctype html><script>alert(1)</script>', 'refused', { kind: 'ballot', error: 'not-json' });
  add(G1, 'the word undefined', () => 'undefined', 'refused', { kind: 'ballot', error: 'not-json' });

  /* Trailing and leading garbage; JSON dialects that are not JSON. */
  const G2 = 'garbage around JSON';
  for (const [label, tail] of [['a letter', 'x'], ['a second closing brace', '}'], ['a second JSON object', '{}'], ['a NUL byte', '\u0000'], ['a comment', ' // exported'], ['another whole backup', EXAMPLE_TEXT]] as const) {
    add(G2, `the backup followed by ${label}`, () => EXAMPLE_TEXT + tail, 'refused', { kind: 'ballot', error: 'not-json' });
  }
  add(G2, 'the ballot followed by a script', () => `${BALLOT_TEXT}<script>alert(1)</script>`, 'refused', { kind: 'ballot', error: 'not-json' });
  add(G2, 'an anti-hijacking prefix before the backup', () => `)]}'\n${EXAMPLE_TEXT}`, 'refused', { kind: 'ballot', error: 'not-json' });
  add(G2, 'a trailing comma', () => BALLOT_TEXT.replace(/\}\s*$/, ',}'), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G2, 'comments in the JSON', () => BALLOT_TEXT.replace('{', '{ /* edited */'), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G2, 'single quotes', () => BALLOT_TEXT.replace(/"/g, "'"), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G2, 'NaN as a bare value', () => withRaw(BALLOT_TEXT, 'ratings.finance.baseline.value', 'NaN'), 'refused', { kind: 'ballot', error: 'not-json' });
  add(G2, 'a JavaScript object literal', () => 'module.exports = { format: "csei-navigator" }', 'refused', { kind: 'ballot', error: 'not-json' });

  /* Valid JSON of the wrong kind. */
  const G3 = 'wrong kind of JSON';
  for (const [label, text] of [['null', 'null'], ['true', 'true'], ['a number', '42'], ['a string', '"csei-navigator"'], ['an empty object', '{}'], ['an empty array', '[]']] as const) {
    // valibot reads an array as an object without fields: the first missing one is named.
    refusedBackup(G3, label, () => text, 'unknown-format', label === 'an empty object' || label === 'an empty array' ? 'format' : '');
  }
  refusedBackup(G3, 'an array of ballots', () => `[${BALLOT_TEXT},${BALLOT_TEXT}]`, 'unknown-format', 'format');
  refusedBackup(G3, 'the backup inside an array (one level deeper than a backup)', () => `[${EXAMPLE_TEXT}]`, 'too-deep', '');
  refusedBackup(G3, 'one assessment without its envelope', () => SCHEMA_V2_ROW, 'unknown-format', 'format');
  refusedBackup(G3, 'a dexie-export-import file', () => JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'csei-navigator', tables: [] } }), 'unknown-format', 'format');
  refusedBackup(G3, 'an Excalidraw drawing', () => JSON.stringify({ type: 'excalidraw', version: 2, elements: [], appState: {} }), 'unknown-format', 'format');

  /* The format marker and version. */
  const G4 = 'format marker and version';
  for (const [label, format] of [['another app', 'other-app'], ['upper case', 'CSEI-NAVIGATOR'], ['a trailing space', 'csei-navigator '], ['null', null], ['a number', 1]] as const) {
    refusedBackup(G4, `format: ${label}`, () => withValue(EXAMPLE_TEXT, 'format', format), 'unknown-format', 'format');
  }
  refusedBackup(G4, 'no format field', () => withValue(EXAMPLE_TEXT, 'format', DELETE), 'unknown-format', 'format');
  for (const version of [2, 999, 1e308]) {
    refusedBackup(G4, `a newer backup format (${String(version)})`, () => withValue(EXAMPLE_TEXT, 'formatVersion', version), 'newer-format', String(version));
  }
  refusedBackup(G4, 'formatVersion written as 1e999 (infinite)', () => withRaw(EXAMPLE_TEXT, 'formatVersion', '1e999'), 'newer-format', 'Infinity');
  // Any number above the current version is taken for a newer format, even one that is not a whole number.
  refusedBackup(G4, 'formatVersion 1.5', () => withValue(EXAMPLE_TEXT, 'formatVersion', 1.5), 'newer-format', '1.5');
  for (const [label, version] of [['0', 0], ['-1', -1], ['"1"', '1'], ['null', null]] as const) {
    refusedBackup(G4, `formatVersion ${label}`, () => withValue(EXAMPLE_TEXT, 'formatVersion', version), 'invalid', 'formatVersion');
  }
  refusedBackup(G4, 'no formatVersion', () => withValue(EXAMPLE_TEXT, 'formatVersion', DELETE), 'invalid', 'formatVersion');
  refusedBallot(G4, 'a newer ballot format', () => withValue(BALLOT_TEXT, 'formatVersion', 2), 'newer-format', '2');
  refusedBallot(G4, 'a newer invitation format', () => withValue(INVITATION_TEXT, 'formatVersion', 99), 'newer-format', '99');
  invalidBallotAt(G4, 'ballot formatVersion 0', 'formatVersion', 0);
  refusedBackup(G4, 'appVersion of 51 characters', () => withValue(EXAMPLE_TEXT, 'appVersion', '9'.repeat(51)), 'invalid', 'appVersion');
  refusedBackup(G4, 'appVersion as a number', () => withValue(EXAMPLE_TEXT, 'appVersion', 1), 'invalid', 'appVersion');
  refusedBackup(G4, 'exportedAt of 41 characters', () => withValue(EXAMPLE_TEXT, 'exportedAt', `${NOW}${'0'.repeat(17)}`), 'invalid', 'exportedAt');
  for (const [label, value] of [['missing', DELETE], ['null', null], ['an object', {}], ['a string', 'all of them']] as const) {
    refusedBackup(G4, `assessments ${label}`, () => withValue(EXAMPLE_TEXT, 'assessments', value), 'invalid', 'assessments');
  }
  refusedBackup(G4, '10 001 assessments (more than a backup holds)', () => withValue(EXAMPLE_TEXT, 'assessments', Array.from({ length: 10_001 }, () => 0)), 'invalid', 'assessments');

  /* Schema versions of the assessments inside. */
  const G5 = 'schema versions';
  const asBackup = (row: string) => `{"format":"csei-navigator","formatVersion":1,"appVersion":"0.1.0","exportedAt":"${NOW}","assessments":[${row}]}`;
  add(G5, 'an assessment of schema version 1 (migrated)', () => asBackup(SCHEMA_V1_ROW), 'accepted', { kind: 'backup' });
  add(G5, 'an assessment of schema version 2 (migrated)', () => asBackup(SCHEMA_V2_ROW), 'accepted', { kind: 'backup' });
  for (const version of [CURRENT_SCHEMA_VERSION + 1, 999, 1e9]) {
    refusedBackup(G5, `an assessment of a newer schema version (${String(version)})`, () => withValue(EXAMPLE_TEXT, `${A}.schemaVersion`, version), 'newer-schema', String(version));
  }
  for (const [label, version] of [['0', 0], ['-1', -1], ['2.5', 2.5], ['"3"', '3'], ['null', null]] as const) {
    invalidAt(G5, `schemaVersion ${label}`, 'schemaVersion', version);
  }
  invalidAt(G5, 'no schemaVersion', 'schemaVersion', DELETE);
  refusedBackup(G5, 'a version 1 assessment whose participants list holds null', () => asBackup(withValue(SCHEMA_V1_ROW, 'participants', [null])), 'invalid', 'assessments[0].participants[0]');
  refusedBackup(G5, 'a version 2 assessment whose snapshots list holds null', () => asBackup(withValue(SCHEMA_V2_ROW, 'snapshots', [null])), 'invalid', 'assessments[0].snapshots[0]');
  refusedBackup(G5, 'a version 1 assessment given as an array', () => asBackup('[{"schemaVersion":1}]'), 'invalid', 'assessments[0].id');

  /* Wrong types at every level of an assessment. */
  const G6 = 'wrong types';
  refusedBackup(G6, 'the assessment is a string', () => withValue(EXAMPLE_TEXT, A, ''), 'invalid', 'assessments[0]');
  for (const [path, value] of [
    ['id', 42],
    ['id', ''],
    ['name', 7],
    ['name', '   '],
    ['name', null],
    ['region', ['Pomorskie']],
    ['mode', 'bogus'],
    ['language', 'de'],
    ['revision', -1],
    ['revision', 1.5],
    ['revision', '1'],
    ['dimensions', null],
    ['dimensions.membership', 'strong'],
    ['dimensions.membership.baseline', 4],
    ['dimensions.membership.baseline.note', 12],
    ['dimensions.membership.checklist', 'none'],
    ['dimensions.membership.tags.bottleneck', 'true'],
    ['dimensions.membership.participantRatings', {}],
    ['dimensions.membership.participantRatings.0.participantId', null],
    ['dimensions.membership.agreed', null],
    ['participants', 'five'],
    ['participants.0', 'Urząd'],
    ['participants.0.sector', 'government'],
    ['workshop.revealed', 'yes'],
    ['snapshots', {}],
    ['resources.internal', null],
    ['vision.successFactors.0.kind', 'bogus'],
    ['vision.successFactors.0.selected', 1],
    ['decision.focus.0.dimension', 'happiness'],
    ['decision.secondPhase.dimensions', 'finance'],
    ['decision.evaluationSubmode', 'sometimes'],
    ['goals', {}],
    ['goals.0.indicators.0.direction', 'up'],
    ['goals.0.indicators.0.baseline', '3'],
    ['goals.0.verdict', true],
    ['measures.0.milestones.0.done', 'no'],
    ['measures.0.resources.fundingAmount', '1000'],
    ['measures.0.status', 'bogus'],
    ['measures.0.contributors', 'everyone'],
    ['measures.0.milestones', null],
  ] as const) {
    invalidAt(G6, `${path}: ${JSON.stringify(value)}`, path, value);
  }
  invalidAt(G6, 'dimensions: []', 'dimensions', [], 'assessments[0].dimensions.membership');
  invalidAt(G6, 'vision.experience: ["bogus"]', 'vision.experience', ['bogus'], 'assessments[0].vision.experience[0]');
  invalidAt(G6, 'goals.0.monitoring.indicatorIds: [1,2]', 'goals.0.monitoring.indicatorIds', [1, 2], 'assessments[0].goals[0].monitoring.indicatorIds[0]');
  for (const path of ['name', 'dimensions.finance', 'dimensions.finance.ideal.value', 'goals.0.statement', 'measures.0.milestones.0.id', 'workshop', 'vision']) {
    invalidAt(G6, `${path} missing`, path, DELETE);
  }
  refusedBackup(G6, 'an indicator target written as 1e999 (infinite)', () => withRaw(EXAMPLE_TEXT, `${A}.goals.0.indicators.0.target`, '1e999'), 'invalid', 'assessments[0].goals[0].indicators[0].target');
  refusedBackup(G6, 'a valid assessment followed by a broken one (nothing of the file is written)', () => edit(EXAMPLE_TEXT, (r) => {
    const list = r.assessments as Node[];
    list.push({ ...structuredClone(list[0] as Node), id: 'second', mode: 'bogus' });
  }), 'invalid', 'assessments[1].mode');

  /* Scores out of range. */
  const G7 = 'scores';
  for (const [label, value] of [['0', 0], ['6', 6], ['-1', -1], ['2.5', 2.5], ['"3"', '3'], ['"NaN"', 'NaN'], ['true', true], ['"NA" (not "na")', 'NA'], ['an object', { value: 3 }]] as const) {
    invalidAt(G7, `a baseline of ${label}`, 'dimensions.finance.baseline.value', value);
  }
  invalidAt(G7, 'an agreed ideal of 7', 'dimensions.finance.agreed.ideal', 7);
  invalidAt(G7, 'a participant’s rating of 0', 'dimensions.finance.participantRatings.0.baseline.value', 0);
  refusedBackup(G7, 'a score written as 1e999 (infinite)', () => withRaw(EXAMPLE_TEXT, `${A}.dimensions.finance.ideal.value`, '1e999'), 'invalid', 'assessments[0].dimensions.finance.ideal.value');
  invalidAt(G7, 'a rating note of null (not allowed)', 'dimensions.finance.baseline.note', null);
  invalidAt(G7, 'a rating without its note', 'dimensions.finance.baseline.note', DELETE);
  for (const [label, value] of [['0', 0], ['6', 6], ['2.5', 2.5], ['"3"', '3'], ['"NaN"', 'NaN'], ['-0.0001', -0.0001]] as const) {
    invalidBallotAt(G7, `a ballot rating of ${label}`, 'ratings.finance.ideal.value', value);
  }
  invalidBallotAt(G7, 'a ballot note of null', 'ratings.finance.ideal.note', null);
  add(G7, 'null, "na" and "unknown" where they are allowed', () => edit(BALLOT_TEXT, (r) => {
    const ratings = r.ratings as Record<string, { baseline: { value: unknown }; ideal: { value: unknown } }>;
    if (!ratings.finance || !ratings.purpose) throw new Error('fixture changed');
    ratings.finance.baseline.value = null;
    ratings.finance.ideal.value = 'na';
    ratings.purpose.baseline.value = 'unknown';
  }), 'accepted', { kind: 'ballot' });

  /* Dates and timestamps. */
  const G8 = 'dates';
  for (const [label, value] of [['a month 13 and day 45', '2026-13-45'], ['a five-digit year', '99999-01-01'], ['no zero padding', '2026-3-5'], ['a time as well', '2026-03-05T10:00:00Z'], ['words', 'next spring'], ['30 February', '2026-02-30'], ['29 February of a common year', '2027-02-29'], ['the year 0', '0000-01-01']] as const) {
    invalidAt(G8, `an assessment date with ${label}`, 'date', value);
  }
  add(G8, 'an empty assessment date (not set yet)', () => withValue(EXAMPLE_TEXT, `${A}.date`, ''), 'accepted', { kind: 'backup' });
  add(G8, '29 February of a leap year', () => withValue(EXAMPLE_TEXT, `${A}.goals.0.dueDate`, '2028-02-29'), 'accepted', { kind: 'backup' });
  invalidAt(G8, 'a milestone due on 31 April', 'measures.0.milestones.0.due', '2026-04-31');
  invalidAt(G8, 'a timeframe ending on 0000-00-00', 'decision.timeframe.end', '0000-00-00');
  for (const [label, value] of [['empty', ''], ['month 13', '2026-13-45T10:00:00.000Z'], ['hour 25', '2026-03-14T25:00:00Z'], ['past the last date JavaScript has', '+275761-01-01T00:00:00.000Z'], ['in the year 10000', '10000-01-01T00:00:00.000Z'], ['of 41 characters', `${NOW}${'0'.repeat(17)}`], ['words', 'yesterday'], ['"1" (Date.parse reads it as 2001)', '1'], ['"March 5"', 'March 5'], ['on 30 February', '2026-02-30T10:00:00.000Z']] as const) {
    invalidAt(G8, `a creation time ${label}`, 'createdAt', value);
  }
  invalidAt(G8, 'a last export time that is empty (null means never)', 'lastExportAt', '');
  invalidBallotAt(G8, 'a ballot created at an empty time', 'createdAt', '');
  invalidBallotAt(G8, 'a ballot created in month 13', 'createdAt', '2026-13-45T00:00:00Z');
  refusedBallot(G8, 'an invitation created in the year 999999', () => withValue(INVITATION_TEXT, 'createdAt', '+999999-01-01T00:00:00Z'), 'invalid', 'createdAt');

  /* Texts longer than the schema allows (and exactly as long as it allows). */
  const G9 = 'huge strings';
  for (const [path, max] of [
    ['name', 200],
    ['region', 500],
    ['facilitator', 500],
    ['id', 100],
    ['dimensions.finance.baseline.note', 20_000],
    ['dimensions.finance.strengths', 20_000],
    ['goals.0.statement', 20_000],
    ['goals.0.indicators.0.unit', 500],
    ['measures.0.owner', 500],
    ['measures.0.resources.currency', 10],
    ['participants.0.label', 500],
  ] as const) {
    invalidAt(G9, `${path} one character over ${String(max)}`, path, 'x'.repeat(max + 1));
  }
  add(G9, 'every limit reached exactly', () => edit(EXAMPLE_TEXT, (r) => {
    const a = (r.assessments as Node[])[0] as { name: string; region: string; dimensions: { finance: { baseline: { note: string } } } };
    a.name = 'n'.repeat(200);
    a.region = 'r'.repeat(500);
    a.dimensions.finance.baseline.note = 'z'.repeat(20_000);
  }), 'accepted', { kind: 'backup', stored: ['n'.repeat(200), 'z'.repeat(20_000)] });
  refusedBackup(G9, 'a checklist key of 501 characters', () => withValue(EXAMPLE_TEXT, `${A}.dimensions.finance.checklist`, { ['k'.repeat(501)]: { checked: true, note: '' } }), 'invalid', `assessments[0].dimensions.finance.checklist.${'k'.repeat(501)}`);
  invalidAt(G9, 'a name of one million characters', 'name', 'N'.repeat(MB));
  invalidBallotAt(G9, 'a ballot label of 201 characters', 'participant.label', 'L'.repeat(201));
  invalidBallotAt(G9, 'a ballot note of 20 001 characters', 'ratings.finance.baseline.note', 'b'.repeat(20_001));
  invalidBallotAt(G9, 'a ballot assessment id of 101 characters', 'assessmentId', 'i'.repeat(101));
  refusedBallot(G9, 'an invitation name of 201 characters', () => withValue(INVITATION_TEXT, 'assessment.name', 'I'.repeat(201)), 'invalid', 'assessment.name');
  refusedBallot(G9, 'an invitation region of 501 characters', () => withValue(INVITATION_TEXT, 'assessment.region', 'R'.repeat(501)), 'invalid', 'assessment.region');
  add(G9, 'a ballot label of exactly 200 characters', () => withValue(BALLOT_TEXT, 'participant.label', 'L'.repeat(200)), 'accepted', { kind: 'ballot', stored: ['L'.repeat(200)] });

  /* Files of 20 MB and more. */
  const G10 = 'large files';
  refusedBackup(G10, 'a 20 MB rating note', () => withValue(EXAMPLE_TEXT, `${A}.dimensions.finance.baseline.note`, filler()), 'invalid', 'assessments[0].dimensions.finance.baseline.note');
  add(G10, 'a valid backup followed by 20 MB of spaces', () => EXAMPLE_TEXT + ' '.repeat(20 * MB), 'accepted', { kind: 'backup' });
  refusedBackup(G10, '20 MB of numbers as the assessments', () => `{"format":"csei-navigator","formatVersion":1,"appVersion":"0.1.0","exportedAt":"${NOW}","assessments":[${'1234567,'.repeat((20 * MB) / 8)}1]}`, 'invalid', 'assessments');
  refusedBackup(G10, '20 MB of random bytes', () => noise(20 * MB, 5), 'not-json');
  refusedBackup(G10, 'a 20 MB string that never ends', () => `{"format":"${filler()}`, 'not-json');
  refusedBackup(G10, '20 MB of opening brackets', () => '['.repeat(20 * MB), 'too-deep');
  refusedBackup(G10, 'a ballot padded to 3 MB (more than a ballot can be)', () => BALLOT_TEXT + ' '.repeat(3 * MB), 'unknown-format', 'format');
  add(G10, 'a backup over 64 MiB (refused before it is read)', () => EXAMPLE_TEXT, 'refused', { kind: 'backup', error: 'too-large', detail: '', size: MAX_BACKUP_BYTES + 1 });

  /* Nesting. */
  const G11 = 'deep nesting';
  refusedBackup(G11, 'one level more than the model, in an unknown field', () => withValue(EXAMPLE_TEXT, `${A}.dimensions.finance.participantRatings.0.baseline.extra`, {}), 'too-deep');
  for (const depth of [50, 1_000, 5_000, 10_000, 100_000, 1_000_000]) {
    refusedBackup(G11, `${String(depth)} nested arrays`, () => '['.repeat(depth) + ']'.repeat(depth), 'too-deep');
  }
  for (const depth of [1_000, 10_000, 100_000]) {
    refusedBackup(G11, `${String(depth)} nested objects`, () => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), 'too-deep');
  }
  refusedBackup(G11, '10 000 levels inside a valid backup', () => withRaw(EXAMPLE_TEXT, `${A}.extra`, '['.repeat(10_000) + ']'.repeat(10_000)), 'too-deep');
  refusedBackup(G11, '10 000 levels inside a ballot', () => withRaw(BALLOT_TEXT, 'ratings.finance.extra', '['.repeat(10_000) + ']'.repeat(10_000)), 'too-deep');
  refusedBallot(G11, 'a ballot one level deeper than ballots go', () => withValue(BALLOT_TEXT, 'ratings.finance.baseline.value', { deeper: [1] }), 'too-deep');
  refusedBackup(G11, '100 000 brackets never closed', () => '['.repeat(100_000), 'too-deep');
  add(G11, 'brackets inside strings do not count as nesting', () => withValue(EXAMPLE_TEXT, 'exportedAt', '[[[[[[[[[[{{{{'), 'accepted', { kind: 'backup' });
  const bracketsInText = '[[[[[[[[[[{{{{{{{{{{ \\" ]]]]';
  add(G11, 'a note full of brackets and escaped quotes is text', () => withValue(EXAMPLE_TEXT, `${A}.dimensions.finance.baseline.note`, bracketsInText), 'accepted', { kind: 'backup', stored: [bracketsInText] });

  /* Keys that reach prototypes, written as raw JSON text (JSON.stringify would drop them). */
  const G12 = 'prototype keys';
  const pollute = '{"polluted":"yes","isAdmin":true}';
  for (const [label, path, key, raw] of [
    ['__proto__ at the root', '', '__proto__', pollute],
    ['constructor.prototype at the root', '', 'constructor', `{"prototype":${pollute}}`],
    ['prototype at the root', '', 'prototype', pollute],
    ['__proto__ in an assessment', A, '__proto__', pollute],
    ['__proto__ in a dimension', `${A}.dimensions.finance`, '__proto__', pollute],
    ['__proto__ in a rating', `${A}.dimensions.finance.baseline`, '__proto__', pollute],
    ['constructor in a goal', `${A}.goals.0`, 'constructor', `{"prototype":${pollute}}`],
    ['prototype in a milestone', `${A}.measures.0.milestones.0`, 'prototype', pollute],
    ['__proto__ as a checklist item', `${A}.dimensions.finance.checklist`, '__proto__', '{"checked":true,"note":"x"}'],
    ['__proto__ in a participant', `${A}.participants.0`, '__proto__', pollute],
    ['__proto__ in the vision', `${A}.vision`, '__proto__', '[]'],
    ['__proto__ set to null', A, '__proto__', 'null'],
  ] as const) {
    refusedBallot(G12, label, () => withMember(EXAMPLE_TEXT, path, key, raw), 'forbidden-key', '');
  }
  refusedBallot(G12, '__proto__ written with unicode escapes', () => withMember(EXAMPLE_TEXT, A, '__proto__', pollute).replace('"__proto__"', '"\\u005f\\u005fproto\\u005f\\u005f"'), 'forbidden-key', '');
  refusedBackup(G12, '__proto__ in a backup of 3 MB (read by the backup reader)', () => withMember(EXAMPLE_TEXT, A, '__proto__', pollute) + ' '.repeat(3 * MB), 'forbidden-key', '');
  refusedBackup(G12, 'constructor in a backup of 3 MB', () => withMember(EXAMPLE_TEXT, `${A}.goals.0`, 'constructor', `{"prototype":${pollute}}`) + ' '.repeat(3 * MB), 'forbidden-key', '');
  refusedBallot(G12, '__proto__ in the migrated fixture', () => withMember(BACKUP_TEXT, 'assessments.1', '__proto__', pollute), 'forbidden-key', '');
  for (const [label, path, key] of [
    ['__proto__ at the ballot root', '', '__proto__'],
    ['constructor in the participant', 'participant', 'constructor'],
    ['prototype in the ratings', 'ratings', 'prototype'],
    ['__proto__ in a ballot rating', 'ratings.finance.baseline', '__proto__'],
  ] as const) {
    refusedBallot(G12, label, () => withMember(BALLOT_TEXT, path, key, path === 'ratings.finance.baseline' ? '{}' : pollute), 'forbidden-key', '');
  }
  refusedBallot(G12, '__proto__ in the invitation', () => withMember(INVITATION_TEXT, 'assessment', '__proto__', pollute), 'forbidden-key', '');
  refusedBallot(G12, '__proto__ carrying a format field', () => withMember(BALLOT_TEXT, '', '__proto__', '{"format":"csei-navigator-ballot"}'), 'forbidden-key', '');
  add(G12, '"__proto__" and "constructor" as texts are data', () => edit(EXAMPLE_TEXT, (r) => {
    const a = (r.assessments as Node[])[0] as { region: string; facilitator: string };
    a.region = '__proto__';
    a.facilitator = 'constructor.prototype.polluted';
  }), 'accepted', { kind: 'backup', stored: ['__proto__', 'constructor.prototype.polluted'] });
  add(G12, 'a __PROTO__ key (not a prototype key) is ignored', () => withMember(EXAMPLE_TEXT, A, '__PROTO__', pollute), 'accepted', { kind: 'backup' });

  /* Ids: duplicates, and files for another assessment. */
  const G13 = 'ids';
  add(G13, 'one assessment id twice, with other content (the second comes in as a copy)', () => edit(EXAMPLE_TEXT, (r) => {
    const list = r.assessments as Node[];
    list.push({ ...structuredClone(list[0] as Node), name: 'The same id, edited elsewhere' });
  }), 'accepted', { kind: 'backup', stored: ['The same id, edited elsewhere'] });
  add(G13, 'both assessments of the fixture given twice', () => edit(BACKUP_TEXT, (r) => {
    const list = r.assessments as Node[];
    r.assessments = [...list, ...structuredClone(list)];
  }), 'accepted', { kind: 'backup' });
  add(G13, 'an assessment of this device with other content (the user is asked; nothing is written yet)', () => edit(EXAMPLE_TEXT, (r) => {
    const a = (r.assessments as Node[])[0] as { id: string };
    a.id = BALLOT_TARGET_ID;
  }), 'asked', { kind: 'backup' });
  refusedBallot(G13, 'a ballot for an assessment not on this device', () => withValue(BALLOT_TEXT, 'assessmentId', 'someone-elses-assessment'), 'no-assessment', '');
  invalidBallotAt(G13, 'a ballot with an empty assessment id', 'assessmentId', '');
  invalidBallotAt(G13, 'a ballot with an empty participant id', 'participant.id', '');
  add(G13, 'an invitation for a ballot already being filled here (its name is updated)', () => withValue(withValue(INVITATION_TEXT, 'assessment.id', SEEDED_DRAFT_ID), 'assessment.name', 'Renamed by the facilitator'), 'accepted', { kind: 'invitation', stored: ['Renamed by the facilitator'] });

  /* Files of one kind given as another. */
  const G14 = 'kinds swapped';
  refusedBackup(G14, 'an invitation marked as a backup', () => withValue(INVITATION_TEXT, 'format', 'csei-navigator'), 'invalid', 'exportedAt');
  refusedBackup(G14, 'a ballot marked as a backup', () => withValue(BALLOT_TEXT, 'format', 'csei-navigator'), 'invalid', 'exportedAt');
  refusedBallot(G14, 'a backup marked as an invitation (nested deeper than one)', () => withValue(EXAMPLE_TEXT, 'format', 'csei-navigator-invitation'), 'too-deep', '');
  refusedBallot(G14, 'a backup marked as a ballot', () => withValue(EXAMPLE_TEXT, 'format', 'csei-navigator-ballot'), 'too-deep', '');
  refusedBallot(G14, 'a ballot marked as an invitation', () => withValue(BALLOT_TEXT, 'format', 'csei-navigator-invitation'), 'invalid', 'assessment');
  refusedBallot(G14, 'an invitation marked as a ballot', () => withValue(INVITATION_TEXT, 'format', 'csei-navigator-ballot'), 'invalid', 'assessmentId');
  refusedBackup(G14, 'a ballot inside a backup', () => edit(EXAMPLE_TEXT, (r) => (r.assessments = [JSON.parse(BALLOT_TEXT) as unknown])), 'invalid', 'assessments[0].id');
  refusedBackup(G14, 'an invitation inside a backup', () => edit(EXAMPLE_TEXT, (r) => (r.assessments = [JSON.parse(INVITATION_TEXT) as unknown])), 'invalid', 'assessments[0].id');
  refusedBallot(G14, 'an invitation with seven dimensions', () => edit(INVITATION_TEXT, (r) => (r.dimensions = (r.dimensions as string[]).slice(1))), 'invalid', 'dimensions');
  refusedBallot(G14, 'an invitation naming a dimension twice', () => edit(INVITATION_TEXT, (r) => (r.dimensions = [...(r.dimensions as string[]).slice(1), 'finance'])), 'invalid', 'dimensions');
  refusedBallot(G14, 'an invitation with an unknown mode', () => withValue(INVITATION_TEXT, 'assessment.mode', 'attack'), 'invalid', 'assessment.mode');
  refusedBallot(G14, 'a ballot missing a dimension', () => withValue(BALLOT_TEXT, 'ratings.purpose', DELETE), 'invalid', 'ratings.purpose');
  refusedBallot(G14, 'a ballot with a ninth, unknown dimension', () => edit(BALLOT_TEXT, (r) => ((r.ratings as Node).happiness = (r.ratings as Node).finance)), 'invalid', 'ratings.happiness');
  refusedBallot(G14, 'a ballot with a sector that does not exist', () => withValue(BALLOT_TEXT, 'participant.sector', 'government'), 'invalid', 'participant.sector');

  /* Hostile texts where texts belong: stored as they are. */
  const G15 = 'hostile texts';
  const hostileExample = everyTextHostile(exampleAssessment('en'));
  add(G15, 'a backup with a payload in every text field', () => assessmentFileText(hostileExample, '0.1.0', NOW), 'accepted', { kind: 'backup' });
  TRIM_SAFE_PAYLOADS.forEach((payload, i) => {
    add(G15, `an assessment named ${JSON.stringify(payload)}`, () => withValue(withValue(EXAMPLE_TEXT, `${A}.name`, payload), `${A}.id`, `hostile-${String(i)}`), 'accepted', { kind: 'backup', stored: [payload] });
  });
  const label = '<img src=x onerror=alert(1)>';
  const note = "=cmd|' /C calc'!A0\r\n<script>alert(1)</script>";
  add(G15, 'a ballot with markup as its label and a formula as a note', () => withValue(withValue(BALLOT_TEXT, 'participant.label', label), 'ratings.finance.baseline.note', note), 'accepted', { kind: 'ballot', stored: [label, note] });
  add(G15, 'a ballot label with a bidi override and zero-width characters', () => withValue(BALLOT_TEXT, 'participant.label', 'Ewa\u202E\u200Bexe.txt'), 'accepted', { kind: 'ballot', stored: ['Ewa\u202E\u200Bexe.txt'] });
  add(G15, 'an invitation with markup as its name and a script URL as its region', () => withValue(withValue(INVITATION_TEXT, 'assessment.name', '<script>alert(1)</script>'), 'assessment.region', 'javascript:alert(1)'), 'accepted', { kind: 'invitation', stored: ['<script>alert(1)</script>', 'javascript:alert(1)'] });
  add(G15, 'non-UTF-8 bytes inside a text (read as U+FFFD)', () => concat(utf8(EXAMPLE_TEXT.slice(0, EXAMPLE_TEXT.indexOf('"region": "') + 11)), Uint8Array.of(0xff, 0xfe, 0xc3), utf8(EXAMPLE_TEXT.slice(EXAMPLE_TEXT.indexOf('"region": "') + 11))), 'accepted', { kind: 'backup' });
  add(G15, 'an escaped lone surrogate and NUL in a note', () => withRaw(EXAMPLE_TEXT, `${A}.dimensions.finance.baseline.note`, '"a\\ud800b\\u0000c"'), 'accepted', { kind: 'backup', stored: ['a\uD800b\u0000c'] });
  return entries;
}
