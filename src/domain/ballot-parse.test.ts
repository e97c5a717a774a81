import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { BallotDraft } from './ballot';
import { newBallotDraft, setBallotRating } from './ballot';
import type { BallotEnvelope } from './ballot-format';
import { buildBallot, buildInvitation, MAX_BALLOT_BYTES } from './ballot-format';
import { buildBackup } from './backup-format';
import type { BallotFileError } from './ballot-parse';
import { parseExchangeFile } from './ballot-parse';
import { DIMENSION_IDS } from './dimensions';
import { SECTORS } from './participants';
import type { RatingValue } from './rating';

const NOW = '2026-03-14T10:00:00.000Z';
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../tests/fixtures', name), 'utf8');

function sampleBallot(): BallotEnvelope {
  let draft: BallotDraft = { ...newBallotDraft({ id: 'a1', name: 'K', region: '', mode: 'create' }, { participantId: 'p1', now: NOW }), label: 'Anna' };
  draft = setBallotRating(draft, 'finance', 'baseline', { value: 2, note: 'jeden grantodawca' });
  return buildBallot(draft, '0.1.0', NOW);
}

function refusal(text: string): { error: BallotFileError; detail: string } {
  const result = parseExchangeFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return { error: result.error, detail: result.detail };
}

/** The sample ballot with one change made to its parsed JSON. */
function edited(change: (json: Record<string, unknown> & { ratings: Record<string, Record<string, unknown>> }) => void): string {
  const json = JSON.parse(JSON.stringify(sampleBallot())) as Parameters<typeof change>[0];
  change(json);
  return JSON.stringify(json);
}

describe('parseExchangeFile of valid files', () => {
  it('reads a ballot back exactly as it was built', () => {
    const ballot = sampleBallot();
    expect(parseExchangeFile(JSON.stringify(ballot))).toEqual({ ok: true, kind: 'ballot', ballot });
  });

  it('reads an invitation back exactly as it was built', () => {
    const invitation = buildInvitation(makeAssessment({ name: 'Łódzki Klaster' }), '0.1.0', NOW);
    expect(parseExchangeFile(JSON.stringify(invitation, null, 2))).toEqual({ ok: true, kind: 'invitation', invitation });
  });

  it('still reads the invitation and ballot files of format version 1 (tests/fixtures)', () => {
    const invitation = parseExchangeFile(fixture('invitation-v1.json'));
    expect(invitation).toMatchObject({ ok: true, kind: 'invitation', invitation: { assessment: { name: 'Kaszubski Klaster Innowacji Społecznych', mode: 'create' } } });
    const ballot = parseExchangeFile(fixture('ballot-v1.json'));
    expect(ballot).toMatchObject({
      ok: true,
      kind: 'ballot',
      ballot: { assessmentId: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b', participant: { label: 'Małgorzata Żółkiewska', sector: 'social' } },
    });
    if (ballot.ok && ballot.kind === 'ballot') {
      expect(ballot.ballot.ratings.coordination.baseline).toEqual({ value: 'unknown', note: 'Nie wiem, kto koordynuje.' });
      expect(ballot.ballot.ratings.collaboration.ideal.value).toBeNull();
    }
  });
});

describe('parseExchangeFile refuses', () => {
  const cases: [string, () => string, BallotFileError, string][] = [
    ['a file that is not JSON', () => '{"format": "csei-navigator-ballot",', 'not-json', ''],
    ['a backup file', () => JSON.stringify({ format: 'csei-navigator', formatVersion: 1, assessments: [] }), 'unknown-format', 'format'],
    ['a real backup, nested deeper than a ballot', () => JSON.stringify(buildBackup([makeAssessment()], '0.1.0', NOW)), 'unknown-format', 'format'],
    ['a JSON array', () => '[1, 2, 3]', 'unknown-format', 'format'],
    ['a ballot of a newer format version', () => edited((j) => (j.formatVersion = 2)), 'newer-format', '2'],
    ['an invitation of a newer format version', () => JSON.stringify({ format: 'csei-navigator-invitation', formatVersion: 7 }), 'newer-format', '7'],
    ['a __proto__ key', () => JSON.stringify(sampleBallot()).replace('{', '{"__proto__": {"polluted": true}, '), 'forbidden-key', ''],
    ['a constructor key deep inside', () => edited((j) => (j.ratings.finance = { ...j.ratings.finance, constructor: { value: 1 } })), 'forbidden-key', ''],
    ['nesting deeper than a ballot has', () => edited((j) => (j.ratings.finance = { baseline: { value: { deeper: [1] } } })), 'too-deep', ''],
    ['a million levels of nesting, deeper than any file of the app (read from the text)', () => '['.repeat(1_000_000) + ']'.repeat(1_000_000), 'unknown-format', 'format'],
    ['a creation time Date.parse reads but the app never writes', () => edited((j) => (j.createdAt = 'March 5')), 'invalid', 'createdAt'],
    ['a creation time on 30 February', () => edited((j) => (j.createdAt = '2026-02-30T10:00:00.000Z')), 'invalid', 'createdAt'],
    ['an unknown dimension id', () => edited((j) => (j.ratings.happiness = j.ratings.finance ?? {})), 'invalid', 'ratings.happiness'],
    ['a missing dimension', () => edited((j) => delete j.ratings.purpose), 'invalid', 'ratings.purpose'],
    ['a rating of 6', () => edited((j) => ((j.ratings.finance ?? {}).ideal = { value: 6, note: '' })), 'invalid', 'ratings.finance.ideal.value'],
    ['a rating as text', () => edited((j) => ((j.ratings.finance ?? {}).ideal = { value: '3', note: '' })), 'invalid', 'ratings.finance.ideal.value'],
    ['a rating of 2.5', () => edited((j) => ((j.ratings.finance ?? {}).ideal = { value: 2.5, note: '' })), 'invalid', 'ratings.finance.ideal.value'],
    ['an empty participant label', () => edited((j) => (j.participant = { id: 'p1', label: '  ', sector: null })), 'invalid', 'participant.label'],
    ['an unknown sector', () => edited((j) => (j.participant = { id: 'p1', label: 'A', sector: 'church' })), 'invalid', 'participant.sector'],
    ['a creation time that is not a date', () => edited((j) => (j.createdAt = 'yesterday')), 'invalid', 'createdAt'],
    [
      'an invitation without all eight dimensions',
      () => JSON.stringify({ ...buildInvitation(makeAssessment(), '0.1.0', NOW), dimensions: DIMENSION_IDS.slice(1) }),
      'invalid',
      'dimensions',
    ],
    ['a file above the size limit', () => ' '.repeat(MAX_BALLOT_BYTES + 1), 'too-large', ''],
  ];

  it.each(cases)('%s', (_what, text, error, detail) => {
    expect(refusal(text())).toEqual({ error, detail });
  });
});

const ratingValue = fc.constantFrom<RatingValue[]>(1, 2, 3, 4, 5, 'na', 'unknown', null);
const polish = fc.string({ unit: fc.constantFrom(...'aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźżAĄĆĘŁŃÓŚŹŻ „”–’ 0123456789'.split('')) });
const note = fc.oneof(fc.string({ maxLength: 200 }), polish);

describe('round trip', () => {
  it('build → JSON → parse gives back the same ballot for any ratings, notes, labels and sectors', () => {
    fc.assert(
      fc.property(
        polish.filter((s) => s.trim().length > 0 && s.trim().length <= 200),
        fc.constantFrom(null, ...SECTORS),
        fc.array(fc.record({ baseline: fc.record({ value: ratingValue, note }), ideal: fc.record({ value: ratingValue, note }) }), {
          minLength: 8,
          maxLength: 8,
        }),
        (label, sector, values) => {
          let draft: BallotDraft = { ...newBallotDraft({ id: 'a1', name: 'K', region: '', mode: 'evaluate' }, { participantId: 'p1', now: NOW }), label, sector };
          DIMENSION_IDS.forEach((id, i) => {
            const v = values[i];
            if (!v) return;
            draft = setBallotRating(setBallotRating(draft, id, 'baseline', v.baseline), id, 'ideal', v.ideal);
          });
          const ballot = buildBallot(draft, '0.1.0', NOW);
          expect(parseExchangeFile(JSON.stringify(ballot))).toEqual({ ok: true, kind: 'ballot', ballot });
          expect(ballot.participant.label).toBe(label.trim());
        },
      ),
      { numRuns: 150 },
    );
  });
});
