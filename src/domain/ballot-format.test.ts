import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { newBallotDraft, setBallotRating } from './ballot';
import { ballotFileName, buildBallot, buildInvitation, invitationFileName } from './ballot-format';
import { DIMENSION_IDS } from './dimensions';

const NOW = '2026-03-14T09:00:00.000Z';

describe('buildInvitation', () => {
  it('carries only the assessment id, name, region and mode, and the eight dimension ids', () => {
    const a = makeAssessment({ name: 'Kaszubski Klaster', region: 'Kaszuby', facilitator: 'Ewa' });
    a.dimensions.finance.baseline = { value: 2, note: 'private note of the group' };
    const invitation = buildInvitation(a, '0.1.0', NOW);
    expect(invitation).toEqual({
      format: 'csei-navigator-invitation',
      formatVersion: 1,
      appVersion: '0.1.0',
      createdAt: NOW,
      assessment: { id: a.id, name: 'Kaszubski Klaster', region: 'Kaszuby', mode: 'create' },
      dimensions: [...DIMENSION_IDS],
    });
    expect(JSON.stringify(invitation)).not.toContain('private note');
  });
});

describe('buildBallot', () => {
  it('holds the participant, their eight ratings (unrated as null) and the time of the export', () => {
    const draft = setBallotRating(
      { ...newBallotDraft({ id: 'a1', name: 'K', region: '', mode: 'create' }, { participantId: 'p1', now: NOW }), label: '  Anna  ', sector: 'academia' },
      'composition',
      'baseline',
      { value: 3, note: 'dwa sektory' },
    );
    const ballot = buildBallot(draft, '0.1.0', '2026-03-14T10:00:00.000Z');
    expect(ballot).toMatchObject({
      format: 'csei-navigator-ballot',
      formatVersion: 1,
      createdAt: '2026-03-14T10:00:00.000Z',
      assessmentId: 'a1',
      participant: { id: 'p1', label: 'Anna', sector: 'academia' },
    });
    expect(Object.keys(ballot.ratings)).toEqual([...DIMENSION_IDS]);
    expect(ballot.ratings.composition.baseline).toEqual({ value: 3, note: 'dwa sektory' });
    expect(ballot.ratings.membership.ideal).toEqual({ value: null, note: '' });
  });
});

describe('file names', () => {
  it('name the cluster, the local date and the kind of file', () => {
    expect(invitationFileName('Kaszubski Klaster Łódź', '2026-03-14')).toBe('kaszubski-klaster-lodz_2026-03-14_invitation.json');
    expect(ballotFileName('Kaszubski Klaster', '2026-03-14', 'Małgorzata Żółw', 'abcdef12-0000')).toBe(
      'kaszubski-klaster_2026-03-14_ballot_malgorzata-zolw.json',
    );
  });

  it('name a participant without Latin letters by the start of their id, so that two such files differ', () => {
    expect(ballotFileName('K', '2026-03-14', 'Оксана', 'abcdef12-0000')).toBe('k_2026-03-14_ballot_abcdef12.json');
  });
});
