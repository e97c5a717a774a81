/** A change between two ratings with its sign (+1, −0.5, 0), in the language's number format. */
export function formatChange(change: number, language: string): string {
  const locale = language === 'pl' ? 'pl-PL' : 'en-GB';
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
  // A typographic minus sign, as the method's documents print it.
  return text.replace('-', '\u2212');
}
