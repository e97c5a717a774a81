/** Step 2 (DEFINE): purpose, vision and the non-negotiable success factors. */
export const EXPERIENCE_FORMS = ['platform', 'network', 'support', 'service'] as const;
export type ExperienceForm = (typeof EXPERIENCE_FORMS)[number];

/** The four success factors the method names; groups may add their own ("custom"). */
export const SUCCESS_FACTOR_KINDS = ['legitimacy', 'governance', 'resilience', 'inclusion'] as const;
export type SuccessFactorKind = (typeof SUCCESS_FACTOR_KINDS)[number] | 'custom';

/** Evaluation mode: is this success factor still shared by the stakeholders? */
export type SharedCheck = 'yes' | 'partly' | 'no' | null;

export type SuccessFactor = {
  id: string;
  kind: SuccessFactorKind;
  /** The group's own wording; required for custom factors, optional for the named ones. */
  label: string;
  note: string;
  selected: boolean;
  check: SharedCheck;
  checkNote: string;
};

export type Vision = {
  /** The problem the cluster helps solve. */
  purpose: string;
  highPerformance: string;
  experience: ExperienceForm[];
  experienceNote: string;
  successFactors: SuccessFactor[];
  statement: string;
};

/** A vision with the four named success factors offered but not yet selected. */
export function emptyVision(): Vision {
  return {
    purpose: '',
    highPerformance: '',
    experience: [],
    experienceNote: '',
    successFactors: SUCCESS_FACTOR_KINDS.map((kind) => ({
      id: kind,
      kind,
      label: '',
      note: '',
      selected: false,
      check: null,
      checkNote: '',
    })),
    statement: '',
  };
}
