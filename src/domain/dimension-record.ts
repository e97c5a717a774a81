import type { DimensionId } from './dimensions';
import { DIMENSION_IDS } from './dimensions';
import type { AgreedValue, ParticipantRating } from './participants';
import type { Rating } from './rating';
import { emptyRating } from './rating';

/** Tags the group sets in step 3 (DECIDE). */
export type DimensionTags = {
  bottleneck: boolean;
  leverage: boolean;
  feasible: boolean;
};

/** A ticked "what to think about" point of the dimension's guidance, with the group's note. */
export type ChecklistEntry = {
  checked: boolean;
  note: string;
};

/** Everything the assessment records about one dimension of the spider. */
export type DimensionRecord = {
  baseline: Rating;
  ideal: Rating;
  goodLooksLike: string;
  /** Keyed by the id of the guidance point. */
  checklist: Record<string, ChecklistEntry>;
  tags: DimensionTags;
  /** Evaluation mode (maturity snapshot). */
  strengths: string;
  gaps: string;
  constraints: string;
  participantRatings: ParticipantRating[];
  agreed: AgreedValue;
};

/** A dimension with nothing rated or written yet. */
export function emptyDimensionRecord(): DimensionRecord {
  return {
    baseline: emptyRating(),
    ideal: emptyRating(),
    goodLooksLike: '',
    checklist: {},
    tags: { bottleneck: false, leverage: false, feasible: false },
    strengths: '',
    gaps: '',
    constraints: '',
    participantRatings: [],
    agreed: { baseline: null, ideal: null, note: '' },
  };
}

/** All eight dimensions, empty. */
export function emptyDimensions(): Record<DimensionId, DimensionRecord> {
  return Object.fromEntries(DIMENSION_IDS.map((id) => [id, emptyDimensionRecord()])) as Record<
    DimensionId,
    DimensionRecord
  >;
}
