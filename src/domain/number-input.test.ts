import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumberLanguage } from './number-input';
import { MAX_NUMBER, currencyOf, parseNumberInput } from './number-input';

const read = (text: string, language: NumberLanguage) => parseNumberInput(text, language);
const valueOf = (text: string, language: NumberLanguage) => {
  const parsed = read(text, language);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('numbers as people type them in Polish', () => {
  it.each([
    ['45 000,50', 45000.5, null],
    ['45 000', 45000, null],
    ['45000,5', 45000.5, null],
    ['45000 zł', 45000, 'PLN'],
    ['2 450', 2450, null],
    ['2\u00a0450', 2450, null],
    ['2\u202f450', 2450, null],
    ['45\u00a0000,50\u00a0zł', 45000.5, 'PLN'],
    ['2.450', 2450, null],
    ['45.000,50', 45000.5, null],
    ['1 234 567,89', 1234567.89, null],
    ['18500', 18500, null],
    ['0,25', 0.25, null],
    [',5', 0.5, null],
    ['2.45', 2.45, null],
    ['45 tys. zł', 45000, 'PLN'],
    ['1,15 mln', 1150000, null],
    ['PLN 45 000', 45000, 'PLN'],
    ['45 000 EUR', 45000, 'EUR'],
    ['40%', 40, null],
    ['40 %', 40, null],
    ['-3,5', -3.5, null],
    ['\u22123,5', -3.5, null],
  ])('reads “%s” as %d', (text, value, currency) => {
    expect(read(text, 'pl')).toEqual({ kind: 'number', value, currency });
  });
});

describe('numbers as people type them in English', () => {
  it.each([
    ['45,000.50', 45000.5, null],
    ['45000.5', 45000.5, null],
    ['€45,000', 45000, 'EUR'],
    ['2,450', 2450, null],
    ['2,5', 2.5, null],
    ['1,234,567.89', 1234567.89, null],
    ['PLN 45,000.50', 45000.5, 'PLN'],
    ['-€45,000.50', -45000.5, 'EUR'],
    ['45k', 45000, null],
    ['1.5 million', 1500000, null],
    ['45 000', 45000, null],
    ['.5', 0.5, null],
  ])('reads “%s” as %d', (text, value, currency) => {
    expect(read(text, 'en')).toEqual({ kind: 'number', value, currency });
  });
});

describe('what a separator means depends on the language, exactly where it is ambiguous', () => {
  it('reads “2.450” as 2 450 in Polish and as 2.45 in English', () => {
    expect(valueOf('2.450', 'pl')).toBe(2450);
    expect(valueOf('2.450', 'en')).toBe(2.45);
  });
  it('reads “2,450” as 2 450 in English and as 2,45 in Polish', () => {
    expect(valueOf('2,450', 'en')).toBe(2450);
    expect(valueOf('2,450', 'pl')).toBe(2.45);
  });
  it('reads the other mark as a decimal when it cannot group: two or four digits after it', () => {
    expect(valueOf('2.45', 'pl')).toBe(2.45);
    expect(valueOf('2.4500', 'pl')).toBe(2.45);
    expect(valueOf('2,45', 'en')).toBe(2.45);
    expect(valueOf('2,4500', 'en')).toBe(2.45);
  });
  it('groups only when the first group has one to three digits (1.450 groups, 1234.450 is a decimal)', () => {
    expect(valueOf('999.450', 'pl')).toBe(999450);
    expect(valueOf('1234.450', 'pl')).toBe(1234.45);
  });
});

describe('text that is not a number is refused with a reason, never guessed', () => {
  it.each([
    ['abc', 'not-a-number'],
    ['zł', 'not-a-number'],
    ['12 tysięcy osób', 'not-a-number'],
    ['4 50', 'groups'],
    ['45 00,5', 'groups'],
    ['1,000,5', 'groups'],
    ['1.000.000,5.5', 'groups'],
    ['45 000 zł EUR', 'two-currencies'],
    ['1e5', 'not-a-number'],
    ['--5', 'not-a-number'],
  ] as const)('“%s” → %s', (text, reason) => {
    expect(read(text, 'pl')).toEqual({ kind: 'invalid', reason });
  });

  it('refuses a negative amount only where the field asks for it', () => {
    expect(parseNumberInput('-5', 'en', { allowNegative: false })).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(parseNumberInput('-5', 'en')).toEqual({ kind: 'number', value: -5, currency: null });
    expect(parseNumberInput('0', 'en', { allowNegative: false })).toEqual({ kind: 'number', value: 0, currency: null });
  });

  it('keeps numbers up to a million billion exactly, and refuses one step beyond', () => {
    expect(valueOf('1 000 000 000 000 000', 'pl')).toBe(MAX_NUMBER);
    expect(read('1 000 000 000 000 001', 'pl')).toEqual({ kind: 'invalid', reason: 'too-large' });
  });

  it('treats an empty or blank field as empty', () => {
    expect(read('', 'pl')).toEqual({ kind: 'empty' });
    expect(read('  \u00a0', 'en')).toEqual({ kind: 'empty' });
  });
});

describe('currencies', () => {
  it('knows what people type for a currency', () => {
    expect(currencyOf('zł')).toBe('PLN');
    expect(currencyOf('ZŁ')).toBe('PLN');
    expect(currencyOf('€')).toBe('EUR');
    expect(currencyOf('sek')).toBe('SEK');
    expect(currencyOf('XYZ')).toBeNull();
    expect(currencyOf('dolary')).toBeNull();
  });
});

// Property: what Intl writes in a language, the parser reads back in the same language.
const LOCALES: Record<NumberLanguage, string> = { pl: 'pl-PL', en: 'en-GB' };
const integers = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const cents = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((c) => c / 100);

describe.each(['pl', 'en'] as const)('Intl output read back in %s', (language) => {
  const plain = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
  const ungrouped = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2, useGrouping: false });
  const money = (code: string) => new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: code });

  it('reads back every integer up to 10^9, grouped and not', () => {
    fc.assert(
      fc.property(integers, (n) => {
        expect(valueOf(plain.format(n), language)).toBe(n);
        expect(valueOf(ungrouped.format(n), language)).toBe(n);
      }),
    );
  });

  it('reads back every amount with two decimals up to 10^9', () => {
    fc.assert(
      fc.property(cents, (n) => {
        expect(valueOf(plain.format(n), language)).toBe(n);
        expect(valueOf(ungrouped.format(n), language)).toBe(n);
      }),
    );
  });

  it('reads back amounts in PLN and EUR with their currency', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom('PLN', 'EUR'), (n, code) => {
        expect(read(money(code).format(n), language)).toEqual({ kind: 'number', value: n === 0 ? 0 : n, currency: code });
      }),
    );
  });
});
