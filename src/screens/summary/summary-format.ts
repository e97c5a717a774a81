import { formatDate } from '@/i18n/format';

/** True when the text has anything but white space. */
export function filled(text: string): boolean {
  return text.trim() !== '';
}

/** A date in the language's format, or the fallback text when there is none. */
export function dateOr(isoDate: string, language: string, fallback: string): string {
  return isoDate.trim() === '' ? fallback : formatDate(isoDate, language);
}

/** True when the code is an ISO 4217 currency code Intl knows, such as EUR or PLN. */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return false;
  }
}

/** An amount in the given currency (e.g. €25,000 / 25 000 zł); null when the currency is not an ISO code. */
export function formatCurrency(amount: number, currency: string, language: string): string | null {
  const code = currency.trim().toUpperCase();
  if (!isCurrencyCode(code)) return null;
  const digits = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-GB', {
    style: 'currency',
    currency: code,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

