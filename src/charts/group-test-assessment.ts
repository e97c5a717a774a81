/** Test helper: an assessment with participants who rated some dimensions, revealed or not. */
import type { Assessment } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import type { RatingValue } from '@/domain/rating';
import { addParticipant, reveal, setAgreed, setParticipantRating } from '@/domain/workshop';
import { makeAssessment } from '@/lib/test-assessment';

/** Per dimension, each participant's [baseline, ideal] in participant order. */
export type GroupRatings = Partial<Record<DimensionId, readonly (readonly [RatingValue, RatingValue])[]>>;

export function groupAssessment(
  ratings: GroupRatings,
  { participants = 4, revealed = true, agreed = {} }: { participants?: number; revealed?: boolean; agreed?: Partial<Record<DimensionId, [RatingValue, RatingValue]>> } = {},
): Assessment {
  let a = makeAssessment();
  for (let i = 0; i < participants; i += 1) a = addParticipant(a, { id: `p${String(i + 1)}`, label: `Participant ${String(i + 1)}`, sector: null });
  for (const [dimension, values] of Object.entries(ratings) as [DimensionId, readonly (readonly [RatingValue, RatingValue])[]][]) {
    values.forEach(([baseline, ideal], i) => {
      const pid = `p${String(i + 1)}`;
      a = setParticipantRating(a, pid, dimension, 'baseline', { value: baseline, note: '' });
      a = setParticipantRating(a, pid, dimension, 'ideal', { value: ideal, note: '' });
    });
  }
  for (const [dimension, [baseline, ideal]] of Object.entries(agreed) as [DimensionId, [RatingValue, RatingValue]][]) {
    a = setAgreed(a, dimension, { baseline, ideal, note: '' });
  }
  return revealed ? reveal(a) : a;
}
