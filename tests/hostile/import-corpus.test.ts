/**
 * Every file of the hostile corpus goes through the home screen's import (importFile with a File, on the
 * app's storage over a fake IndexedDB). For each: the promise resolves to an outcome; a refusal (or a
 * question) leaves every table exactly as it was; no prototype is touched; every refusal has its message
 * in English and Polish; an accepted file is stored as it is, valid, and exports to a file that imports.
 */
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@/domain/assessment';
import { assessmentSchema } from '@/domain/assessment-schema';
import type { FileImportOutcome } from '@/state/backup-actions';
import { importFile } from '@/state/backup-actions';
import { closeStorage } from '@/storage/repository';
import type { CorpusEntry } from './corpus';
import { buildCorpus } from './corpus';
import { allStrings } from './hostile-texts';
import type { DbContent } from './import-harness';
import { classify, dbContent, message, openTestStorage, plainObjectPolluted, prototypeState, resetDb, storedProblems } from './import-harness';

const corpus = buildCorpus();
const tally = { accepted: 0, asked: 0, refused: new Map<string, number>() };
let prototypesBefore: ReturnType<typeof prototypeState>;

beforeAll(async () => {
  await openTestStorage();
  prototypesBefore = prototypeState();
});

afterAll(() => {
  closeStorage();
  const refused = [...tally.refused.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = refused.reduce((n, [, count]) => n + count, 0);
  // eslint-disable-next-line no-console -- the figures of the corpus go into the issue note
  console.log(
    [
      `Hostile import corpus: ${String(corpus.length)} files; accepted ${String(tally.accepted)}, asked ${String(tally.asked)}, refused ${String(total)}.`,
      ...refused.map(([code, count]) => `  refused as ${code}: ${String(count)}`),
    ].join('\n'),
  );
});

function fileOf(entry: CorpusEntry): File {
  const body = entry.body();
  const file = new File([body as BlobPart], `${entry.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.json`, { type: 'application/json' });
  if (entry.size !== undefined) Object.defineProperty(file, 'size', { value: entry.size });
  return file;
}

function detailOf(result: FileImportOutcome): string | undefined {
  if (result.kind === 'backup') return result.outcome.ok === false ? result.outcome.detail : undefined;
  if (result.kind === 'ballot') return result.report.status === 'refused' ? result.report.detail : undefined;
  return undefined;
}

/** A short account of an outcome for failure messages (details can be megabytes long). */
const brief = (result: FileImportOutcome) => JSON.stringify(result, (_k, val: unknown) => (typeof val === 'string' && val.length > 120 ? `${val.slice(0, 120)}…` : val)).slice(0, 600);

/** What an accepted file must have left in the database. */
async function checkStored(entry: CorpusEntry, file: File, result: FileImportOutcome, before: DbContent, after: DbContent): Promise<void> {
  expect(storedProblems(after)).toEqual([]);
  const strings = new Set(allStrings(after));
  for (const text of entry.stored ?? []) expect(strings.has(text), `stored verbatim: ${JSON.stringify(text.slice(0, 80))}`).toBe(true);
  const json = JSON.parse(await file.text()) as Record<string, unknown>;
  if (result.kind === 'backup' && result.outcome.ok === true) {
    const { added, copied } = result.outcome;
    expect(after.assessments).toHaveLength(before.assessments.length + added + copied);
    // Each assessment of the file (the first with its id) is stored as the schema reads it: nothing added, nothing lost.
    const seen = new Set<string>();
    for (const row of json.assessments as { id: string; schemaVersion: number }[]) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const stored = after.assessments.find((a) => a.id === row.id);
      expect(stored, `assessment ${row.id} stored`).toBeDefined();
      if (row.schemaVersion === CURRENT_SCHEMA_VERSION) expect(stored).toEqual(v.parse(assessmentSchema, row));
    }
  }
  if (result.kind === 'ballot') {
    const ballot = json as { assessmentId: string; participant: { id: string; label: string } };
    const target = after.assessments.find((a) => a.id === ballot.assessmentId);
    expect(target?.participants.find((p) => p.id === ballot.participant.id)?.label).toBe(ballot.participant.label.trim());
  }
  if (result.kind === 'invitation') {
    const invitation = json as { assessment: { id: string; name: string } };
    expect(after.ballots.find((d) => d.assessmentId === invitation.assessment.id)?.assessmentName).toBe(invitation.assessment.name.trim());
  }
}

describe(`the hostile import corpus (${String(corpus.length)} files)`, () => {
  it('has at least 150 files, with refusals and acceptances of every kind of file', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((e) => `${e.group}: ${e.name}`)).size).toBe(corpus.length);
    for (const kind of ['backup', 'ballot', 'invitation'] as const) {
      expect(corpus.some((e) => e.kind === kind && e.expect === 'accepted'), `${kind} accepted`).toBe(true);
      expect(corpus.some((e) => e.kind === kind && e.expect === 'refused') || kind === 'invitation', `${kind} refused`).toBe(true);
    }
  });

  it.each(corpus.map((e) => [`${e.group}: ${e.name}`, e] as const))('%s', async (_name, entry) => {
    await resetDb();
    const before = await dbContent();
    const file = fileOf(entry);

    const result = await importFile(file);

    const seen = classify(result);
    expect(seen.status, brief(result)).toBe(entry.expect);
    if (entry.kind) expect(seen.kind, brief(result)).toBe(entry.kind);
    expect(prototypeState()).toEqual(prototypesBefore);
    expect(plainObjectPolluted()).toBe(false);
    const after = await dbContent();
    if (seen.status === 'accepted') {
      tally.accepted += 1;
      await checkStored(entry, file, result, before, after);
      return;
    }
    // Nothing of a refused file, nor of one the user is asked about, is written.
    expect(after).toEqual(before);
    if (seen.status === 'asked') {
      tally.asked += 1;
      return;
    }
    if (entry.error) expect(seen.code, brief(result)).toBe(entry.error);
    if (entry.detail !== undefined) expect(detailOf(result)).toBe(entry.detail);
    for (const language of ['en', 'pl'] as const) {
      expect(message(language, seen.key)?.trim(), `${language} ${seen.key}`).toBeTruthy();
    }
    const code = `${seen.kind === 'backup' ? 'backup' : 'ballot'}:${seen.code}`;
    tally.refused.set(code, (tally.refused.get(code) ?? 0) + 1);
  });
});
