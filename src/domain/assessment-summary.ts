/**
 * What the home list shows of one assessment. The storage keeps one summary per assessment in its own
 * table, written in the same transaction as the record (src/storage), so that the list reads a few hundred
 * bytes per assessment instead of whole records. Pure: built only from the record.
 */
import type { Assessment, Language, Mode } from './assessment';
import { completedSteps } from './steps';

export type AssessmentSummary = {
  id: string;
  revision: number;
  name: string;
  region: string;
  mode: Mode;
  facilitator: string;
  /** Date of the session (YYYY-MM-DD), or ''. */
  date: string;
  createdAt: string;
  updatedAt: string;
  language: Language;
  /** How many of the five steps are complete. */
  done: number;
};

export function summarize(a: Assessment): AssessmentSummary {
  return {
    id: a.id,
    revision: a.revision,
    name: a.name,
    region: a.region,
    mode: a.mode,
    facilitator: a.facilitator,
    date: a.date,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    language: a.language,
    done: completedSteps(a),
  };
}

/** Newest change first. */
export function byUpdatedDesc(a: { updatedAt: string }, b: { updatedAt: string }): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}
