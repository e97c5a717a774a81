/**
 * The report's newer sections put into words once, for every format (summary screen and print, Word,
 * Markdown): the resource map, the dimensions in the group's words, the success-factor checks, the
 * workshop, the goal verdicts and the timeline. Each returns plain strings; the formats lay them out.
 */
import type { Aggregate } from '@/domain/aggregate';
import type { ReportModel, ReportProfileRow } from '@/domain/report';
import type { ReportWorkshop, ReportWorkshopRow } from '@/domain/report-workshop';
import type { ReportText } from './report-text';
import { quarterParts } from '@/domain/roadmap';

function filled(text: string): boolean {
  return text.trim() !== '';
}

function dash(text: ReportText): string {
  return text.workspace('rating.short.unrated');
}

export type ResourceGroup = { title: string; rows: { name: string; note: string }[] };

/** The resource map: internal, then external resources with the group's notes (empty groups left out). */
export function resourceGroups(report: ReportModel, text: ReportText): ResourceGroup[] {
  return (['internal', 'external'] as const)
    .map((side) => ({
      title: text.t(`report.${side}`),
      rows: report.resources.filter((r) => r.side === side).map((r) => ({ name: text.workspace(`describe.resources.${r.id}.label`), note: r.note })),
    }))
    .filter((g) => g.rows.length > 0);
}

export type DimensionNotes = { dimension: string; items: { label: string; text: string }[] };

/**
 * Per dimension, what the group wrote: the evidence of the ratings, what good looks like and, in
 * evaluation mode, strengths, gaps and constraints. Dimensions with nothing written are left out.
 */
export function dimensionNotes(report: ReportModel, text: ReportText): DimensionNotes[] {
  const evaluate = report.meta.mode === 'evaluate';
  const items = (row: ReportProfileRow) =>
    [
      { label: text.t('report.evidenceBaseline'), text: row.baselineNote },
      { label: text.t('report.evidenceIdeal'), text: row.idealNote },
      { label: text.t('report.goodLooksLike'), text: row.goodLooksLike },
      ...(evaluate
        ? [
            { label: text.t('report.strengths'), text: row.strengths },
            { label: text.t('report.gaps'), text: row.gaps },
            { label: text.t('report.constraints'), text: row.constraints },
          ]
        : []),
    ].filter((item) => filled(item.text));
  return report.profile.map((row) => ({ dimension: text.dimension(row.dimension), items: items(row) })).filter((d) => d.items.length > 0);
}

/** Evaluation mode: each selected success factor with the group's check (yes / partly / no) and note. */
export function successCheckRows(report: ReportModel, text: ReportText): string[][] {
  if (report.meta.mode !== 'evaluate') return [];
  return report.vision.successFactors.map((f) => [
    f.kind === 'custom' ? (filled(f.label) ? f.label : text.workspace('define.ownFactor')) : text.workspace(`define.factors.${f.kind}`),
    f.check === null ? text.t('report.notChecked') : text.workspace(`define.check.${f.check}`),
    filled(f.checkNote) ? f.checkNote : dash(text),
  ]);
}

/** "12 participants · By sector: Public sector 3, …" in parts. */
export function workshopFacts(w: ReportWorkshop, text: ReportText): string[] {
  const sectors = w.bySector.map((s) => text.t('report.sectorCount', { sector: text.t(`common.sectors.${s.sector ?? 'none'}`), count: s.count }));
  return [text.t('report.participants', { count: w.participants }), text.t('report.bySector', { list: sectors.join(', ') })];
}

function median(a: Aggregate, text: ReportText): string {
  return a.median === null ? dash(text) : text.number(a.median);
}

function range(a: Aggregate, text: ReportText): string {
  return a.min === null || a.max === null ? dash(text) : text.t('report.range', { min: text.number(a.min), max: text.number(a.max) });
}

/** How many gave 1, 2, 3, 4 and 5: "0/1/2/1/1". */
export function distribution(a: Aggregate, text: ReportText): string {
  const [one, two, three, four, five] = a.byScore.map((n) => text.number(n));
  return text.t('report.distribution', { one, two, three, four, five });
}

export const WORKSHOP_COLUMNS = ['dimension', 'baseline', 'ideal', 'agreed', 'discuss'] as const;

/** "3 (1–5), 1/1/1/1/1": median, range and how many gave each score. */
function groupCell(a: Aggregate, text: ReportText): string {
  return text.t('report.groupCell', { median: median(a, text), range: range(a, text), distribution: distribution(a, text) });
}

/** The group's ratings per dimension, a row per dimension in the columns of WORKSHOP_COLUMNS. */
export function workshopRows(w: ReportWorkshop, text: ReportText): string[][] {
  const agreed = (row: ReportWorkshopRow) =>
    row.agreed.baseline === null && row.agreed.ideal === null ? dash(text) : `${text.rating(row.agreed.baseline)} / ${text.rating(row.agreed.ideal)}`;
  return w.rows.map((row) => [
    text.dimension(row.dimension),
    groupCell(row.baseline, text),
    groupCell(row.ideal, text),
    agreed(row),
    row.discuss ? text.t('common.yes') : '',
  ]);
}

/** The sentence naming the dimensions flagged for discussion. */
export function flaggedLine(w: ReportWorkshop, text: ReportText): string {
  const flagged = w.rows.filter((r) => r.discuss).map((r) => text.dimension(r.dimension));
  return flagged.length > 0 ? text.t('report.flagged', { list: flagged.join(', ') }) : text.t('report.noneFlagged');
}

/** "Dimension, agreed value: note" for each agreed value with a note. */
export function agreedNotes(w: ReportWorkshop, text: ReportText): string[] {
  return w.rows.filter((r) => filled(r.agreed.note)).map((r) => text.t('report.agreedNote', { dimension: text.dimension(r.dimension), note: r.agreed.note.trim() }));
}

/** The participants' visible notes per dimension, anonymous ("Baseline: …"); dimensions without notes left out. */
export function participantNoteGroups(w: ReportWorkshop, text: ReportText): { dimension: string; notes: string[] }[] {
  return w.rows
    .filter((r) => r.notes.length > 0)
    .map((r) => ({
      dimension: text.dimension(r.dimension),
      notes: r.notes.map((n) => text.t(n.profile === 'baseline' ? 'report.noteBaseline' : 'report.noteIdeal', { note: n.text })),
    }));
}

/** Evaluation mode: each goal with its verdict (keep / revise / replace); goals without one left out. */
export function verdictRows(report: ReportModel, text: ReportText): string[][] {
  if (report.meta.mode !== 'evaluate') return [];
  return report.goals.flatMap((g) =>
    g.verdict === null
      ? []
      : [[text.dimension(g.dimension), filled(g.statement) ? g.statement : text.t('common.untitled'), text.workspace(`goals.verdicts.${g.verdict}`)]],
  );
}

function quarter(key: string, text: ReportText): string {
  return text.workspace('draft.quarter', quarterParts(key, text.language));
}

/** The timeline: measure, dimension, the quarters it runs through, milestones, its status as it stands. */
export function timelineRows(report: ReportModel, text: ReportText): string[][] {
  return report.timeline.map((row) => {
    const first = row.quarters[0] ?? '';
    const last = row.quarters[row.quarters.length - 1] ?? '';
    return [
      filled(row.title) ? row.title : text.workspace('draft.untitled'),
      text.dimension(row.dimension),
      first === last ? quarter(first, text) : text.t('common.range', { start: quarter(first, text), end: quarter(last, text) }),
      text.number(row.milestones),
      text.workspace(`draft.statuses.${row.status}`),
    ];
  });
}
