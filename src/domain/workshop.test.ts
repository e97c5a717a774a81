import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { Assessment } from './assessment';
import { DIMENSION_IDS } from './dimensions';
import {
  addParticipant,
  editParticipant,
  hideRatings,
  participantRating,
  removeParticipant,
  reveal,
  setAgreed,
  setParticipantRating,
} from './workshop';

/** Two participants: Anna rated finance and services, Ben rated finance. */
function twoRaters(): Assessment {
  let a = makeAssessment();
  a = addParticipant(a, { id: 'anna', label: '  Anna  ', sector: 'public' });
  a = addParticipant(a, { id: 'ben', label: 'Ben', sector: null });
  a = setParticipantRating(a, 'anna', 'finance', 'baseline', { value: 2, note: 'one project' });
  a = setParticipantRating(a, 'anna', 'services', 'ideal', { value: 5, note: '' });
  a = setParticipantRating(a, 'ben', 'finance', 'baseline', { value: 4, note: '' });
  return a;
}

/** Deep copy to compare against after an edit. */
const copy = (a: Assessment): Assessment => structuredClone(a);

describe('addParticipant and editParticipant', () => {
  it('adds a participant rating on this device, with a trimmed label, and never changes the input', () => {
    const before = makeAssessment();
    const frozen = copy(before);
    const after = addParticipant(before, { id: 'p1', label: '  Maria K.  ', sector: 'social' });
    expect(after.participants).toEqual([{ id: 'p1', label: 'Maria K.', sector: 'social', ballotCreatedAt: null }]);
    expect(before).toEqual(frozen);
  });

  it('changes only the chosen participant’s label or sector', () => {
    const before = twoRaters();
    const frozen = copy(before);
    const after = editParticipant(before, 'ben', { sector: 'academia' });
    expect(after.participants.map((p) => [p.label, p.sector])).toEqual([
      ['Anna', 'public'],
      ['Ben', 'academia'],
    ]);
    expect(editParticipant(after, 'anna', { label: 'Anna N.' }).participants[0]?.label).toBe('Anna N.');
    expect(before).toEqual(frozen);
  });
});

describe('removeParticipant', () => {
  it('removes the participant and all of their ratings, and keeps the others’', () => {
    const before = twoRaters();
    const frozen = copy(before);
    const after = removeParticipant(before, 'anna');
    expect(after.participants.map((p) => p.id)).toEqual(['ben']);
    for (const id of DIMENSION_IDS) {
      expect(after.dimensions[id].participantRatings.some((r) => r.participantId === 'anna')).toBe(false);
    }
    expect(after.dimensions.finance.participantRatings).toEqual([{ participantId: 'ben', baseline: { value: 4, note: '' }, ideal: { value: null, note: '' } }]);
    expect(before).toEqual(frozen);
  });
});

describe('participantRating and setParticipantRating', () => {
  it('gives an empty rating for a dimension the participant has not rated', () => {
    expect(participantRating(twoRaters(), 'ben', 'purpose')).toEqual({
      participantId: 'ben',
      baseline: { value: null, note: '' },
      ideal: { value: null, note: '' },
    });
  });

  it('creates the participant’s rating on the first answer, leaving the other profile empty', () => {
    const before = twoRaters();
    const frozen = copy(before);
    const after = setParticipantRating(before, 'ben', 'purpose', 'ideal', { value: 'unknown', note: '' });
    expect(after.dimensions.purpose.participantRatings).toEqual([
      { participantId: 'ben', baseline: { value: null, note: '' }, ideal: { value: 'unknown', note: '' } },
    ]);
    expect(before).toEqual(frozen);
  });

  it('updates an existing rating in place, keeping the other profile and the other participants', () => {
    const before = twoRaters();
    const frozen = copy(before);
    const after = setParticipantRating(before, 'anna', 'finance', 'ideal', { value: 5, note: '' });
    expect(after.dimensions.finance.participantRatings).toEqual([
      { participantId: 'anna', baseline: { value: 2, note: 'one project' }, ideal: { value: 5, note: '' } },
      { participantId: 'ben', baseline: { value: 4, note: '' }, ideal: { value: null, note: '' } },
    ]);
    const changed = setParticipantRating(after, 'anna', 'finance', 'baseline', { value: 3, note: 'one project' });
    expect(participantRating(changed, 'anna', 'finance').baseline.value).toBe(3);
    expect(changed.dimensions.finance.participantRatings).toHaveLength(2);
    expect(before).toEqual(frozen);
  });
});

describe('reveal, hideRatings and setAgreed', () => {
  it('reveals the round and hides it again, keeping the agreed values', () => {
    const before = twoRaters();
    const frozen = copy(before);
    const revealed = reveal(before);
    expect(revealed.workshop.revealed).toBe(true);
    const agreed = setAgreed(revealed, 'finance', { baseline: 3, ideal: 'na', note: 'after the debate' });
    expect(agreed.dimensions.finance.agreed).toEqual({ baseline: 3, ideal: 'na', note: 'after the debate' });
    expect(agreed.dimensions.finance.participantRatings).toEqual(before.dimensions.finance.participantRatings);
    const hidden = hideRatings(agreed);
    expect(hidden.workshop.revealed).toBe(false);
    expect(hidden.dimensions.finance.agreed.baseline).toBe(3);
    expect(before).toEqual(frozen);
    expect(revealed.workshop.revealed).toBe(true);
  });
});
