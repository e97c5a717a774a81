/**
 * Validation schema of a stored or imported assessment (valibot).
 * Loaded lazily: only import and the storage checks of imported files need it.
 */
import * as v from 'valibot';
import { LANGUAGES, MODES } from './assessment';
import { DIMENSION_IDS } from './dimensions';
import { MEASURE_STATUSES, MILESTONE_CADENCES, REVIEW_FREQUENCIES } from './plan';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from './resources';
import { EXPERIENCE_FORMS, SUCCESS_FACTOR_KINDS } from './vision';
import { SECTORS } from './participants';

const MAX_TEXT = 20_000;
const MAX_ITEMS = 1_000;

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const shortText = v.pipe(v.string(), v.maxLength(500));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** Whether YYYY-MM-DD (the start of the text) is a day of the calendar: valibot's isoDate takes 2026-02-30 and the year 0. */
export function isCalendarDate(iso: string): boolean {
  const [y = 0, m = 0, d = 0] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDateOrEmpty = v.union([v.literal(''), v.pipe(v.string(), v.isoDate(), v.check(isCalendarDate))]);
/** A moment as the app writes it (toISOString): Date.parse alone also takes "1" or "March 5". Also used by ballot-parse.ts. */
export const timestamp = v.pipe(
  v.string(),
  v.maxLength(40),
  v.isoTimestamp(),
  v.check((s) => isCalendarDate(s) && !Number.isNaN(Date.parse(s))),
);
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_ITEMS));
const finite = v.pipe(v.number(), v.finite());
/** Text typed into a number field that could not be read as a number (src/domain/number-input.ts). */
const numberInput = v.pipe(v.string(), v.maxLength(200));

const ratingValue = v.union([v.picklist([1, 2, 3, 4, 5]), v.literal('na'), v.literal('unknown'), v.null()]);
const rating = v.object({ value: ratingValue, note: text });

function keyed<K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) {
  return v.object(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>);
}

const dimensionRecord = v.object({
  baseline: rating,
  ideal: rating,
  goodLooksLike: text,
  checklist: v.record(shortText, v.object({ checked: v.boolean(), note: text })),
  tags: v.object({ bottleneck: v.boolean(), leverage: v.boolean(), feasible: v.boolean() }),
  strengths: text,
  gaps: text,
  constraints: text,
  participantRatings: list(v.object({ participantId: id, baseline: rating, ideal: rating })),
  agreed: v.object({ baseline: ratingValue, ideal: ratingValue, note: text }),
});

const timeframe = v.object({ start: isoDateOrEmpty, end: isoDateOrEmpty });
const dimensionId = v.picklist(DIMENSION_IDS);

const indicator = v.object({
  id,
  name: text,
  unit: shortText,
  direction: v.picklist(['higher', 'lower']),
  baseline: v.nullable(finite),
  target: v.nullable(finite),
  baselineInput: numberInput,
  targetInput: numberInput,
  source: text,
});

const goal = v.object({
  id,
  dimension: dimensionId,
  statement: text,
  outcome: text,
  capacity: text,
  achievable: text,
  indicators: list(indicator),
  dueDate: isoDateOrEmpty,
  successFactorId: v.pipe(v.string(), v.maxLength(100)),
  relevance: text,
  ideaId: v.nullable(id),
  verdict: v.nullable(v.picklist(['keep', 'revise', 'new'])),
  monitoring: v.object({
    reviewer: shortText,
    frequency: v.nullable(v.picklist(REVIEW_FREQUENCIES)),
    indicatorIds: list(id),
    note: text,
  }),
});

const measure = v.object({
  id,
  goalId: id,
  title: text,
  description: text,
  owner: shortText,
  contributors: list(shortText),
  start: isoDateOrEmpty,
  due: isoDateOrEmpty,
  cadence: v.picklist(MILESTONE_CADENCES),
  milestones: list(
    v.object({ id, title: text, due: isoDateOrEmpty, offsetDays: v.nullable(finite), done: v.boolean() }),
  ),
  resources: v.object({
    time: text,
    fundingAmount: v.nullable(finite),
    fundingInput: numberInput,
    currency: v.pipe(v.string(), v.maxLength(10)),
    tools: text,
    politicalSupport: text,
    expertise: text,
  }),
  status: v.picklist(MEASURE_STATUSES),
  dropReason: text,
  ideaId: v.nullable(id),
});

/** The whole assessment record, as stored and as carried in files. */
export const assessmentSchema = v.object({
  id,
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  region: shortText,
  mode: v.picklist(MODES),
  facilitator: shortText,
  date: isoDateOrEmpty,
  createdAt: timestamp,
  updatedAt: timestamp,
  language: v.picklist(LANGUAGES),
  continuesId: v.nullable(id),
  lastExportAt: v.nullable(timestamp),
  dimensions: keyed(DIMENSION_IDS, dimensionRecord),
  participants: list(
    v.object({ id, label: shortText, sector: v.nullable(v.picklist(SECTORS)), ballotCreatedAt: v.nullable(timestamp) }),
  ),
  workshop: v.object({ revealed: v.boolean() }),
  snapshots: list(
    v.object({
      id,
      label: shortText,
      takenAt: timestamp,
      ratings: keyed(DIMENSION_IDS, v.object({ baseline: ratingValue, ideal: ratingValue })),
      measures: list(v.object({ id, title: text, status: v.picklist(MEASURE_STATUSES) })),
    }),
  ),
  resources: v.object({
    internal: keyed(INTERNAL_RESOURCE_IDS, text),
    external: keyed(EXTERNAL_RESOURCE_IDS, text),
  }),
  vision: v.object({
    purpose: text,
    highPerformance: text,
    experience: list(v.picklist(EXPERIENCE_FORMS)),
    experienceNote: text,
    successFactors: list(
      v.object({
        id,
        kind: v.picklist([...SUCCESS_FACTOR_KINDS, 'custom']),
        label: shortText,
        note: text,
        selected: v.boolean(),
        check: v.nullable(v.picklist(['yes', 'partly', 'no'])),
        checkNote: text,
      }),
    ),
    statement: text,
  }),
  decision: v.object({
    focus: list(v.object({ dimension: dimensionId, rationale: text })),
    timeframe,
    secondPhase: v.object({ dimensions: list(dimensionId), timeframe }),
    evaluationSubmode: v.nullable(v.picklist(['review', 'next-phase'])),
  }),
  goals: list(goal),
  measures: list(measure),
});
