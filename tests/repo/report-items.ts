/**
 * What a reader must find in every format, section by section of the report model. The record is
 * keyed by every section id, so a section added to REPORT_SECTIONS does not compile here until it
 * says what marks it in a file.
 */
import type { ReportModel } from '@/domain/report';
import type { ReportSectionId } from '@/domain/report-sections';
import type { ReportText } from '@/export/report-text';
import {
  agreedNotes,
  dimensionNotes,
  distribution,
  flaggedLine,
  participantNoteGroups,
  resourceGroups,
  successCheckRows,
  timelineRows,
  verdictRows,
  workshopFacts,
} from '@/export/report-words';

const filled = (s: string) => s.trim() !== '';

export function reportItems(report: ReportModel, text: ReportText): Record<ReportSectionId, string[]> {
  const w = report.workshop;
  return {
    meta: [report.meta.name, report.meta.region, report.meta.facilitator].filter(filled),
    resources: resourceGroups(report, text).flatMap((g) => [g.title, ...g.rows.flatMap((r) => [r.name, r.note])]),
    profile: report.profile.map((row) => text.dimension(row.dimension)),
    evidence: report.profile.flatMap((row) => [row.baselineNote, row.idealNote]).filter(filled),
    goodLooksLike: report.profile.map((row) => row.goodLooksLike).filter(filled),
    evaluation: dimensionNotes(report, text)
      .flatMap((d) => d.items)
      .filter((i) => [text.t('report.strengths'), text.t('report.gaps'), text.t('report.constraints')].includes(i.label))
      .map((i) => i.text),
    vision: [report.vision.statement, report.vision.purpose, report.vision.highPerformance].filter(filled),
    successChecks: successCheckRows(report, text).flat(),
    workshop: w
      ? [
          ...workshopFacts(w, text),
          ...(w.revealed ? [flaggedLine(w, text), ...w.rows.flatMap((r) => [distribution(r.baseline, text), distribution(r.ideal, text)])] : [text.t('report.notRevealed')]),
          ...agreedNotes(w, text),
          ...participantNoteGroups(w, text).flatMap((g) => g.notes),
        ]
      : [],
    focus: report.focus.map((f) => f.rationale).filter(filled),
    goals: report.goals.map((g) => g.statement).filter(filled),
    verdicts: verdictRows(report, text).map((r) => r[2] ?? ''),
    roadmap: report.goals.flatMap((g) => g.measures.flatMap((m) => [m.title, m.owner])).filter(filled),
    timeline: timelineRows(report, text).flatMap((r) => [r[2] ?? '', r[4] ?? '']),
    monitoring: report.goals.map((g) => g.monitoring.reviewer).filter(filled),
  };
}
