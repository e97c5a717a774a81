/**
 * Workshop edits: participants, their private ratings, the reveal and the agreed values.
 * Pure functions from one assessment to the next; the editor store saves the result.
 */
import type { Assessment } from './assessment';
import type { DimensionRecord } from './dimension-record';
import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { AgreedValue, Participant, ParticipantRating, Sector } from './participants';
import type { Profile } from './aggregate';
import type { Rating } from './rating';
import { emptyRating } from './rating';

export const MAX_PARTICIPANTS = 200;

function mapDimensions(a: Assessment, recipe: (d: DimensionRecord, id: DimensionId) => DimensionRecord): Assessment {
  const dimensions = Object.fromEntries(DIMENSION_IDS.map((id) => [id, recipe(a.dimensions[id], id)])) as Assessment['dimensions'];
  return { ...a, dimensions };
}

/** Adds a participant rating on this device. */
export function addParticipant(a: Assessment, input: { id: string; label: string; sector: Sector | null }): Assessment {
  const participant: Participant = { id: input.id, label: input.label.trim(), sector: input.sector, ballotCreatedAt: null };
  return { ...a, participants: [...a.participants, participant] };
}

/** Changes a participant's label or sector. */
export function editParticipant(a: Assessment, id: string, changes: Partial<Pick<Participant, 'label' | 'sector'>>): Assessment {
  return { ...a, participants: a.participants.map((p) => (p.id === id ? { ...p, ...changes } : p)) };
}

/** Removes a participant together with all their ratings. */
export function removeParticipant(a: Assessment, id: string): Assessment {
  const without = mapDimensions(a, (d) => ({ ...d, participantRatings: d.participantRatings.filter((r) => r.participantId !== id) }));
  return { ...without, participants: a.participants.filter((p) => p.id !== id) };
}

/** The participant's rating of one dimension (empty when they have not rated it). */
export function participantRating(a: Assessment, participantId: string, dimension: DimensionId): ParticipantRating {
  return (
    a.dimensions[dimension].participantRatings.find((r) => r.participantId === participantId) ?? {
      participantId,
      baseline: emptyRating(),
      ideal: emptyRating(),
    }
  );
}

/** Sets one participant's rating of one dimension and profile. */
export function setParticipantRating(
  a: Assessment,
  participantId: string,
  dimension: DimensionId,
  profile: Profile,
  rating: Rating,
): Assessment {
  const next: ParticipantRating = { ...participantRating(a, participantId, dimension), [profile]: rating };
  const record = a.dimensions[dimension];
  const exists = record.participantRatings.some((r) => r.participantId === participantId);
  const participantRatings = exists
    ? record.participantRatings.map((r) => (r.participantId === participantId ? next : r))
    : [...record.participantRatings, next];
  return { ...a, dimensions: { ...a.dimensions, [dimension]: { ...record, participantRatings } } };
}

/** Shows every participant's ratings at once; from now on their median is in force. */
export function reveal(a: Assessment): Assessment {
  return { ...a, workshop: { ...a.workshop, revealed: true } };
}

/** Hides the ratings again for a new private round (agreed values stay). */
export function hideRatings(a: Assessment): Assessment {
  return { ...a, workshop: { ...a.workshop, revealed: false } };
}

/** Sets the value the group agreed on after discussion. */
export function setAgreed(a: Assessment, dimension: DimensionId, agreed: AgreedValue): Assessment {
  const record = a.dimensions[dimension];
  return { ...a, dimensions: { ...a.dimensions, [dimension]: { ...record, agreed } } };
}
