/**
 * What the hostile-file tests share: the app's storage opened on a fake IndexedDB with a known content,
 * a full dump of that content, the prototypes a pollution would change, and the message the home screen
 * shows for each refusal (looked up in both languages, under the keys the screens use).
 */
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import enBallot from '@locales/en/ballot.json';
import enCommon from '@locales/en/common.json';
import plBallot from '@locales/pl/ballot.json';
import plCommon from '@locales/pl/common.json';
import type { Assessment } from '@/domain/assessment';
import { assessmentSchema } from '@/domain/assessment-schema';
import type { BallotDraft } from '@/domain/ballot';
import { newBallotDraft } from '@/domain/ballot';
import { assessmentFileText } from '@/domain/backup-format';
import { parseBackup } from '@/domain/backup-parse';
import { makeAssessment } from '@/lib/test-assessment';
import type { FileImportOutcome } from '@/state/backup-actions';
import type { SettingRow } from '@/storage/db';
import { migrateRow } from '@/storage/migrations';
import { currentDb, openStorage, putAssessments, setSetting } from '@/storage/repository';
import { putBallotDraft } from '@/storage/ballot-repository';

export const NOW = '2026-03-14T16:00:00.000Z';
/** The assessment tests/fixtures/ballot-v1.json and invitation-v1.json were made for; it is on the device. */
export const BALLOT_TARGET_ID = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
export const SEEDED_DRAFT_ID = 'seeded-invitation';

function seedAssessments(): Assessment[] {
  const target = { ...makeAssessment({ name: 'Kaszubski Klaster Innowacji Społecznych' }, '2026-03-01T10:00:00.000Z'), id: BALLOT_TARGET_ID, revision: 3 };
  const other = { ...makeAssessment({ name: 'Already here' }, '2026-03-02T10:00:00.000Z'), id: 'seeded-assessment', revision: 1 };
  return [target, other];
}

function seedDraft(): BallotDraft {
  return newBallotDraft({ id: SEEDED_DRAFT_ID, name: 'A ballot being filled', region: 'Pomorskie', mode: 'create' }, { participantId: 'seeded-participant', now: NOW });
}

/** Opens the app's storage on a database of the test's own (tests/setup/render-app.tsx is not imported: it closes storage after each test). */
export async function openTestStorage(): Promise<void> {
  const status = await openStorage(`csei-hostile-${crypto.randomUUID()}`);
  if (status !== 'ok') throw new Error(`storage did not open: ${status}`);
}

/** Empties every table and writes the known content: two assessments, a setting and a participant's draft. */
export async function resetDb(): Promise<void> {
  const db = currentDb();
  if (!db) throw new Error('storage is not open');
  await db.transaction('rw', db.assessments, db.settings, db.ballots, async () => {
    await Promise.all([db.assessments.clear(), db.settings.clear(), db.ballots.clear()]);
  });
  const written = [await putAssessments(seedAssessments()), await setSetting('lastBackupAt', NOW), await putBallotDraft(seedDraft())];
  if (!written.every((w) => w.ok)) throw new Error('could not seed the database');
}

export type DbContent = { assessments: Assessment[]; settings: SettingRow[]; ballots: BallotDraft[] };

/** Everything the database holds, in key order. */
export async function dbContent(): Promise<DbContent> {
  const db = currentDb();
  if (!db) throw new Error('storage is not open');
  const [assessments, settings, ballots] = await Promise.all([
    db.assessments.orderBy(':id').toArray(),
    db.settings.orderBy(':id').toArray(),
    db.ballots.orderBy(':id').toArray(),
  ]);
  return { assessments, settings, ballots };
}

/** The own property names of the built-in prototypes a polluting file would extend. */
export function prototypeState(): Record<string, string[]> {
  const names = (o: object) => Object.getOwnPropertyNames(o).sort();
  return { object: names(Object.prototype), array: names(Array.prototype), function: names(Function.prototype), string: names(String.prototype) };
}

/** True when a plain object has picked up an enumerable or a known pollution key. */
export function plainObjectPolluted(): boolean {
  const probe: Record<string, unknown> = {};
  for (const key in probe) if (key) return true;
  return ['polluted', 'isAdmin', 'pwned'].some((k) => probe[k] !== undefined || ([] as unknown as Record<string, unknown>)[k] !== undefined);
}

export type Classified =
  | { status: 'accepted'; kind: FileImportOutcome['kind'] }
  | { status: 'asked'; kind: 'backup' }
  /** `key` is the translation key the home screen shows: `ns:path`. */
  | { status: 'refused'; kind: FileImportOutcome['kind']; code: string; key: string };

/** What the home screen makes of an import outcome (see file-import-result.tsx and import-report.tsx). */
export function classify(result: FileImportOutcome): Classified {
  if (result.kind === 'backup') {
    const { outcome } = result;
    if (outcome.ok === true) return { status: 'accepted', kind: 'backup' };
    if (outcome.ok === 'choose') return { status: 'asked', kind: 'backup' };
    // The harness never cancels an import.
    if (outcome.ok === 'cancelled') throw new Error('an import was cancelled');
    return { status: 'refused', kind: 'backup', code: outcome.error, key: `common:backup.errors.${outcome.error}` };
  }
  if (result.kind === 'invitation') {
    return result.result.ok ? { status: 'accepted', kind: 'invitation' } : { status: 'refused', kind: 'invitation', code: 'open-failed', key: 'ballot:home.openFailed' };
  }
  const { report } = result;
  if (report.status === 'refused') return { status: 'refused', kind: 'ballot', code: report.error, key: `ballot:import.errors.${report.error}` };
  return { status: 'accepted', kind: 'ballot' };
}

const LOCALES = { en: { common: enCommon, ballot: enBallot }, pl: { common: plCommon, ballot: plBallot } } as const;

/** The text of `ns:path` in a language, or undefined when there is none. */
export function message(language: keyof typeof LOCALES, key: string): string | undefined {
  const [ns, path] = key.split(':') as [keyof (typeof LOCALES)['en'], string];
  let node: unknown = LOCALES[language][ns];
  for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * Every stored assessment validates with the import schema unchanged, and exports to a file that imports.
 * Returns the paths of the failures (empty when all hold).
 */
export function storedProblems(content: DbContent): string[] {
  return content.assessments.flatMap((a) => {
    const checked = v.safeParse(assessmentSchema, a);
    if (!checked.success) return [`${a.id}: ${JSON.stringify(checked.issues[0].path?.map((p) => p.key))} ${checked.issues[0].message}`];
    if (!isDeepStrictEqual(checked.output, a)) return [`${a.id}: the schema changes the stored record`];
    const again = parseBackup(assessmentFileText(a, '0.1.0', NOW), migrateRow);
    return again.ok ? [] : [`${a.id}: re-export refused (${again.error} ${again.detail})`];
  });
}
