/**
 * Schema version 2: workshop mode.
 * - Participants remember whether their ratings came from a ballot file (ballotCreatedAt, null before).
 * - The assessment records whether the participants' ratings are revealed. Version 1 always counted
 *   them, so a record that already holds participant ratings starts revealed: nothing the group saw disappears.
 * - A new table keeps the ballots a participant fills on their own device (no assessment rows change for it).
 */
import type { StoredRow } from './index';

const isRow = (value: unknown): value is StoredRow => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasParticipantRatings(dimensions: unknown): boolean {
  if (typeof dimensions !== 'object' || dimensions === null) return false;
  return Object.values(dimensions as Record<string, unknown>).some((record) => {
    const ratings = (record as { participantRatings?: unknown } | null)?.participantRatings;
    return Array.isArray(ratings) && ratings.length > 0;
  });
}

export function addWorkshop(row: StoredRow): StoredRow {
  const participants = Array.isArray(row.participants) ? (row.participants as unknown[]) : [];
  return {
    ...row,
    // An item that is not a participant (a damaged file) is left as it is, for the schema to refuse.
    participants: participants.map((p) => (isRow(p) ? { ...p, ballotCreatedAt: p.ballotCreatedAt ?? null } : p)),
    workshop: { revealed: hasParticipantRatings(row.dimensions) },
  };
}
