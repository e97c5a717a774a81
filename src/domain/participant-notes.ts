/**
 * The participants' notes as the report shows them: anonymous (no names, no order that gives away who
 * wrote which) and only those the facilitator leaves visible.
 */
import type { Assessment } from './assessment';
import type { DimensionId } from './dimensions';

export type ParticipantNote = {
  dimension: DimensionId;
  profile: 'baseline' | 'ideal';
  text: string;
};

/** Every non-empty note the participants wrote with their ratings of one dimension (trimmed). */
export function participantNotes(a: Assessment, dimension: DimensionId): ParticipantNote[] {
  return a.dimensions[dimension].participantRatings.flatMap((r) =>
    (['baseline', 'ideal'] as const).flatMap((profile) => {
      const text = r[profile].note.trim();
      return text === '' ? [] : [{ dimension, profile, text }];
    }),
  );
}

/**
 * The seam for the workshop's "hidden from projector" flag (issue 15): the notes of one dimension the
 * facilitator left visible. Today every note is visible; when notes can be hidden, filter them here and
 * every report format follows. Sorted by profile, then by text (code-unit order, the same in every
 * language and on every device), so the order never follows the list of participants.
 */
export function visibleParticipantNotes(a: Assessment, dimension: DimensionId): ParticipantNote[] {
  const rank = { baseline: 0, ideal: 1 } as const;
  return participantNotes(a, dimension).sort((x, y) => rank[x.profile] - rank[y.profile] || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
}
