/**
 * EU reference figures: the statistics on 30 clusters from the 2021 GECES report on social and ecological
 * innovation clusters in the EU (seed 004, chapter 4 and section 6). Every count is copied as the report
 * prints it, including where its own totals do not add up; such tables carry a note instead of a correction.
 *
 * The report prints counts only. Every percentage the app shows is derived here (count / base), and every table
 * carries the 'derived-percent' note so that the screen can say so. `percent` on a row stays null ("not printed").
 *
 * Texts (titles, row labels, notes, gaps) live in locales/{en,pl}/reference.json, keyed by the ids below.
 */
import type { DimensionId } from '../dimensions';
import { DIMENSION_IDS } from '../dimensions';

/** A dimension, or the general context shown once on the library page (country, age, stage, scope). */
export type ReferenceGroup = DimensionId | 'context';
export const REFERENCE_GROUPS: readonly ReferenceGroup[] = ['context', ...DIMENSION_IDS];

/** What the base of a table counts. */
export type BaseKind = 'clusters' | 'clustersInTable' | 'singleTarget' | 'publicSupport';

/** Why a table needs a note (texts in reference.json under notes.<code>). */
export type NoteCode =
  | 'derived-percent'
  | 'total-mismatch'
  | 'total-not-sample'
  | 'multiple-answers-sum'
  | 'count-exceeds-total'
  | 'subrows-summed'
  | 'no-total-row'
  | 'uk-counted'
  | 'volunteer-countries'
  | 'age-detail'
  | 'mature-meaning'
  | 'initiators-text'
  | 'largest-scope-only'
  | 'single-sector-se'
  | 'other-type-who'
  | 'civil-society-not-asked'
  | 'smallest-clusters'
  | 'leadership-who'
  | 'manager-two-readings'
  | 'staff-excludes-members'
  | 'many-no-answer'
  | 'single-source-who'
  | 'income-weights-unknown'
  | 'fees-proportional'
  | 'budget-2018'
  | 'finance-thin'
  | 'networks-external';

export type ReferenceRow = {
  /** Key of the row label in reference.json (tables.<table>.rows.<id>). */
  readonly id: string;
  /** The number of clusters, as printed (or, with `parts`, the sum of the printed sub-rows). */
  readonly count: number;
  /** A percentage only if the report printed one; it never does in these tables, so always null. */
  readonly percent: number | null;
  /** A subtotal row (bold; left out of the row sum). */
  readonly subtotal?: boolean;
  /** 1 = indented under the subtotal that follows it. */
  readonly level?: 0 | 1;
  /** Sub-rows as printed, when the report splits one row into several whose labels were lost. */
  readonly parts?: readonly number[];
};

export type ReferenceTable = {
  readonly id: string;
  /** The first group is where the library page shows the table; the others list it as also relevant. */
  readonly groups: readonly ReferenceGroup[];
  readonly source: {
    /** Table number in the report. */
    readonly table: number;
    /** Section of the report. */
    readonly section: string;
    /** Lines of seed 004 where the table (and the text it relies on) is printed. */
    readonly lines: readonly [number, number];
  };
  /** What the derived percentages are shares of. */
  readonly base: { readonly n: number; readonly of: BaseKind };
  /** The "Total" the report prints, or null when it prints none. */
  readonly printedTotal: number | null;
  readonly rows: readonly ReferenceRow[];
  /** Clusters could give several answers (rows may add up to more than the base). */
  readonly multipleAnswers: boolean;
  readonly notes: readonly NoteCode[];
};

/** Something the report does not put in figures for a dimension (texts in reference.json under gaps.<id>). */
export type FigureGap = {
  /** 'dimension' means: no figure for this dimension at all (tables shown are only the nearest). */
  readonly id: 'dimension' | 'priorities-graphic' | 'services-graphic' | 'income-types' | 'membership-types' | 'decision-making';
  readonly source: { readonly section: string; readonly lines: readonly [number, number] };
};

/** The size of the analysed sample (004:L478, L487). */
export const SAMPLE_SIZE = 30;

function rows(...list: readonly (readonly [string, number])[]): ReferenceRow[] {
  return list.map(([id, count]) => ({ id, count, percent: null }));
}

export const REFERENCE_TABLES: readonly ReferenceTable[] = [
  {
    id: 'country',
    groups: ['context'],
    source: { table: 2, section: '3', lines: [487, 500] },
    base: { n: 30, of: 'clusters' },
    printedTotal: null,
    // Printed in two columns, alphabetically; read column by column.
    rows: rows(
      ['belgium', 3],
      ['croatia', 1],
      ['denmark', 2],
      ['finland', 1],
      ['france', 3],
      ['germany', 1],
      ['ireland', 2],
      ['italy', 3],
      ['luxembourg', 1],
      ['spain', 10],
      ['sweden', 1],
      ['netherlands', 1],
      ['unitedKingdom', 1],
    ),
    multipleAnswers: false,
    notes: ['derived-percent', 'no-total-row', 'volunteer-countries', 'uk-counted'],
  },
  {
    id: 'age',
    groups: ['context'],
    source: { table: 3, section: '4.1', lines: [514, 519] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['upTo5', 14], ['from6to15', 11], ['from16', 5]),
    multipleAnswers: false,
    notes: ['derived-percent', 'age-detail'],
  },
  {
    id: 'stage',
    groups: ['context'],
    source: { table: 4, section: '4.1', lines: [521, 526] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['initial', 5], ['mature', 24], ['noAnswer', 1]),
    multipleAnswers: false,
    notes: ['derived-percent', 'mature-meaning'],
  },
  {
    id: 'scope',
    groups: ['context'],
    source: { table: 6, section: '4.1', lines: [550, 561] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['local', 11], ['regional', 15], ['national', 1], ['transnational', 3]),
    multipleAnswers: false,
    notes: ['derived-percent', 'largest-scope-only'],
  },
  {
    id: 'formation',
    groups: ['composition'],
    source: { table: 7, section: '4.2', lines: [567, 574] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['traditional', 0], ['hybrid', 14], ['mainlySocialEconomy', 16]),
    multipleAnswers: false,
    notes: ['derived-percent'],
  },
  {
    id: 'initiators',
    groups: ['composition'],
    source: { table: 5, section: '4.1', lines: [528, 546] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: [
      { id: 'publicEntity', count: 3, percent: null, level: 1 },
      { id: 'socialEconomyOrganisation', count: 2, percent: null, level: 1 },
      { id: 'singleEntity', count: 5, percent: null, subtotal: true },
      { id: 'citizens', count: 4, percent: null, level: 1 },
      { id: 'publicEntities', count: 2, percent: null, level: 1 },
      { id: 'publicAndSocialEconomy', count: 1, percent: null, level: 1 },
      { id: 'forProfit', count: 1, percent: null, level: 1 },
      { id: 'socialEconomyOrganisations', count: 7, percent: null, level: 1 },
      { id: 'socialEconomyAndForProfit', count: 7, percent: null, level: 1 },
      { id: 'publicSocialEconomyForProfit', count: 3, percent: null, level: 1 },
      { id: 'groupOfEntities', count: 25, percent: null, subtotal: true },
    ],
    multipleAnswers: false,
    notes: ['derived-percent', 'initiators-text'],
  },
  {
    id: 'sectors',
    groups: ['composition'],
    source: { table: 8, section: '4.2', lines: [578, 601] },
    base: { n: 29, of: 'clustersInTable' },
    printedTotal: 29,
    rows: [
      { id: 'one', count: 7, percent: null, parts: [7] },
      { id: 'two', count: 6, percent: null, parts: [5, 1] },
      { id: 'three', count: 6, percent: null, parts: [1, 2, 2, 1] },
      { id: 'four', count: 6, percent: null, parts: [2, 1, 2, 1] },
      { id: 'five', count: 3, percent: null, parts: [2, 1] },
      { id: 'six', count: 1, percent: null, parts: [1] },
    ],
    multipleAnswers: false,
    notes: ['derived-percent', 'subrows-summed', 'total-not-sample', 'single-sector-se'],
  },
  {
    id: 'actorTypes',
    groups: ['composition'],
    source: { table: 8, section: '4.2', lines: [578, 605] },
    base: { n: 29, of: 'clustersInTable' },
    printedTotal: 29,
    // The column totals of Table 8, in the printed column order.
    rows: rows(
      ['traditionalEnterprises', 14],
      ['socialEconomyEnterprises', 30],
      ['otherEcosystemActors', 10],
      ['researchInnovation', 12],
      ['publicAuthorities', 12],
      ['otherType', 6],
    ),
    multipleAnswers: true,
    notes: ['derived-percent', 'multiple-answers-sum', 'count-exceeds-total', 'total-not-sample', 'other-type-who', 'civil-society-not-asked'],
  },
  {
    id: 'size',
    groups: ['membership'],
    source: { table: 9, section: '4.2', lines: [613, 621] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['small', 10], ['medium', 13], ['large', 2], ['mega', 3], ['noAnswer', 2]),
    multipleAnswers: false,
    notes: ['derived-percent', 'smallest-clusters'],
  },
  {
    id: 'targetGroups',
    groups: ['services', 'purpose'],
    source: { table: 10, section: '4.3', lines: [650, 657] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['multiple', 10], ['single', 20]),
    multipleAnswers: false,
    notes: ['derived-percent'],
  },
  {
    id: 'singleTargetGroup',
    groups: ['services', 'purpose'],
    source: { table: 11, section: '4.3', lines: [657, 666] },
    // The rows are the 20 clusters with a single target group (Table 10); the printed total says 30.
    base: { n: 20, of: 'singleTarget' },
    printedTotal: 30,
    rows: rows(['socialEconomyOrganisations', 10], ['vulnerableGroups', 9], ['artists', 1]),
    multipleAnswers: false,
    notes: ['derived-percent', 'total-mismatch'],
  },
  {
    id: 'leadership',
    groups: ['operations', 'coordination'],
    source: { table: 12, section: '4.4', lines: [670, 675] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['public', 5], ['private', 21], ['publicPrivate', 3], ['noAnswer', 1]),
    multipleAnswers: false,
    notes: ['derived-percent', 'leadership-who'],
  },
  {
    id: 'manager',
    groups: ['coordination', 'operations'],
    source: { table: 13, section: '4.4', lines: [677, 684] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['yes', 25], ['no', 4], ['noAnswer', 1]),
    multipleAnswers: false,
    notes: ['derived-percent', 'manager-two-readings'],
  },
  {
    id: 'staff',
    groups: ['coordination', 'operations'],
    source: { table: 14, section: '4.4', lines: [686, 691] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['none', 1], ['micro', 12], ['small', 4], ['medium', 2], ['large', 0], ['noAnswer', 11]),
    multipleAnswers: false,
    notes: ['derived-percent', 'staff-excludes-members', 'many-no-answer'],
  },
  {
    id: 'incomeSources',
    groups: ['finance'],
    source: { table: 15, section: '4.5', lines: [695, 715] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['single', 3], ['multiple', 20], ['noAnswer', 7]),
    multipleAnswers: false,
    notes: ['derived-percent', 'single-source-who', 'income-weights-unknown'],
  },
  {
    id: 'publicSupport',
    groups: ['finance'],
    source: { table: 17, section: '4.5', lines: [717, 722] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['with', 21], ['without', 6], ['noAnswer', 3]),
    multipleAnswers: false,
    notes: ['derived-percent'],
  },
  {
    id: 'supportTypes',
    groups: ['finance'],
    source: { table: 18, section: '4.5', lines: [724, 729] },
    base: { n: 21, of: 'publicSupport' },
    printedTotal: 21,
    rows: rows(['grants', 21], ['inKind', 6], ['financialInstruments', 5], ['capacityBuilding', 2], ['consultancy', 1], ['other', 2]),
    multipleAnswers: true,
    notes: ['derived-percent', 'multiple-answers-sum'],
  },
  {
    id: 'memberFees',
    groups: ['finance', 'membership'],
    source: { table: 19, section: '4.5', lines: [731, 736] },
    base: { n: 29, of: 'clustersInTable' },
    printedTotal: 29,
    rows: rows(['yes', 11], ['no', 12], ['noAnswer', 6]),
    multipleAnswers: false,
    notes: ['derived-percent', 'total-not-sample', 'fees-proportional'],
  },
  {
    id: 'budget',
    groups: ['finance'],
    source: { table: 20, section: '4.5', lines: [744, 751] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['under500k', 6], ['from500kTo1m', 3], ['over1m', 4], ['noAnswer', 17]),
    multipleAnswers: false,
    notes: ['derived-percent', 'budget-2018', 'many-no-answer', 'finance-thin'],
  },
  {
    id: 'networks',
    groups: ['collaboration'],
    source: { table: 28, section: '6', lines: [878, 885] },
    base: { n: 30, of: 'clusters' },
    printedTotal: 30,
    rows: rows(['yes', 17], ['no', 3], ['noAnswer', 10]),
    multipleAnswers: false,
    notes: ['derived-percent', 'networks-external'],
  },
];

/** What the report does not put in figures, per dimension. */
export const FIGURE_GAPS: Readonly<Record<DimensionId, readonly FigureGap[]>> = {
  membership: [{ id: 'membership-types', source: { section: '4.5', lines: [738, 742] } }],
  composition: [],
  operations: [{ id: 'decision-making', source: { section: 'Executive summary', lines: [114, 115] } }],
  coordination: [],
  finance: [{ id: 'income-types', source: { section: '4.5', lines: [704, 715] } }],
  services: [{ id: 'services-graphic', source: { section: '4.3', lines: [640, 648] } }],
  purpose: [{ id: 'priorities-graphic', source: { section: '4.3', lines: [625, 633] } }],
  // Table 28 is about networks beyond the cluster; nothing counts how stakeholders work together inside it.
  collaboration: [{ id: 'dimension', source: { section: '6', lines: [878, 885] } }],
};

export type DimensionFigures = {
  readonly tables: readonly ReferenceTable[];
  readonly gaps: readonly FigureGap[];
  /** True when the report has no figure for the dimension itself (any tables are only the nearest ones). */
  readonly noFigure: boolean;
};

/** The tables and gaps to show beside one dimension. */
export function figuresFor(dimension: DimensionId): DimensionFigures {
  const tables = REFERENCE_TABLES.filter((t) => t.groups.includes(dimension));
  const gaps = FIGURE_GAPS[dimension];
  return { tables, gaps, noFigure: tables.length === 0 || gaps.some((g) => g.id === 'dimension') };
}

/** The tables the library page shows under a group (first listed there), and those it only points to. */
export function libraryGroup(group: ReferenceGroup): { tables: readonly ReferenceTable[]; alsoRelevant: readonly ReferenceTable[] } {
  return {
    tables: REFERENCE_TABLES.filter((t) => t.groups[0] === group),
    alsoRelevant: REFERENCE_TABLES.filter((t) => t.groups[0] !== group && t.groups.includes(group)),
  };
}

export type TableTotals = {
  /** Sum of the rows, subtotal rows left out. */
  readonly rowSum: number;
  readonly printedTotal: number | null;
  readonly base: number;
  /** The largest row, for notes like "a row exceeds the total". */
  readonly largestRow: ReferenceRow | null;
  /** The printed total (or, without one, the base) differs from the row sum. */
  readonly sumDiffers: boolean;
  /** The printed total is not the whole sample of 30. */
  readonly totalNotSample: boolean;
  /** Some row is larger than the printed total (or the base). */
  readonly rowExceedsTotal: boolean;
};

// Tables meant to cover every analysed cluster (not a subgroup such as the 21 with public support).
const WHOLE_SAMPLE_BASES: ReadonlySet<BaseKind> = new Set<BaseKind>(['clusters', 'clustersInTable']);

/** The arithmetic of a table as printed, to decide and word its notes. */
export function tableTotals(table: ReferenceTable): TableTotals {
  const leaves = table.rows.filter((r) => r.subtotal !== true);
  const rowSum = leaves.reduce((sum, r) => sum + r.count, 0);
  const total = table.printedTotal ?? table.base.n;
  const largestRow = leaves.reduce<ReferenceRow | null>((max, r) => (max === null || r.count > max.count ? r : max), null);
  return {
    rowSum,
    printedTotal: table.printedTotal,
    base: table.base.n,
    largestRow,
    sumDiffers: rowSum !== total,
    totalNotSample: WHOLE_SAMPLE_BASES.has(table.base.of) && table.printedTotal !== null && table.printedTotal !== SAMPLE_SIZE,
    rowExceedsTotal: largestRow !== null && largestRow.count > total,
  };
}

/** A derived share in percent (the report prints none): the row's count over the table's base. */
export function derivedPercent(table: ReferenceTable, row: ReferenceRow): number {
  return (row.count / table.base.n) * 100;
}

/** Notes the screen shows under a table ('derived-percent' is said once, in the column header and caveat line). */
export function shownNotes(table: ReferenceTable): readonly NoteCode[] {
  return table.notes.filter((n) => n !== 'derived-percent');
}

export type NoteValues = {
  /** Sum of the rows (subtotals left out). */
  readonly sum: number;
  /** The printed total, or the row sum when none is printed. */
  readonly printed: number;
  readonly base: number;
  /** The row the note is about: the largest one, or the "no answer" row for 'many-no-answer'. */
  readonly rowId: string | null;
  readonly count: number;
};

/** The numbers a note's text needs. */
export function noteValues(table: ReferenceTable, code: NoteCode): NoteValues {
  const totals = tableTotals(table);
  const row = code === 'many-no-answer' ? (table.rows.find((r) => r.id === 'noAnswer') ?? null) : totals.largestRow;
  return {
    sum: totals.rowSum,
    printed: table.printedTotal ?? totals.rowSum,
    base: table.base.n,
    rowId: row?.id ?? null,
    count: row?.count ?? 0,
  };
}
