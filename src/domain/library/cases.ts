/**
 * The case library: clusters (and one cluster model) described along the eight dimensions.
 * Only ids, structure, numbers and source references live here; every sentence (name, place, summary,
 * the text per dimension, what made it work, lessons) is in locales/<lang>/cases.json under items.<id>.
 *
 * Facts come only from the seeds: 001 (RESIST concept paper, two case profiles), 000 (the Pomeranian
 * cluster MODEL of December 2025) and 004 (GECES report 2021, chapter 7). A dimension the source says
 * nothing about is left out of `dimensions`; the screens then say so instead of guessing.
 */
import type { DimensionId } from '../dimensions';
import { DIMENSION_IDS } from '../dimensions';

/** The seed documents a case may come from. */
export const CASE_DOCUMENTS = ['001', '000', '004'] as const;
export type CaseDocument = (typeof CASE_DOCUMENTS)[number];

/** 'established': a running cluster; 'emerging': running but still a trial; 'model': planned on paper, not running yet. */
export const CASE_KINDS = ['established', 'emerging', 'model'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export type CaseSource = {
  document: CaseDocument;
  /** Where in the document: a section (§7.5) for 001 and 004; pages (8–34) for 000, which numbers no sections. */
  section: string;
  /** Lines of the plain-text seed, for checking the facts. */
  lines?: string;
};

/** How a figure is shown: the unit decides the wording around the formatted number. */
export type FactUnit = 'count' | 'percent' | 'fte' | 'years' | 'days' | 'eurMillion' | 'gbpMillion' | 'squareMetres' | 'tonnes';
/** 'about' ≈, 'over' more than, 'upTo' at most. */
export type FactQualifier = 'about' | 'over' | 'upTo';

export const FACT_IDS = [
  'members',
  'staff',
  'foundingOrganisations',
  'publicFunding',
  'paidRoles',
  'onboardingDays',
  'sourceCap',
  'branches',
  'projectBudget',
  'siteArea',
  'transition',
  'jobsCreated',
  'businesses',
  'graduates',
  'houses',
  'employees',
  'disadvantaged',
  'turnover',
  'contract',
  'inhabitants',
  'targetGroupShare',
  'households',
  'co2',
  'publicSpend',
] as const;
export type FactId = (typeof FACT_IDS)[number];

export type CaseFact = { id: FactId; value: number; unit: FactUnit; qualifier?: FactQualifier };

/** Every case id, in library order. Ids are in addresses (#/library/case/<id>): never rename one. */
export const CASE_IDS = [
  'ozrss',
  'hamburg',
  'pkes',
  'coopolis',
  'circularium',
  'dunhill',
  'impact-noord',
  'ecobi',
  '4werk',
  'reuse-scotland',
  'torino',
] as const;
export type CaseId = (typeof CASE_IDS)[number];

export type ClusterCase = {
  id: CaseId;
  /** ISO 3166-1 alpha-2 code; the name is shown through Intl.DisplayNames. */
  country: string;
  kind: CaseKind;
  /** Year founded, when the source gives it. */
  founded?: number;
  /** For a model: the year it was drawn up. */
  modelYear?: number;
  source: CaseSource;
  /** The dimensions the source describes, in the method's order. */
  dimensions: readonly DimensionId[];
  /** A few key figures, as the source gives them. */
  facts: readonly CaseFact[];
};

const ALL: readonly DimensionId[] = DIMENSION_IDS;
const without = (...skip: DimensionId[]): DimensionId[] => DIMENSION_IDS.filter((d) => !skip.includes(d));

export const CASES = [
  {
    id: 'ozrss',
    country: 'PL',
    kind: 'established',
    founded: 2007,
    source: { document: '001', section: '§4 (I)', lines: '333–354' },
    // The profile names no coordinating body apart from the elected Council (see the operational model).
    dimensions: without('coordination'),
    facts: [{ id: 'members', value: 421, unit: 'count', qualifier: 'about' }],
  },
  {
    id: 'hamburg',
    country: 'DE',
    kind: 'established',
    founded: 2023,
    source: { document: '001', section: '§4 (II)', lines: '356–374' },
    dimensions: ALL,
    facts: [
      { id: 'members', value: 80, unit: 'count', qualifier: 'about' },
      { id: 'staff', value: 5.25, unit: 'fte', qualifier: 'about' },
      { id: 'foundingOrganisations', value: 7, unit: 'count' },
      { id: 'publicFunding', value: 100, unit: 'percent' },
    ],
  },
  {
    id: 'pkes',
    country: 'PL',
    kind: 'model',
    modelYear: 2025,
    source: { document: '000', section: '8–34', lines: '175–1045' },
    dimensions: ALL,
    facts: [
      { id: 'paidRoles', value: 3, unit: 'count' },
      { id: 'onboardingDays', value: 30, unit: 'days', qualifier: 'upTo' },
      { id: 'sourceCap', value: 40, unit: 'percent', qualifier: 'upTo' },
    ],
  },
  {
    id: 'coopolis',
    country: 'ES',
    kind: 'established',
    founded: 2016,
    source: { document: '004', section: '§7.1', lines: '969–975' },
    dimensions: ALL,
    facts: [
      { id: 'branches', value: 14, unit: 'count' },
      { id: 'projectBudget', value: 7, unit: 'eurMillion' },
      { id: 'siteArea', value: 4000, unit: 'squareMetres' },
    ],
  },
  {
    id: 'circularium',
    country: 'BE',
    kind: 'emerging',
    founded: 2020,
    source: { document: '004', section: '§7.1', lines: '981–1001' },
    dimensions: without('coordination', 'finance'),
    facts: [
      { id: 'members', value: 25, unit: 'count' },
      { id: 'siteArea', value: 20000, unit: 'squareMetres', qualifier: 'over' },
      { id: 'transition', value: 5, unit: 'years' },
    ],
  },
  {
    id: 'dunhill',
    country: 'IE',
    kind: 'established',
    source: { document: '004', section: '§7.2', lines: '1017–1042, 1724' },
    dimensions: without('membership', 'composition', 'coordination', 'finance'),
    facts: [
      { id: 'jobsCreated', value: 250, unit: 'count' },
      { id: 'businesses', value: 31, unit: 'count' },
      { id: 'graduates', value: 3000, unit: 'count' },
      { id: 'houses', value: 40, unit: 'count' },
    ],
  },
  {
    id: 'impact-noord',
    country: 'NL',
    kind: 'established',
    source: { document: '004', section: '§7.4', lines: '1239–1252' },
    dimensions: without('coordination', 'finance'),
    facts: [{ id: 'members', value: 70, unit: 'count', qualifier: 'over' }],
  },
  {
    id: 'ecobi',
    country: 'IT',
    kind: 'established',
    source: { document: '004', section: '§7.5', lines: '1298–1316' },
    dimensions: ALL,
    facts: [
      { id: 'members', value: 28, unit: 'count' },
      { id: 'turnover', value: 28, unit: 'eurMillion' },
      { id: 'employees', value: 1000, unit: 'count', qualifier: 'about' },
      { id: 'disadvantaged', value: 40, unit: 'percent' },
      { id: 'contract', value: 15, unit: 'years' },
      { id: 'inhabitants', value: 1_100_000, unit: 'count' },
    ],
  },
  {
    id: '4werk',
    country: 'BE',
    kind: 'established',
    source: { document: '004', section: '§7.3', lines: '1127–1165' },
    dimensions: ALL,
    facts: [
      { id: 'members', value: 24, unit: 'count' },
      { id: 'employees', value: 6000, unit: 'count', qualifier: 'about' },
      { id: 'targetGroupShare', value: 80, unit: 'percent', qualifier: 'over' },
    ],
  },
  {
    id: 'reuse-scotland',
    country: 'GB',
    kind: 'established',
    founded: 2017,
    source: { document: '004', section: '§7.5', lines: '1344–1372' },
    dimensions: ALL,
    facts: [
      { id: 'members', value: 12, unit: 'count' },
      { id: 'staff', value: 1, unit: 'count' },
      { id: 'households', value: 7800, unit: 'count', qualifier: 'about' },
      { id: 'co2', value: 2090, unit: 'tonnes' },
      { id: 'publicSpend', value: 1.63, unit: 'gbpMillion', qualifier: 'over' },
    ],
  },
  {
    id: 'torino',
    country: 'IT',
    kind: 'established',
    founded: 2017,
    source: { document: '004', section: '§7.4', lines: '1254–1282' },
    dimensions: without('coordination', 'finance'),
    facts: [{ id: 'members', value: 160, unit: 'count', qualifier: 'over' }],
  },
] as const satisfies readonly ClusterCase[];

/** The address of a case on the library page. */
export function casePath(id: CaseId): string {
  return `/library/case/${id}`;
}

/** The case with this id, if there is one (ids come from the address bar). */
export function findCase(id: string | undefined): ClusterCase | undefined {
  return CASES.find((c) => c.id === id);
}

/** True when the source describes this dimension for the case. */
export function describes(clusterCase: ClusterCase, dimension: DimensionId): boolean {
  return clusterCase.dimensions.includes(dimension);
}

/** The cases that describe a dimension, in library order. */
export function casesFor(dimension: DimensionId): ClusterCase[] {
  return CASES.filter((c) => describes(c, dimension));
}

export type CaseFilter = { country: string | null; kind: CaseKind | null };

/** The cases matching a filter (null = any). */
export function filterCases(filter: CaseFilter, cases: readonly ClusterCase[] = CASES): ClusterCase[] {
  return cases.filter((c) => (filter.country === null || c.country === filter.country) && (filter.kind === null || c.kind === filter.kind));
}

/** The countries that have cases, each once, in library order. */
export function caseCountries(cases: readonly ClusterCase[] = CASES): string[] {
  return [...new Set(cases.map((c) => c.country))];
}
