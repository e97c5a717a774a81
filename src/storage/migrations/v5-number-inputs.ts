/**
 * Schema version 5: a number field keeps what was typed when it could not be read as a number
 * (src/domain/number-input.ts), so nothing typed is lost. Indicators gain `baselineInput` and `targetInput`,
 * a measure's resources gain `fundingInput`; all start empty, because every value stored before was a number.
 */
import type { StoredRow } from './index';

const isRow = (value: unknown): value is StoredRow => typeof value === 'object' && value !== null && !Array.isArray(value);

// Items that are not records (a damaged file) are left as they are, for the schema to refuse.
const mapRows = (value: unknown, f: (row: StoredRow) => StoredRow): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (isRow(item) ? f(item) : item)) : value;

const withIndicatorInputs = (goal: StoredRow): StoredRow => ({
  ...goal,
  indicators: mapRows(goal.indicators, (i) => ({ baselineInput: '', targetInput: '', ...i })),
});

const withFundingInput = (measure: StoredRow): StoredRow =>
  isRow(measure.resources) ? { ...measure, resources: { fundingInput: '', ...measure.resources } } : measure;

export function addNumberInputs(row: StoredRow): StoredRow {
  return { ...row, goals: mapRows(row.goals, withIndicatorInputs), measures: mapRows(row.measures, withFundingInput) };
}
