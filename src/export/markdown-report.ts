/**
 * The Markdown report's sections on what the group did besides the plan: the resource map, the
 * dimensions in the group's words, the workshop, the success-factor checks and the timeline.
 */
import type { ReportModel } from '@/domain/report';
import type { ReportWorkshop } from '@/domain/report-workshop';
import { field, heading, paragraph, table } from './markdown-blocks';
import type { Lines } from './markdown-blocks';
import { escapeBlock } from './markdown-escape';
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

export function resourcesSection(report: ReportModel, text: ReportText): Lines {
  return [
    ...heading(2, text.t('report.resources')),
    ...resourceGroups(report, text).flatMap((g) => [...heading(3, g.title), ...g.rows.map((r) => field(r.name, r.note)), '']),
  ];
}

export function dimensionNotesSection(report: ReportModel, text: ReportText): Lines {
  return [
    ...heading(2, text.t('report.dimensionNotes')),
    ...dimensionNotes(report, text).flatMap((d) => [...heading(3, d.dimension), ...d.items.map((i) => field(i.label, i.text)), '']),
  ];
}

export function workshopSection(w: ReportWorkshop, text: ReportText): Lines {
  const notes = participantNoteGroups(w, text);
  const agreed = agreedNotes(w, text);
  return [
    ...heading(2, text.t('report.workshop')),
    ...workshopFacts(w, text).map((f) => `- ${escapeBlock(f, '  ')}`),
    '',
    ...(w.revealed
      ? [
          ...heading(3, text.t('report.groupTitle')),
          ...paragraph(text.t('report.groupIntro')),
          ...table(
            WORKSHOP_COLUMNS.map((c) => text.t(`report.columns.${c}`)),
            WORKSHOP_COLUMNS.map(() => 'left'),
            workshopRows(w, text),
          ),
          '',
          ...paragraph(flaggedLine(w, text)),
          ...agreed.map((line) => `- ${escapeBlock(line, '  ')}`),
          ...(agreed.length > 0 ? [''] : []),
        ]
      : paragraph(text.t('report.notRevealed'))),
    ...(notes.length > 0
      ? [...heading(3, text.t('report.notesTitle')), ...notes.flatMap((g) => [...heading(4, g.dimension), ...g.notes.map((n) => `- ${escapeBlock(n, '  ')}`), ''])]
      : []),
  ];
}

export function successChecksSection(report: ReportModel, text: ReportText): Lines {
  const c = (k: 'factor' | 'check' | 'checkNote') => text.t(`report.${k}`);
  return [...heading(3, text.t('report.successChecks')), ...table([c('factor'), c('check'), c('checkNote')], ['left', 'left', 'left'], successCheckRows(report, text)), ''];
}

export function timelineSection(report: ReportModel, text: ReportText): Lines {
  const c = (k: 'measure' | 'dimension' | 'quarters' | 'milestones' | 'status') => text.t(`report.timelineColumns.${k}`);
  return [
    ...heading(2, text.t('report.timeline')),
    ...table([c('measure'), c('dimension'), c('quarters'), c('milestones'), c('status')], ['left', 'left', 'left', 'right', 'left'], timelineRows(report, text)),
    '',
  ];
}
