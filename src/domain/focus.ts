import type { DimensionId } from './dimensions';

/** Step 3 (DECIDE): the focus dimensions and the timeframe of the plan. */
export type FocusEntry = {
  dimension: DimensionId;
  rationale: string;
};

/** Evaluation mode: review existing priorities, or set the next phase's. */
export type EvaluationSubmode = 'review' | 'next-phase' | null;

export type Timeframe = {
  /** ISO dates (YYYY-MM-DD) or empty. */
  start: string;
  end: string;
};

export type Decision = {
  focus: FocusEntry[];
  timeframe: Timeframe;
  secondPhase: { dimensions: DimensionId[]; timeframe: Timeframe };
  evaluationSubmode: EvaluationSubmode;
};

/** The method recommends about three focus dimensions. */
export const RECOMMENDED_FOCUS_COUNT = 3;

/** A decision with nothing chosen yet. */
export function emptyDecision(): Decision {
  return {
    focus: [],
    timeframe: { start: '', end: '' },
    secondPhase: { dimensions: [], timeframe: { start: '', end: '' } },
    evaluationSubmode: null,
  };
}
