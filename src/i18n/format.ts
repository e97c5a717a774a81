/** Dates and numbers in the chosen language, through Intl. Never concatenate them by hand. */
const LOCALES = { en: 'en-GB', pl: 'pl-PL' } as const;

function locale(language: string): string {
  return language === 'pl' ? LOCALES.pl : LOCALES.en;
}

/** A calendar date (YYYY-MM-DD) shown as a local date, e.g. 1 March 2026 / 1 marca 2026 (the Polish month in the genitive, as after "do" or "dnia"). */
export function formatDate(isoDate: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) in the user's time zone, date and time. */
export function formatDateTime(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A number with the language's decimal separator. */
export function formatNumber(value: number, language: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: fractionDigits }).format(value);
}

/** A change with its sign (+1, −0.5, 0), with the language's decimal separator and a typographic minus. */
export function formatChange(change: number, language: string): string {
  const text = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
  return text.replace('-', '\u2212');
}

/** Today's local date as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
