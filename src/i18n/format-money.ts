/**
 * Money and typed numbers shown back in the chosen language, through Intl. Apart from format.ts because only
 * the plan's screens and files need them (and the currency words they read): the home screen does not load them.
 */
import { currencyOf } from '@/domain/number-input';
import { locale, numberFormat } from './format';

const moneyFormats = new Map<string, Intl.NumberFormat>();

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
