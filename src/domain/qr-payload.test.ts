import fc from 'fast-check';
import { correction, generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { MODES } from './assessment';
import type { BallotRatings } from './ballot';
import type { BallotEnvelope } from './ballot-format';
import { BALLOT_FORMAT } from './ballot-format';
import { toBase64Url } from './compact-bytes';
import { DIMENSION_IDS } from './dimensions';
import { SECTORS } from './participants';
import type { InvitationPayload, PayloadError, PayloadResult } from './qr-payload';
import { decodeBallot, decodeInvitation, encodeBallot, encodeInvitation, MAX_PAYLOAD_CHARS } from './qr-payload';
import { parseBallotPayload, parseInvitationPayload } from './qr-parse';

const UUID = '3f2a9c1e-7b4d-4e8a-b1c2-d3e4f5a6b7c8';
const PID = '0b6f2c3e-4a1d-4c2b-9e7f-1a2b3c4d5e6f';
const wellFormed = (max: number) => fc.string({ unit: 'binary', maxLength: max }).filter((t) => !/[\uD800-\uDFFF]/u.test(t));
const anyId = fc.oneof(fc.uuid().map((u) => u.toLowerCase()), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 100 }));
const ratingValue = fc.constantFrom(null, 1, 2, 3, 4, 5, 'na' as const, 'unknown' as const);

const invitationArb: fc.Arbitrary<InvitationPayload> = fc.record({
  assessment: fc.record({ id: anyId, name: wellFormed(200), region: wellFormed(500), mode: fc.constantFrom(...MODES) }),
  participantId: fc.option(anyId, { nil: null }),
});

const ballotArb: fc.Arbitrary<BallotEnvelope> = fc.record({
  format: fc.constant(BALLOT_FORMAT),
  formatVersion: fc.constant(1),
  appVersion: fc.constant(''),
  createdAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  assessmentId: anyId,
  participant: fc.record({ id: anyId, label: wellFormed(200), sector: fc.constantFrom(null, ...SECTORS) }),
  ratings: fc
    .array(fc.tuple(ratingValue, ratingValue), { minLength: DIMENSION_IDS.length, maxLength: DIMENSION_IDS.length })
    .map(
      (pairs) =>
        Object.fromEntries(
          DIMENSION_IDS.map((d, i) => [d, { baseline: { value: pairs[i]?.[0] ?? null, note: '' }, ideal: { value: pairs[i]?.[1] ?? null, note: '' } }]),
        ) as BallotRatings,
    ),
});

function sampleBallot(): BallotEnvelope {
  const ratings = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { baseline: { value: 3, note: 'a note' }, ideal: { value: 'na', note: '' } }])) as BallotRatings;
  return {
    format: BALLOT_FORMAT,
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-03-14T10:00:00.123Z',
    assessmentId: UUID,
    participant: { id: PID, label: 'Anna Żółkiewska', sector: 'social' },
    ratings,
  };
}

const sampleInvitation: InvitationPayload = { assessment: { id: UUID, name: 'Kaszubski klaster', region: 'Pomorskie', mode: 'evaluate' }, participantId: null };

function error(result: PayloadResult<unknown>): PayloadError | 'accepted' {
  return result.ok ? 'accepted' : result.error;
}

describe('encodeInvitation / decodeInvitation', () => {
  it('gives back every invitation exactly', () => {
    fc.assert(
      fc.property(invitationArb, (payload) => {
        expect(decodeInvitation(encodeInvitation(payload))).toEqual({ ok: true, value: payload });
      }),
    );
  });

  it('carries a participant id only when the invitation is personal', () => {
    const open = encodeInvitation(sampleInvitation);
    const personal = encodeInvitation({ ...sampleInvitation, participantId: PID });
    expect(personal.length).toBeGreaterThan(open.length);
    expect(decodeInvitation(personal)).toMatchObject({ ok: true, value: { participantId: PID } });
  });
});

describe('encodeBallot / decodeBallot', () => {
  it('gives back every ballot exactly (the QR code never holds notes)', () => {
    fc.assert(
      fc.property(ballotArb, (ballot) => {
        expect(decodeBallot(encodeBallot(ballot))).toEqual({ ok: true, value: ballot });
      }),
    );
  });

  it('drops the notes and the app version, keeps everything else, in 90 characters or fewer', () => {
    const ballot = sampleBallot();
    const text = encodeBallot(ballot);
    expect(text.length).toBeLessThanOrEqual(90);
    const decoded = decodeBallot(text);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.createdAt).toBe(ballot.createdAt);
    expect(decoded.value.participant).toEqual(ballot.participant);
    expect(decoded.value.ratings.finance).toEqual({ baseline: { value: 3, note: '' }, ideal: { value: 'na', note: '' } });
    expect(decoded.value.appVersion).toBe('');
  });
});

/** The QR version lean-qr picks for a text at error level M. */
function qrVersion(text: string): number {
  return (generate(text, { minCorrectionLevel: correction.M, maxCorrectionLevel: correction.M }).size - 17) / 4;
}

describe('the join link as a QR code', () => {
  // A published address of 40 characters and a long Polish region; the personal invitation is the larger one.
  const base = 'https://www.pomorskie.eu/csei-navigator/#/join/';
  const region = 'Województwo Zachodniopomorskie';
  const names = {
    'plain English': 'Kashubian Social Economy Cluster ',
    'Polish, every letter with a diacritic and a capital': 'ŻÓŁĆĄĘŚŃŹżółćąęśńź',
    'Polish in a sentence': 'Źdźbło Łąki Żółć Gęśla Jaźń ',
  };
  const cases = Object.entries(names).flatMap(([kind, text]) => [20, 40, 60].map((n) => [kind, n, Array.from(text.repeat(10)).slice(0, n).join('')] as const));

  it.each(cases)('stays at version 10 or lower for a %s name of %i characters', (_, n, name) => {
    expect(Array.from(name)).toHaveLength(n);
    for (const participantId of [null, PID]) {
      const link = base + encodeInvitation({ assessment: { id: UUID, name, region, mode: 'evaluate' }, participantId });
      expect(qrVersion(link)).toBeLessThanOrEqual(10);
    }
  });

  it('goes past version 10 only with names in other scripts (the bound is for names around the Baltic)', () => {
    const cyrillic = 'Кластер соціальної економіки Києва та області Київщини і'.slice(0, 60);
    const link = base + encodeInvitation({ assessment: { id: UUID, name: cyrillic, region, mode: 'evaluate' }, participantId: PID });
    expect(qrVersion(link)).toBeGreaterThan(10);
  });

  it('a ballot with a 60-character Polish label stays at version 10 or lower too', () => {
    const label = Array.from('Żółkiewska-Gęślińska Łucja '.repeat(3)).slice(0, 60).join('');
    expect(qrVersion(encodeBallot({ ...sampleBallot(), participant: { id: PID, label, sector: 'academia' } }))).toBeLessThanOrEqual(10);
  });
});

describe('hostile fragments', () => {
  const valid = encodeInvitation(sampleInvitation);
  const validBytes = Buffer.from(valid, 'base64url');
  const withBytes = (change: (b: number[]) => void) => {
    const b = Array.from(validBytes);
    change(b);
    return toBase64Url(Uint8Array.from(b));
  };

  it.each<[string, string, PayloadError]>([
    ['empty', '', 'not-a-payload'],
    ['a whole URL', 'https://example.org/#/join/EQ', 'not-a-payload'],
    ['percent-encoded', `%45${valid}`, 'not-a-payload'],
    ['with padding', `${valid}==`, 'not-a-payload'],
    ['JSON', '{"format":"csei-navigator-invitation"}', 'not-a-payload'],
    ['a script', '<script>alert(1)</script>', 'not-a-payload'],
    ['an unknown kind', withBytes((b) => (b[0] = 0x31)), 'not-a-payload'],
    ['a ballot where an invitation belongs', encodeBallot(sampleBallot()), 'other-kind'],
    ['layout version 0', withBytes((b) => (b[0] = 0x10)), 'invalid'],
    ['a newer layout version', withBytes((b) => (b[0] = 0x12)), 'newer-format'],
    ['reserved flag bits set', withBytes((b) => (b[1] = (b[1] ?? 0) | 0x40)), 'invalid'],
    ['a participant flag with no participant id', withBytes((b) => (b[1] = (b[1] ?? 0) | 2)), 'invalid'],
    ['a byte after the last field', withBytes((b) => b.push(0)), 'invalid'],
    ['an unknown text encoding', withBytes((b) => (b[1] = (b[1] ?? 0) | 0x0c)), 'invalid'],
    ['too long to read', 'A'.repeat(MAX_PAYLOAD_CHARS + 1), 'too-large'],
  ])('refuses %s', (_, text, expected) => {
    expect(error(parseInvitationPayload(text))).toBe(expected);
  });

  it('accepts the longest fragment it reads, and refuses one character more', () => {
    // At the limit the text is read (and refused as not one of ours); one past it is not read at all.
    expect(error(parseInvitationPayload('A'.repeat(MAX_PAYLOAD_CHARS)))).toBe('not-a-payload');
    expect(error(parseInvitationPayload('A'.repeat(MAX_PAYLOAD_CHARS + 1)))).toBe('too-large');
  });

  it('refuses every cut-short invitation and ballot', () => {
    for (const text of [valid, encodeBallot(sampleBallot())]) {
      for (let end = 0; end < text.length; end++) {
        const cut = text.slice(0, end);
        expect(error(text === valid ? parseInvitationPayload(cut) : parseBallotPayload(cut))).not.toBe('accepted');
      }
    }
  });

  it('refuses a changed byte of a ballot where the change makes it unreadable, never reading past its end', () => {
    const bytes = Buffer.from(encodeBallot(sampleBallot()), 'base64url');
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const b = Uint8Array.from(bytes);
        b[at] = value;
        const result = parseBallotPayload(toBase64Url(b));
        // Either refused with a code, or a ballot that passes the ballot file's schema.
        if (result.ok) expect(result.value.format).toBe(BALLOT_FORMAT);
        else expect(['invalid', 'not-a-payload', 'other-kind', 'newer-format']).toContain(result.error);
      }),
    );
  });

  it.each<[string, (b: number[]) => void]>([
    ['sector code 5', (b) => (b[1] = ((b[1] ?? 0) & ~7) | 5)],
    ['rating code 8', (b) => (b[b.length - 20] = 0x88)],
  ])('refuses a ballot with %s', (_, change) => {
    const b = [...Buffer.from(encodeBallot({ ...sampleBallot(), participant: { id: PID, label: 'Anna Nowak Kowalska', sector: null } }), 'base64url')];
    change(b);
    expect(error(parseBallotPayload(toBase64Url(Uint8Array.from(b))))).toBe('invalid');
  });

  it.each<[string, InvitationPayload]>([
    ['an empty name', { ...sampleInvitation, assessment: { ...sampleInvitation.assessment, name: '' } }],
    ['a name of spaces only', { ...sampleInvitation, assessment: { ...sampleInvitation.assessment, name: '   ' } }],
    ['a name of 201 characters', { ...sampleInvitation, assessment: { ...sampleInvitation.assessment, name: 'a'.repeat(201) } }],
    ['a region of 501 characters', { ...sampleInvitation, assessment: { ...sampleInvitation.assessment, region: 'a'.repeat(501) } }],
    ['an id of 101 characters', { ...sampleInvitation, assessment: { ...sampleInvitation.assessment, id: 'a'.repeat(101) } }],
    ['a participant id of 101 characters', { ...sampleInvitation, participantId: 'p'.repeat(101) }],
  ])('applies the invitation file rules: refuses %s', (_, payload) => {
    expect(error(parseInvitationPayload(encodeInvitation(payload)))).toBe('invalid');
  });

  it('applies the invitation file rules at the limits: a name of 200 and a region of 500 characters are read', () => {
    const payload = { ...sampleInvitation, assessment: { ...sampleInvitation.assessment, name: 'ą'.repeat(200), region: 'ź'.repeat(500) } };
    expect(parseInvitationPayload(encodeInvitation(payload))).toEqual({ ok: true, value: payload });
  });

  it.each<[string, Partial<BallotEnvelope['participant']>, boolean]>([
    ['an empty label', { label: '' }, false],
    ['a label of 201 characters', { label: 'ł'.repeat(201) }, false],
    ['a label of 200 characters', { label: 'ł'.repeat(200) }, true],
  ])('applies the ballot file rules to %s', (_, change, accepted) => {
    const ballot = sampleBallot();
    const text = encodeBallot({ ...ballot, participant: { ...ballot.participant, ...change } });
    expect(error(parseBallotPayload(text))).toBe(accepted ? 'accepted' : 'invalid');
  });

  it('refuses a ballot dated after the year 9999 (the file schema reads no such time)', () => {
    const text = encodeBallot({ ...sampleBallot(), createdAt: new Date(2 ** 48 - 1).toISOString() });
    expect(error(parseBallotPayload(text))).toBe('invalid');
  });
});
