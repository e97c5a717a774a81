/**
 * The sections of the report, named once: every format (summary screen and print, Word, Markdown) shows
 * each section that has content and leaves out the ones with nothing entered. tests/repo/report-formats
 * checks every format against this list.
 */
import type { ReportGoal, ReportModel } from './report';

export const REPORT_SECTIONS = [
  'meta',
  'resources',
  'profile',
  'evidence',
  'goodLooksLike',
  'evaluation',
  'vision',
  'successChecks',
  'workshop',
  'focus',
  'goals',
  'verdicts',
  'roadmap',
  'timeline',
  'monitoring',
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

function filled(text: string): boolean {
  return text.trim() !== '';
}

/** True when a goal has a monitoring routine worth showing. */
export function hasRoutine(goal: ReportGoal): boolean {
  const m = goal.monitoring;
  return filled(m.reviewer) || m.frequency !== null || m.indicators.length > 0 || filled(m.note);
}

const HAS: Record<ReportSectionId, (r: ReportModel) => boolean> = {
  meta: () => true,
  resources: (r) => r.resources.length > 0,
  profile: (r) => r.profile.some((row) => row.baseline !== null || row.ideal !== null),
  evidence: (r) => r.profile.some((row) => filled(row.baselineNote) || filled(row.idealNote)),
  goodLooksLike: (r) => r.profile.some((row) => filled(row.goodLooksLike)),
  evaluation: (r) => r.meta.mode === 'evaluate' && r.profile.some((row) => [row.strengths, row.gaps, row.constraints].some(filled)),
  vision: (r) => [r.vision.purpose, r.vision.highPerformance, r.vision.statement, r.vision.experienceNote].some(filled) || r.vision.experience.length > 0 || r.vision.successFactors.length > 0,
  successChecks: (r) => r.meta.mode === 'evaluate' && r.vision.successFactors.some((f) => f.check !== null || filled(f.checkNote)),
  workshop: (r) => r.workshop !== null,
  focus: (r) => r.focus.length > 0,
  goals: (r) => r.goals.length > 0,
  verdicts: (r) => r.meta.mode === 'evaluate' && r.goals.some((g) => g.verdict !== null),
  roadmap: (r) => r.goals.some((g) => g.measures.length > 0),
  timeline: (r) => r.timeline.length > 0,
  monitoring: (r) => r.goals.some(hasRoutine),
};

/** Whether the report has anything to show in a section. */
export function hasSection(report: ReportModel, section: ReportSectionId): boolean {
  return HAS[section](report);
}

/** The sections of the report that have content, in the report's order. */
export function reportSections(report: ReportModel): ReportSectionId[] {
  return REPORT_SECTIONS.filter((s) => HAS[s](report));
}
