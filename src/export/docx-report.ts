/**
 * The Word document's sections on what the group did besides the plan: the resource map, the
 * dimensions in the group's words, the workshop, the success-factor checks and the timeline.
 */
import type { FileChild } from 'docx';
import { Paragraph } from 'docx';
import type { ReportModel } from '@/domain/report';
import type { ReportWorkshop } from '@/domain/report-workshop';
import { fact, heading1, heading2, heading3, LANDSCAPE_TEXT_WIDTH, para, spacer, table } from './docx-parts';
import type { ReportText } from './report-text';
import {
  agreedNotes,
  dimensionNotes,
  flaggedLine,
  participantNoteGroups,
  resourceGroups,
  successCheckRows,
  timelineRows,
  WORKSHOP_COLUMNS,
  workshopFacts,
  workshopRows,
} from './report-words';

function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

export function resourcesSection(report: ReportModel, text: ReportText): FileChild[] {
  return [
    heading1(text.t('report.resources'), true),
    ...resourceGroups(report, text).flatMap((g) => [heading2(g.title), ...g.rows.map((r) => fact(r.name, r.note))]),
  ];
}

export function dimensionNotesSection(report: ReportModel, text: ReportText): FileChild[] {
  return [
    heading1(text.t('report.dimensionNotes')),
    ...dimensionNotes(report, text).flatMap((d) => [heading3(d.dimension), ...d.items.map((i) => fact(i.label, i.text))]),
  ];
}

/** Share of the width per column of the group's ratings (the dimension's name gets the most). */
const WORKSHOP_SHARES: Record<(typeof WORKSHOP_COLUMNS)[number], number> = {
  dimension: 22,
  baseline: 21,
  ideal: 21,
  agreed: 20,
  discuss: 16,
};

export function workshopSection(w: ReportWorkshop, text: ReportText): FileChild[] {
  const notes = participantNoteGroups(w, text);
  return [
    heading1(text.t('report.workshop'), true),
    ...workshopFacts(w, text).map((f) => para(f)),
    ...(w.revealed
      ? [
          heading2(text.t('report.groupTitle')),
          para(text.t('report.groupIntro'), { italics: true }),
          table(
            WORKSHOP_COLUMNS.map((c) => ({ header: text.t(`report.columns.${c}`), share: WORKSHOP_SHARES[c] })),
            workshopRows(w, text),
          ),
          spacer(),
          para(flaggedLine(w, text)),
          ...agreedNotes(w, text).map(bullet),
        ]
      : [para(text.t('report.notRevealed'), { italics: true })]),
    ...(notes.length > 0 ? [heading2(text.t('report.notesTitle')), ...notes.flatMap((g) => [heading3(g.dimension), ...g.notes.map(bullet)])] : []),
  ];
}

export function successChecksSection(report: ReportModel, text: ReportText): FileChild[] {
  const c = (k: 'factor' | 'check' | 'checkNote') => text.t(`report.${k}`);
  return [
    heading2(text.t('report.successChecks')),
    table(
      [
        { header: c('factor'), share: 35 },
        { header: c('check'), share: 20 },
        { header: c('checkNote'), share: 45 },
      ],
      successCheckRows(report, text),
    ),
    spacer(),
  ];
}

/** The timeline, for the landscape section after the roadmap. */
export function timelineSection(report: ReportModel, text: ReportText): FileChild[] {
  const c = (k: 'measure' | 'dimension' | 'quarters' | 'milestones' | 'status') => text.t(`report.timelineColumns.${k}`);
  return [
    heading1(text.t('report.timeline')),
    table(
      [
        { header: c('measure'), share: 36 },
        { header: c('dimension'), share: 20 },
        { header: c('quarters'), share: 18 },
        { header: c('milestones'), share: 12 },
        { header: c('status'), share: 14 },
      ],
      timelineRows(report, text),
      LANDSCAPE_TEXT_WIDTH,
    ),
  ];
}
