/**
 * Guard against CSV (formula) injection, after OWASP: a spreadsheet treats a cell that starts with
 * =, +, -, @, a tab or a carriage return as a formula. Such a cell gets a leading apostrophe, which
 * spreadsheets read as "this is text"; so does one that starts with them after leading whitespace,
 * since some programs trim it away before looking.
 */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/** The cell as safe text: a leading apostrophe if a spreadsheet could read it as a formula. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

