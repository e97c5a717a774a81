import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment } from './assessment';
import { CURRENT_SCHEMA_VERSION } from './assessment';
import type { BackupEnvelope } from './backup-format';
import { buildBackup, CURRENT_FORMAT_VERSION, MAX_BACKUP_BYTES } from './backup-format';
import type { BackupError } from './backup-parse';
import { migrateRow } from '@/storage/migrations';
import type { FormatVersions } from './backup-parse';
import { ENVELOPE_UPGRADES, MAX_NESTING, nestingDepth, parseBackup, scanJsonText, upgradeEnvelope } from './backup-parse';
import { DIMENSION_IDS } from './dimensions';
import { newGoal, newMeasure } from './plan';

const NOW = '2026-03-14T16:00:00.000Z';

/** A valid assessment with every nested list and record filled, as deep as the model goes. */
function fullAssessment(): Assessment {
  const a = makeAssessment({ name: 'Pomorski Klaster Ekonomii Społecznej', mode: 'evaluate', language: 'pl' });
  a.participants = [
    { id: 'p1', label: 'Urząd Marszałkowski', sector: 'public', ballotCreatedAt: null },
    { id: 'p2', label: 'Fundacja „Wspólna Droga”', sector: 'social', ballotCreatedAt: '2026-03-13T20:15:00.000Z' },
  ];
  a.workshop = { revealed: true };
  for (const id of DIMENSION_IDS) {
    const d = a.dimensions[id];
    d.baseline = { value: 3, note: 'Ocena wyjściowa' };
    d.ideal = { value: 'na', note: '' };
    d.checklist = { [`${id}-1`]: { checked: true, note: 'Omówione w Słupsku' } };
    d.participantRatings = [
      { participantId: 'p1', baseline: { value: 2, note: 'źle' }, ideal: { value: 5, note: '' } },
      { participantId: 'p2', baseline: { value: 'unknown', note: '' }, ideal: { value: 4, note: 'dobrze' } },
    ];
    d.agreed = { baseline: 3, ideal: 5, note: 'Uzgodnione' };
  }
  a.snapshots = [
    {
      id: 's1',
      label: 'Listopad 2025',
      takenAt: '2025-11-03T09:00:00.000Z',
      ratings: Object.fromEntries(DIMENSION_IDS.map((id) => [id, { baseline: 2, ideal: 'unknown' }])) as Assessment['snapshots'][number]['ratings'],
      measures: [{ id: 'm-old', title: 'Spotkanie „okrągłego stołu”', status: 'in-progress' }],
    },
  ];
  a.vision.experience = ['platform', 'service'];
  a.decision.focus = [{ dimension: 'finance', rationale: 'Jedno źródło' }];
  a.decision.secondPhase = { dimensions: ['services'], timeframe: { start: '2027-04-01', end: '2028-12-31' } };
  a.goals = [
    {
      ...newGoal('g1', 'finance'),
      statement: 'Co najwyżej 40 % budżetu z jednego źródła',
      indicators: [{ id: 'i1', name: 'Udział', unit: '%', direction: 'lower', baseline: 72.5, target: 40, baselineInput: '', targetInput: '', source: 'Bilans' }],
      monitoring: { reviewer: 'Komisja', frequency: 'quarterly', indicatorIds: ['i1'], note: '' },
    },
  ];
  a.measures = [
    {
      ...newMeasure('m1', 'g1'),
      owner: 'Piotr Łęcki',
      contributors: ['Zarząd'],
      milestones: [{ id: 'ms1', title: 'Uchwała', due: '2026-05-15', offsetDays: null, done: true }],
    },
  ];
  return a;
}

const valid = (): BackupEnvelope => buildBackup([fullAssessment(), makeAssessment()], '0.1.0', NOW);

function refusal(text: string): { error: BackupError; detail: string } {
  const result = parseBackup(text, migrateRow);
  if (result.ok) throw new Error('expected the file to be refused');
  return { error: result.error, detail: result.detail };
}

describe('parseBackup of a valid file', () => {
  it('reads back exactly what was exported, however deeply nested', () => {
    const backup = valid();
    expect(nestingDepth(backup)).toBe(MAX_NESTING);
    const result = parseBackup(JSON.stringify(backup), migrateRow);
    expect(result).toEqual({ ok: true, backup });
  });

  it('upgrades an assessment saved by schema version 1 with the same migration the database runs', () => {
    const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '../../tests/fixtures/schema-v1.json'), 'utf8')) as Record<string, unknown>;
    const file = { ...buildBackup([], '0.1.0', NOW), assessments: [v1] };
    const result = parseBackup(JSON.stringify(file), migrateRow);
    if (!result.ok) throw new Error(`refused: ${result.error} ${result.detail}`);
    const [upgraded] = result.backup.assessments;
    expect(upgraded?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(upgraded?.name).toBe(v1.name);
    // The file's participant ratings were always counted, so they stay revealed.
    expect(upgraded?.workshop).toEqual({ revealed: true });
    expect(upgraded?.participants.every((p) => p.ballotCreatedAt === null)).toBe(true);
  });
});

describe('parseBackup refuses', () => {
  it.each(['', '{', '{"format": "csei-navigator",}', 'undefined', 'Pomorskie'])('text that is not JSON: %j', (text) => {
    expect(refusal(text).error).toBe('not-json');
  });

  it.each([
    ['"__proto__" deep inside an assessment', '"goodLooksLike"', '"__proto__":{"isAdmin":true},"goodLooksLike"'],
    ['"__proto__" in the envelope', '"appVersion"', '"__proto__":null,"appVersion"'],
    ['"constructor"', '"appVersion"', '"constructor":{"prototype":{}},"appVersion"'],
    ['"prototype"', '"strengths"', '"prototype":1,"strengths"'],
  ])('a file with a %s key', (_label, find, replacement) => {
    const text = JSON.stringify(valid()).replace(find, replacement);
    expect(text).not.toBe(JSON.stringify(valid()));
    expect(refusal(text).error).toBe('forbidden-key');
  });

  it('a file nested deeper than the model, even in an unknown field', () => {
    const backup = valid();
    // Given one level more under a rating, where the model only has plain values
    Object.assign(backup.assessments[0]?.dimensions.finance.participantRatings[0]?.baseline ?? {}, { extra: {} });
    expect(refusal(JSON.stringify(backup)).error).toBe('too-deep');
    expect(refusal(`${'['.repeat(50)}${']'.repeat(50)}`).error).toBe('too-deep');
  });

  it('a file of a million levels, from its text, at once and without running out of stack', () => {
    // JSON.parse with a reviver overflowed the stack from about 5 000 levels (reported as not JSON),
    // and took seconds on megabytes of opening brackets.
    for (const text of ['['.repeat(1_000_000) + ']'.repeat(1_000_000), '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), '['.repeat(5_000_000)]) {
      expect(refusal(text)).toEqual({ error: 'too-deep', detail: '' });
    }
  });

  it('counts nesting in the text, not brackets inside strings', () => {
    expect(scanJsonText('[[[]]]', 3)).toBe('ok');
    expect(scanJsonText('[[[[]]]]', 3)).toBe('too-deep');
    expect(scanJsonText('{"a":"[[[[{{{{\\"}', 1)).toBe('ok');
    expect(scanJsonText('["\\"", [[[]]]]', 3)).toBe('too-deep');
    expect(scanJsonText('["\\\\", [[]]]', 3)).toBe('ok');
    expect(scanJsonText('{"a": [true, false, null, -1.5e+3]}\r\n', 3)).toBe('ok');
    const backup = valid();
    const first = backup.assessments[0];
    if (!first) throw new Error('no assessment');
    first.dimensions.finance.strengths = '[[[[[[[[[[{{{{{{{{{{ \\" ]]]]';
    expect(parseBackup(JSON.stringify(backup), migrateRow)).toEqual({ ok: true, backup });
  });

  it('text with characters JSON never has outside a string (an image, a PDF), as not JSON before anything else', () => {
    expect(scanJsonText('\u0089PNG\r\n[[[[[[[[[[', 3)).toBe('not-json');
    expect(scanJsonText('[[[[[ <', 3)).toBe('too-deep');
    expect(scanJsonText('{"a": undefined}', 3)).toBe('not-json');
    expect(scanJsonText('{"zażółć": "gęślą"}', 3)).toBe('ok');
    expect(refusal(`%PDF-1.7 ${'['.repeat(100)}`)).toEqual({ error: 'not-json', detail: '' });
  });

  it('an older assessment the upgrades cannot read, as invalid at that assessment instead of throwing', () => {
    const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '../../tests/fixtures/schema-v1.json'), 'utf8')) as Record<string, unknown>;
    const file = JSON.stringify({ ...buildBackup([makeAssessment()], '0.1.0', NOW), assessments: [makeAssessment(), { ...v1, participants: [null] }] });
    expect(refusal(file)).toEqual({ error: 'invalid', detail: 'assessments[1].participants[0]' });
    const throwing = () => {
      throw new TypeError('Cannot read properties of null');
    };
    expect(parseBackup(file, throwing)).toEqual({ ok: false, error: 'invalid', detail: 'assessments[1]' });
  });

  it('an assessment that is not an object, naming it without a trailing dot', () => {
    expect(refusal(JSON.stringify({ ...valid(), assessments: ['text'] }))).toEqual({ error: 'invalid', detail: 'assessments[0]' });
  });

  it.each([
    ['30 February', (a: Assessment) => (a.date = '2026-02-30'), 'assessments[0].date'],
    ['29 February of a common year', (a: Assessment) => Object.assign(a.goals[0] ?? {}, { dueDate: '2027-02-29' }), 'assessments[0].goals[0].dueDate'],
    ['31 April', (a: Assessment) => Object.assign(a.measures[0]?.milestones[0] ?? {}, { due: '2026-04-31' }), 'assessments[0].measures[0].milestones[0].due'],
    ['the year 0', (a: Assessment) => (a.decision.timeframe.start = '0000-01-01'), 'assessments[0].decision.timeframe.start'],
    ['a time of "1" (Date.parse reads it as 2001)', (a: Assessment) => (a.createdAt = '1'), 'assessments[0].createdAt'],
    ['a time of "March 5"', (a: Assessment) => (a.updatedAt = 'March 5'), 'assessments[0].updatedAt'],
    ['a time on 30 February', (a: Assessment) => (a.lastExportAt = '2026-02-30T10:00:00.000Z'), 'assessments[0].lastExportAt'],
  ])('a date that is not on the calendar: %s', (_label, spoil, path) => {
    const backup = valid();
    const first = backup.assessments[0];
    if (!first) throw new Error('no assessment');
    spoil(first);
    expect(refusal(JSON.stringify(backup))).toEqual({ error: 'invalid', detail: path });
  });

  it('29 February of a leap year, and times with an offset, as valid', () => {
    const backup = valid();
    const first = backup.assessments[0];
    if (!first) throw new Error('no assessment');
    first.date = '2028-02-29';
    first.createdAt = '2026-03-14T10:00:00+01:00';
    expect(parseBackup(JSON.stringify(backup), migrateRow)).toEqual({ ok: true, backup });
  });

  it.each([
    ['another application\'s JSON', { format: 'other-app', formatVersion: 1 }],
    ['a JSON array', []],
    ['a plain number', 42],
    ['null', null],
  ])('%s as an unknown format', (_label, value) => {
    expect(refusal(JSON.stringify(value)).error).toBe('unknown-format');
  });

  it('a file from a newer app (format version 99)', () => {
    expect(refusal(JSON.stringify({ ...valid(), formatVersion: 99 }))).toEqual({ error: 'newer-format', detail: '99' });
    expect(refusal(JSON.stringify({ ...valid(), formatVersion: 99, assessments: 'changed' })).error).toBe('newer-format');
  });

  it('an assessment stored by a newer app (schema version 99)', () => {
    const backup = valid();
    backup.assessments[1] = { ...makeAssessment(), schemaVersion: 99 };
    expect(refusal(JSON.stringify(backup))).toEqual({ error: 'newer-schema', detail: '99' });
  });

  it.each<[string, (a: Assessment) => void, string]>([
    ['an unknown mode', (a) => Object.assign(a, { mode: 'other' }), 'assessments[0].mode'],
    ['a score of 7', (a) => Object.assign(a.dimensions.finance.baseline, { value: 7 }), 'assessments[0].dimensions.finance.baseline.value'],
    ['a score of 0', (a) => Object.assign(a.dimensions.membership.ideal, { value: 0 }), 'assessments[0].dimensions.membership.ideal.value'],
    ['a missing dimension', (a) => Reflect.deleteProperty(a.dimensions, 'purpose'), 'assessments[0].dimensions.purpose'],
    ['an empty name', (a) => Object.assign(a, { name: '   ' }), 'assessments[0].name'],
    ['a text instead of a goal list', (a) => Object.assign(a, { goals: 'none' }), 'assessments[0].goals'],
    ['an unknown measure status', (a) => Object.assign(a.measures[0] ?? {}, { status: 'lost' }), 'assessments[0].measures[0].status'],
  ])('an assessment with %s, naming where', (_label, spoil, path) => {
    const backup = valid();
    const first = backup.assessments[0];
    if (!first) throw new Error('no assessment');
    spoil(first);
    expect(refusal(JSON.stringify(backup))).toEqual({ error: 'invalid', detail: path });
  });

  it('an envelope of the right format with a missing field', () => {
    const backup: Partial<BackupEnvelope> = valid();
    delete backup.exportedAt;
    expect(refusal(JSON.stringify(backup))).toEqual({ error: 'invalid', detail: 'exportedAt' });
  });

  it('a file over 64 MiB, before reading it', () => {
    expect(refusal('x'.repeat(MAX_BACKUP_BYTES + 1)).error).toBe('too-large');
  });
});

describe('older file formats', () => {
  // A made-up history: format 1 called the list "items", format 2 had no app version, format 3 is today's.
  const history: FormatVersions = {
    current: 3,
    upgrades: [
      { from: 1, upgrade: ({ items, ...rest }) => ({ ...rest, assessments: items }) },
      { from: 2, upgrade: (envelope) => ({ ...envelope, appVersion: 'before 1.0' }) },
    ],
  };
  const base = valid();
  const today = () => ({ ...structuredClone(base), formatVersion: 3 });
  const formatTwo = () => {
    const rest: Partial<BackupEnvelope> = today();
    delete rest.appVersion;
    return { ...rest, formatVersion: 2 };
  };
  const formatOne = () => {
    const { assessments, ...rest } = formatTwo();
    return { ...rest, items: assessments, formatVersion: 1 };
  };

  it('reads a file of each older format through every upgrade after it, in order', () => {
    for (const [file, appVersion] of [
      [formatOne(), 'before 1.0'],
      [formatTwo(), 'before 1.0'],
      [today(), '0.1.0'],
    ] as const) {
      const result = parseBackup(JSON.stringify(file), migrateRow, history);
      if (!result.ok) throw new Error(`refused format ${String(file.formatVersion)}: ${result.error} ${result.detail}`);
      expect(result.backup).toEqual({ ...today(), appVersion });
    }
  });

  it('leaves files of other apps, of the current format and of newer formats as they are', () => {
    const other = { format: 'other-app', formatVersion: 1, items: [] };
    expect(upgradeEnvelope(other, history)).toBe(other);
    const current = today();
    expect(upgradeEnvelope(current, history)).toBe(current);
    expect(refusal(JSON.stringify({ ...today(), formatVersion: 4 }))).toEqual({ error: 'newer-format', detail: '4' });
    expect(upgradeEnvelope([1, 2], history)).toEqual([1, 2]);
  });

  it('does not change the file it upgrades', () => {
    const file = formatOne();
    const before = structuredClone(file);
    upgradeEnvelope(file, history);
    expect(file).toEqual(before);
  });

  it('has one upgrade for each format version before the current one, in order', () => {
    expect(ENVELOPE_UPGRADES.map((u) => u.from)).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('parseBackup of arbitrary input', () => {
  const KNOWN_ERRORS: BackupError[] = ['forbidden-key', 'too-deep', 'newer-schema', 'invalid'];

  it('never throws on any JSON value and refuses it unless it is a valid backup', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseBackup(JSON.stringify(value), migrateRow);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any field of a valid assessment is replaced by random JSON', () => {
    const keys = Object.keys(fullAssessment());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), (key, value) => {
        const backup = valid() as unknown as { assessments: Record<string, unknown>[] };
        const first = backup.assessments[0] ?? {};
        first[key] = value;
        const result = parseBackup(JSON.stringify(backup), migrateRow);
        if (!result.ok) expect(KNOWN_ERRORS).toContain(result.error);
      }),
      { numRuns: 200 },
    );
  });
});
