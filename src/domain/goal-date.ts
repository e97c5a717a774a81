/**
 * Whether a goal's statement already names its due date ("By 31 December 2027, 6 impact partnerships…"),
 * so that the app, the presentation and the files do not put the date in front of it a second time.
 */

function folded(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').toLowerCase();
}

/**
 * True when the statement holds the due date (YYYY-MM-DD) as written in ISO, as day.month.year or
 * day/month/year (with or without leading zeros), or in one of the spelled-out forms given (the date
 * in the language of the text, e.g. "31 December 2027", "31 grudnia 2027").
 */
export function statementNamesDueDate(statement: string, dueDate: string, spelled: readonly string[] = []): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueDate);
  if (!match) return false;
  const [, y = '', m = '', d = ''] = match;
  const text = folded(statement);
  if (text.includes(dueDate)) return true;
  const days = [...new Set([d, String(Number(d))])];
  const months = [...new Set([m, String(Number(m))])];
  const numeric = days.flatMap((day) => months.flatMap((month) => ['.', '/', '-'].map((sep) => `${day}${sep}${month}${sep}${y}`)));
  if (numeric.some((form) => new RegExp(`(^|[^\\d])${form.replace(/[.]/g, '\\.')}($|[^\\d])`).test(text))) return true;
  return spelled.some((form) => form.trim() !== '' && text.includes(folded(form)));
}
