/** Dates and numbers in the chosen language, through Intl. Never concatenate them by hand. */
import { currencyOf } from '@/domain/number-input';

const LOCALES = { en: 'en-GB', pl: 'pl-PL' } as const;

function locale(language: string): string {
  return language === 'pl' ? LOCALES.pl : LOCALES.en;
}

// Making an Intl formatter is far slower than using one: each kind is made once per language and kept
// (a list of 500 cards formats 1,000 dates; the goals step formats its dates on every key press).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(language: string, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${locale(language)}|${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = kind === 'date' ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' };
    format = new Intl.DateTimeFormat(locale(language), options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(language: string, fractionDigits: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale(language)}|${String(fractionDigits)}|${String(signed)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(language), { maximumFractionDigits: fractionDigits, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) });
    numberFormats.set(key, format);
  }
  return format;
}

/** A calendar date (YYYY-MM-DD) shown as a local date, e.g. 1 March 2026 / 1 marca 2026 (the Polish month in the genitive, as after "do" or "dnia"). */
export function formatDate(isoDate: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return dateFormat(language, 'date').format(date);
}

/** A moment (ISO timestamp) in the user's time zone, date and time. */
export function formatDateTime(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return dateFormat(language, 'dateTime').format(date);
}

/** A number with the language's decimal separator. */
export function formatNumber(value: number, language: string, fractionDigits = 1): string {
  return numberFormat(language, fractionDigits, false).format(value);
}

/**
 * An amount of money, through Intl in the language (45 000,50 zł / €45,000.50; whole amounts without decimals).
 * The currency may be an ISO code or what people type for one ("zł"); anything else follows the number as typed.
 */
export function formatMoney(amount: number, currency: string, language: string): string {
  const code = currencyOf(currency);
  const digits = Number.isInteger(amount) ? 0 : 2;
  const key = `${locale(language)}|${code ?? '-'}|${String(digits)}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const style: Intl.NumberFormatOptions = code ? { style: 'currency', currency: code } : {};
    format = new Intl.NumberFormat(locale(language), { ...style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    moneyFormats.set(key, format);
  }
  const text = format.format(amount);
  return code || currency.trim() === '' ? text : `${text}\u00a0${currency.trim()}`;
}

/** A number read from a field, shown back the way the language writes it (2 450 / 2,450; up to 6 decimals). */
export function formatTypedNumber(value: number, language: string): string {
  return numberFormat(language, 6, false).format(value);
}

/** A change with its sign (+1, −0.5, 0), with the language's decimal separator and a typographic minus. */
export function formatChange(change: number, language: string): string {
  const text = numberFormat(language, 1, true).format(change);
  return text.replace('-', '\u2212');
}

/** Today's local date as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The unit as written after a number: "%" right after it (40%), any other unit after a non-breaking space. */
export function unitAfterNumber(unit: string): string {
  const u = unit.trim();
  if (u === '') return '';
  return u.startsWith('%') ? u : `\u00a0${u}`;
}
