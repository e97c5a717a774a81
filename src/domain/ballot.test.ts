import { describe, expect, it } from 'vitest';
import type { InvitedAssessment } from './ballot';
import { ballotProgress, newBallotDraft, refreshFromInvitation, setBallotRating, validateLabel } from './ballot';
import { DIMENSION_IDS } from './dimensions';

const invited: InvitedAssessment = { id: 'a1', name: 'Kaszubski Klaster', region: 'Pomorskie', mode: 'create' };
const NOW = '2026-03-14T09:00:00.000Z';

describe('newBallotDraft', () => {
  it('starts with all eight dimensions unrated, no label and the participant id it is given', () => {
    const draft = newBallotDraft(invited, { participantId: 'p1', now: NOW });
    expect(Object.keys(draft.ratings)).toEqual([...DIMENSION_IDS]);
    expect(ballotProgress(draft.ratings)).toEqual({ done: 0, total: 16 });
    expect(draft).toMatchObject({ assessmentId: 'a1', assessmentName: 'Kaszubski Klaster', participantId: 'p1', label: '', sector: null, lastExportAt: null });
  });
});

describe('setBallotRating and ballotProgress', () => {
  it('counts every answer, n/a and "don\'t know" included, and leaves the draft it was given alone', () => {
    const draft = newBallotDraft(invited, { participantId: 'p1', now: NOW });
    const one = setBallotRating(draft, 'finance', 'baseline', { value: 2, note: 'one funder' });
    const two = setBallotRating(one, 'finance', 'ideal', { value: 'unknown', note: '' });
    const three = setBallotRating(two, 'services', 'baseline', { value: 'na', note: '' });
    expect(ballotProgress(three.ratings)).toEqual({ done: 3, total: 16 });
    expect(three.ratings.finance.baseline).toEqual({ value: 2, note: 'one funder' });
    expect(ballotProgress(draft.ratings).done).toBe(0);
    expect(ballotProgress(setBallotRating(three, 'finance', 'ideal', { value: null, note: '' }).ratings).done).toBe(2);
  });
});

describe('refreshFromInvitation', () => {
  it('takes a renamed assessment from a newer invitation and keeps the ratings and the participant id', () => {
    const draft = setBallotRating(newBallotDraft(invited, { participantId: 'p1', now: NOW }), 'purpose', 'ideal', { value: 5, note: '' });
    const refreshed = refreshFromInvitation(draft, { ...invited, name: 'Klaster Kaszubski' });
    expect(refreshed.assessmentName).toBe('Klaster Kaszubski');
    expect(refreshed.participantId).toBe('p1');
    expect(refreshed.ratings.purpose.ideal.value).toBe(5);
    expect(refreshFromInvitation(draft, invited)).toBe(draft);
  });
});

describe('validateLabel', () => {
  it('asks for a name or label and accepts one of up to 200 characters', () => {
    expect(validateLabel('   ')).toBe('label-required');
    expect(validateLabel('Anna')).toBeNull();
    expect(validateLabel('x'.repeat(200))).toBeNull();
    expect(validateLabel('x'.repeat(201))).toBe('label-too-long');
  });
});
