/**
 * Numbers and amounts as people type them, in the interface language. Pure: no Intl formatting, no React.
 *
 * Polish writes 45 000,50 (groups by a space, U+00A0 or U+202F; decimal comma), English 45,000.50. What one
 * language calls ambiguous follows its own rule: "2.450" is 2 450 in Polish, "2,450" is 2 450 in English.
 * A separator that cannot be a group (not followed by exactly three digits) is read as the decimal mark,
 * so "2,5" typed in English is 2.5 and "2.5" typed in Polish is 2,5; the field shows what it understood.
 * A currency sign or code (zł, PLN, €, EUR, $…) and the words for thousand/million/billion may stand
 * before or after the number. Anything else is unreadable and kept as typed by the caller.
 */
export type NumberLanguage = 'pl' | 'en';

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; currency: string | null }
  | { kind: 'invalid'; reason: NumberProblem };

/** Why a text is not a number, in words the screens translate (workspace:numberField.problems.<code>). */
export type NumberProblem = 'not-a-number' | 'groups' | 'too-large' | 'negative' | 'two-currencies';

/** Larger amounts lose digits in a JavaScript number; nobody plans a cluster measure beyond this. */
export const MAX_NUMBER = 1e15;

const GROUP_SPACES = /[\u0020\u00a0\u202f\u2009\u2007]/g;

/** Currency signs and codes people type, lower-cased, with the ISO code they stand for. */
const CURRENCY_WORDS: Record<string, string> = {
  zł: 'PLN',
  zl: 'PLN',
  złotych: 'PLN',
  pln: 'PLN',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  $: 'USD',
  usd: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  kč: 'CZK',
  czk: 'CZK',
  chf: 'CHF',
  sek: 'SEK',
  dkk: 'DKK',
  nok: 'NOK',
  huf: 'HUF',
  ft: 'HUF',
  ron: 'RON',
  bgn: 'BGN',
};

/** Words for thousand, million and billion in both languages, with their power of ten. */
const SCALE_WORDS: Record<string, number> = {
  k: 3,
  tys: 3,
  'tys.': 3,
  tysięcy: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  mln: 6,
  'mln.': 6,
  million: 6,
  mld: 9,
  'mld.': 9,
  bn: 9,
  billion: 9,
};

/** The ISO 4217 code a sign or code stands for ("zł" → PLN); null when the word is no currency we know. */
export function currencyOf(word: string): string | null {
  const lower = word.trim().toLowerCase();
  const known = CURRENCY_WORDS[lower];
  if (known) return known;
  return /^[a-z]{3}$/.test(lower) && isIsoCurrency(lower.toUpperCase()) ? lower.toUpperCase() : null;
}

/** True for an ISO 4217 code the platform knows (EUR, PLN, SEK…). */
export function isIsoCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return false;
  }
}

type Split = { sign: 1 | -1; body: string; currency: string | null; scale: number } | NumberProblem;

/** Takes the sign, currency and scale words off both ends of the text; what remains must be digits and separators. */
function splitAffixes(text: string): Split {
  let rest = text.trim().replace(/\u2212/g, '-');
  let sign: 1 | -1 = 1;
  const currencies = new Set<string>();
  let scale = 0;
  // Words and signs are peeled off the ends one at a time: "-€45,000", "45 tys. zł", "PLN 45 000".
  for (let guard = 0; guard < 8; guard += 1) {
    const before = rest;
    if (rest.startsWith('-')) {
      if (sign === -1) return 'not-a-number';
      sign = -1;
      rest = rest.slice(1).trim();
    }
    const lead = /^(\p{L}+\.?|[€$£])/u.exec(rest);
    if (lead && currencyOf(lead[1] ?? '')) {
      currencies.add(currencyOf(lead[1] ?? '') ?? '');
      rest = rest.slice(lead[0].length).trim();
    }
    const trail = /(\p{L}+\.?|[€$£%])$/u.exec(rest);
    if (trail) {
      const word = (trail[1] ?? '').toLowerCase();
      const currency = currencyOf(word);
      if (currency) currencies.add(currency);
      else if (word in SCALE_WORDS && scale === 0) scale = SCALE_WORDS[word] ?? 0;
      else if (word !== '%') break;
      rest = rest.slice(0, rest.length - trail[0].length).trim();
    }
    if (rest === before) break;
  }
  if (currencies.size > 1) return 'two-currencies';
  return { sign, body: rest, currency: [...currencies][0] ?? null, scale };
}

type Digits = { whole: string; fraction: string } | NumberProblem;

/** "45 000,50" → 45000 and 50, by the rules of the language; a problem when the separators make no number. */
function readDigits(body: string, language: NumberLanguage): Digits {
  const text = body.replace(GROUP_SPACES, ' ');
  if (!/^[\d ,.]+$/.test(text) || !/\d/.test(text)) return 'not-a-number';
  const hasSpace = text.includes(' ');
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  let decimalMark: ',' | '.' | null = null;
  let groupMark: ',' | '.' | ' ' | null = hasSpace ? ' ' : null;
  if (commas > 0 && dots > 0) {
    // Both marks: the last one is the decimal mark, the other groups ("45.000,50" and "45,000.50").
    decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    if (hasSpace) return 'groups';
    groupMark = decimalMark === ',' ? '.' : ',';
  } else if (commas + dots > 0) {
    const mark = commas > 0 ? ',' : '.';
    const count = commas + dots;
    const languageDecimal = language === 'pl' ? ',' : '.';
    const afterLast = text.slice(text.lastIndexOf(mark) + 1);
    const couldGroup = !hasSpace && /^\d{3}$/.test(afterLast) && /^\d{1,3}$/.test(text.split(mark)[0] ?? '');
    if (count > 1) {
      if (hasSpace) return 'groups';
      groupMark = mark;
    } else if (mark === languageDecimal || !couldGroup) {
      decimalMark = mark;
    } else {
      groupMark = mark;
    }
  }
  const [wholeRaw = '', fraction = '', ...extra] = decimalMark ? text.split(decimalMark) : [text];
  if (extra.length > 0 || /[ ,.]/.test(fraction)) return 'groups';
  if (groupMark && wholeRaw.includes(groupMark)) {
    const groups = wholeRaw.split(groupMark);
    const [first = '', ...others] = groups;
    if (!/^\d{1,3}$/.test(first) || others.some((g) => !/^\d{3}$/.test(g))) return 'groups';
  } else if (/[ ,.]/.test(wholeRaw)) {
    return 'groups';
  }
  const whole = wholeRaw.replace(/[ ,.]/g, '');
  if (whole === '' && fraction === '') return 'not-a-number';
  return { whole: whole === '' ? '0' : whole, fraction };
}

/** The digits shifted by a power of ten and read as a number, without binary rounding on the way (1,15 mln). */
function toNumber(whole: string, fraction: string, scale: number): number {
  const shift = Math.min(scale, fraction.length);
  const intPart = whole + fraction.slice(0, shift) + '0'.repeat(scale - shift);
  const rest = fraction.slice(shift);
  return Number(rest === '' ? intPart : `${intPart}.${rest}`);
}

export type ParseOptions = { allowNegative?: boolean };

/** Reads a number or an amount typed in the interface language. Never guesses silently: see the module comment. */
export function parseNumberInput(text: string, language: NumberLanguage, options: ParseOptions = {}): ParsedNumber {
  if (text.trim() === '') return { kind: 'empty' };
  const split = splitAffixes(text);
  if (typeof split === 'string') return { kind: 'invalid', reason: split };
  const digits = readDigits(split.body, language);
  if (typeof digits === 'string') return { kind: 'invalid', reason: digits };
  const magnitude = toNumber(digits.whole, digits.fraction, split.scale);
  if (!Number.isFinite(magnitude) || magnitude > MAX_NUMBER) return { kind: 'invalid', reason: 'too-large' };
  const value = split.sign * magnitude;
  if (value < 0 && options.allowNegative === false) return { kind: 'invalid', reason: 'negative' };
  // -0 is shown and stored as 0.
  return { kind: 'number', value: value === 0 ? 0 : value, currency: split.currency };
}
