/**
 * The plan as spreadsheets (CSV): the roadmap, and the ratings. UTF-8 with a byte order mark so that
 * Excel shows Polish letters, CRLF line ends, ISO dates (they sort), every cell guarded against
 * formula injection. papaparse is loaded only when a file is made.
 */
import { currencyOf } from '@/domain/number-input';
import type { Language } from '@/domain/assessment';
import type { ValueInForce } from '@/domain/participants';
import type { RatingOrigin } from '@/domain/gaps';
import type { ReportGoal, ReportMeasure, ReportModel, ReportProfileRow } from '@/domain/report';
import { guardCell } from './csv-guard';
import type { ReportText } from './report-text';

export type CsvSeparator = ',' | ';';
export type CsvOptions = { separator: CsvSeparator };

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Polish spreadsheets expect ';' (the comma is their decimal mark); English ones ','. */
export function defaultSeparator(language: Language): CsvSeparator {
  return language === 'pl' ? ';' : ',';
}

/** A number as a spreadsheet in that language reads it: no grouping, decimal comma only for Polish with ';'. */
export function csvNumber(value: number, language: Language, separator: CsvSeparator): string {
  const plain = String(value);
  return language === 'pl' && separator === ';' ? plain.replace('.', ',') : plain;
}

async function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator): Promise<string> {
  const Papa = (await import('papaparse')).default;
  const body = Papa.unparse(
    rows.map((row) => row.map(guardCell)),
    { delimiter: separator, newline: CRLF, quotes: false, escapeFormulae: false, header: false },
  );
  return `${BOM}${body}${CRLF}`;
}

function yesNo(text: ReportText, value: boolean): string {
  return value ? text.t('common.yes') : text.t('common.no');
}

function measureRows(text: ReportText, options: CsvOptions, g: ReportGoal, m: ReportMeasure): string[][] {
  const goal = g.statement;
  const dimension = text.dimension(g.dimension);
  const r = m.resources;
  const funding = r.fundingAmount === null ? '' : csvNumber(r.fundingAmount, text.language, options.separator);
  const measure = [
    text.t('csv.kinds.measure'),
    goal,
    dimension,
    m.title,
    '',
    m.owner,
    m.contributors.join(', '),
    m.start,
    m.due,
    text.workspace(`draft.statuses.${m.status}`),
    yesNo(text, m.status === 'done'),
    m.description,
    m.status === 'dropped' ? m.dropReason : '',
    r.time,
    funding,
    funding === '' ? '' : (currencyOf(r.currency) ?? r.currency.trim()),
    r.tools,
    r.politicalSupport,
    r.expertise,
  ];
  const milestones = m.milestones.map((ms) => [
    text.t('csv.kinds.milestone'),
    goal,
    dimension,
    m.title,
    ms.title,
    m.owner,
    '',
    '',
    ms.date,
    '',
    yesNo(text, ms.done),
    ...Array<string>(8).fill(''),
  ]);
  return [measure, ...milestones];
}

/**
 * The roadmap as a spreadsheet: one row per measure and one per milestone (which repeats its goal,
 * dimension, measure and owner, so the sheet can be filtered and sorted), with a header row.
 */
export function buildRoadmapCsv(report: ReportModel, text: ReportText, options: CsvOptions): Promise<string> {
  const f = (k: 'goal' | 'dimension' | 'measure' | 'milestone' | 'owner' | 'contributors' | 'start' | 'status' | 'done') =>
    text.t(`common.fields.${k}`);
  const r = (k: 'description' | 'dropReason' | 'time' | 'funding' | 'currency' | 'tools' | 'politicalSupport' | 'expertise') =>
    text.t(`common.fields.${k}`);
  const header = [
    text.t('csv.kind'),
    f('goal'),
    f('dimension'),
    f('measure'),
    f('milestone'),
    f('owner'),
    f('contributors'),
    f('start'),
    text.t('csv.dateColumn'),
    f('status'),
    f('done'),
    r('description'),
    r('dropReason'),
    r('time'),
    r('funding'),
    r('currency'),
    r('tools'),
    r('politicalSupport'),
    r('expertise'),
  ];
  const rows = report.goals.flatMap((g) => g.measures.flatMap((m) => measureRows(text, options, g, m)));
  return toCsv([header, ...rows], options.separator);
}

function ratingCell(text: ReportText, options: CsvOptions, value: ValueInForce): string {
  if (typeof value === 'number') return csvNumber(value, text.language, options.separator);
  return value === null ? '' : text.rating(value);
}

function originLabel(text: ReportText, origin: RatingOrigin): string {
  return text.t(`common.origins.${origin}`);
}

/** Without participants' ratings: the rating in force of each dimension, saying where it comes from. */
function inForceRow(text: ReportText, options: CsvOptions, row: ReportProfileRow): string[] {
  const source =
    row.baselineOrigin === row.idealOrigin
      ? originLabel(text, row.baselineOrigin)
      : text.t('csv.mixedSource', {
          baseline: originLabel(text, row.baselineOrigin).toLocaleLowerCase(text.language),
          ideal: originLabel(text, row.idealOrigin).toLocaleLowerCase(text.language),
        });
  return [
    text.dimension(row.dimension),
    source,
    '',
    '',
    ratingCell(text, options, row.baseline),
    ratingCell(text, options, row.ideal),
    row.baselineOrigin === 'agreed' ? row.agreed.note : row.baselineNote,
    // The single ideal is explained by "what good looks like" (the DEFINE step's field for it).
    row.idealOrigin === 'agreed' ? row.agreed.note : row.idealNote.trim() !== '' ? row.idealNote : row.goodLooksLike,
    ...dimensionCells(text, options, row),
  ];
}

/** The columns every row of a dimension repeats: the agreed values with their note, and what good looks like. */
function dimensionCells(text: ReportText, options: CsvOptions, row: ReportProfileRow | undefined): string[] {
  if (!row) return ['', '', '', ''];
  return [ratingCell(text, options, row.agreed.baseline), ratingCell(text, options, row.agreed.ideal), row.agreed.note, row.goodLooksLike];
}

/**
 * The ratings as a spreadsheet: one row per dimension and participant. When nobody rated as a
 * participant, one row per dimension with the rating in force (agreed value or single rating), the
 * "source" column saying which, so the file always holds the ratings.
 */
export function buildRatingsCsv(report: ReportModel, text: ReportText, options: CsvOptions): Promise<string> {
  const header = [
    text.t('common.fields.dimension'),
    text.t('csv.ratingSource'),
    text.t('csv.participant'),
    text.t('csv.sector'),
    text.t('common.fields.baseline'),
    text.t('common.fields.ideal'),
    text.t('csv.baselineNote'),
    text.t('csv.idealNote'),
    text.t('csv.agreedBaseline'),
    text.t('csv.agreedIdeal'),
    text.t('csv.agreedNote'),
    text.t('csv.goodLooksLike'),
  ];
  const byDimension = new Map(report.profile.map((row) => [row.dimension, row]));
  const rows =
    report.ratings.length > 0
      ? report.ratings.map((r) => [
          text.dimension(r.dimension),
          text.t('csv.participantRating'),
          r.participant,
          text.t(`common.sectors.${r.sector ?? 'none'}`),
          ratingCell(text, options, r.baseline),
          ratingCell(text, options, r.ideal),
          r.baselineNote,
          r.idealNote,
          ...dimensionCells(text, options, byDimension.get(r.dimension)),
        ])
      : report.profile.map((row) => inForceRow(text, options, row));
  return toCsv([header, ...rows], options.separator);
}
