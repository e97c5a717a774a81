import { describe, expect, it } from 'vitest';
import { formatMoney, formatTypedNumber } from './format-money';

// Intl writes no-break spaces in Polish amounts; \s matches them.
describe('formatMoney', () => {
  it('writes amounts as each language does, with decimals only when there are any', () => {
    expect(formatMoney(45000.5, 'PLN', 'pl')).toMatch(/^45\s000,50\szł$/);
    expect(formatMoney(45000, 'PLN', 'pl')).toMatch(/^45\s000\szł$/);
    expect(formatMoney(45000.5, 'EUR', 'en')).toBe('€45,000.50');
    expect(formatMoney(45000, 'EUR', 'en')).toBe('€45,000');
  });

  it('understands what people type for a currency, and keeps any other currency text after the number', () => {
    expect(formatMoney(1500, 'zł', 'pl')).toMatch(/^1500\szł$/);
    expect(formatMoney(1500, 'ZŁ', 'en')).toMatch(/^PLN\s1,500$/);
    expect(formatMoney(1500.25, 'dukaty', 'pl')).toMatch(/^1500,25\sdukaty$/);
    expect(formatMoney(1500, '', 'en')).toBe('1,500');
  });
});

describe('formatTypedNumber', () => {
  it('shows a number read from a field the way the language writes it', () => {
    expect(formatTypedNumber(2450, 'en')).toBe('2,450');
    expect(formatTypedNumber(12450.125, 'pl')).toMatch(/^12\s450,125$/);
  });
});
