/**
 * The glossary's "Decisions for the app" (../shared/glossary-en-pl.md) held as a test: every Polish
 * text uses one word per idea, and this fails when a forbidden variant comes back.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocale, localesDir } from './locale-files';

const namespaces = readdirSync(join(localesDir, 'pl')).map((f) => f.replace(/\.json$/, ''));
const load = loadLocale;

/** Forbidden Polish variants, each with the word the app uses instead. */
const FORBIDDEN: { pattern: RegExp; use: string }[] = [
  { pattern: /diagram\S* pajęczynow/i, use: 'diagram pajęczy' },
  { pattern: /wykres\S* radarow/i, use: 'diagram pajęczy' },
  { pattern: /pajęczyn/i, use: 'diagram pajęczy' },
  { pattern: /\bradar/i, use: 'diagram pajęczy' },
  { pattern: /zdję(cie|cia|ciu|ć|ciem) (profilu|dojrzałości)/i, use: 'migawka' },
  { pattern: /(^|[^\p{L}])(ideał|idealn)/iu, use: 'profil docelowy / poziom docelowy' },
  { pattern: /fundator/i, use: 'podmiot finansujący' },
  { pattern: /niezbywaln/i, use: 'bezwzględnie konieczny' },
  { pattern: /na osobności/i, use: 'poufna ocena indywidualna' },
  { pattern: /(^|[^\p{L}])(odkry(ć|j|te|to|cie|wa|jesz|jesz|je|ją|łeś|łaś))/iu, use: 'odsłonić' },
  { pattern: /widok(i|ów|u)? sektor/i, use: 'oceny według sektorów' },
  { pattern: /(^|[^\p{L}])(sala|sali|salę)(?= (widzi|myśli|uważa)|[?.!]|$)/iu, use: 'grupa' },
  { pattern: /porzucon/i, use: 'zaniechane' },
  { pattern: /Holandi/i, use: 'Niderlandy' },
  { pattern: /(^|[^\p{L}])prowadząc(y|ego|emu|ym)(?= (nie|ich|może|ustala|odsłoni|zobaczy)|[.,]|$)/iu, use: 'moderator' },
  { pattern: /ewaluacj/i, use: 'ocena' },
  { pattern: /(\d|\])[ \u00a0\u202f]%/, use: '40% (no space before %)' },
];

/** The forbidden variants a text uses, by the word to use instead. */
export function forbiddenIn(text: string): string[] {
  return FORBIDDEN.filter((f) => f.pattern.test(text)).map((f) => `${f.pattern.source} → ${f.use}`);
}

/** An English text about the ideal (not "ideally", not an ideal profile's label of another kind). */
const ABOUT_IDEAL = /\bideal\b/i;
/** "cel" in any case, or "ideał": the goal's and the purpose's word, never the ideal's. */
const GOAL_WORD = /(^|[^\p{L}])(cel|celu|celem|celów|ideał\p{L}*)(?=[^\p{L}]|$)/iu;

describe('the forbidden-variant check', () => {
  it.each([
    ['Diagram pajęczynowy punktu wyjścia'],
    ['Wykres radarowy (PNG)'],
    ['Pobierz pajęczynę'],
    ['Zapisz zdjęcie profilu'],
    ['Ideał'],
    ['Publiczny fundator rdzenia'],
    ['Niezbywalne czynniki sukcesu'],
    ['Rozpocznij ocenę na osobności'],
    ['Odkryj wszystkie oceny'],
    ['Widoki sektorów'],
    ['Jak widzi to sala?'],
    ['Porzucone: 2 działania'],
    ['Impact City (Holandia)'],
    ['dopóki prowadzący ich nie odsłoni'],
    ['Żadne źródło powyżej 40 %'],
  ])('flags “%s”', (text) => {
    expect(forbiddenIn(text)).not.toEqual([]);
  });

  it.each([
    ['Diagram pajęczy punktu wyjścia i profilu docelowego'],
    ['Zapisz migawkę'],
    ['Publiczny podmiot finansujący'],
    ['Bezwzględnie konieczne czynniki sukcesu'],
    ['Odsłoń wszystkie oceny'],
    ['Zaniechane: 2 działania'],
    ['Impact City The Hague (Niderlandy)'],
    ['Działania prowadzące do celu'],
    ['Żadne źródło powyżej 40%'],
    ['Zapisywać sale, sprzęt, godziny pracy ekspertów'],
  ])('lets “%s” pass', (text) => {
    expect(forbiddenIn(text)).toEqual([]);
  });

  it('finds "cel" used for the ideal, not "poziom docelowy"', () => {
    expect(GOAL_WORD.test('Cel')).toBe(true);
    expect(GOAL_WORD.test('Punkt wyjścia, cel i luka')).toBe(true);
    expect(GOAL_WORD.test('Poziom docelowy')).toBe(false);
    expect(GOAL_WORD.test('Profil docelowy: gdzie klaster chce być')).toBe(false);
  });
});

describe.each(namespaces)('Polish texts of %s follow the glossary', (ns) => {
  const pl = load('pl', ns);
  const en = load('en', ns);

  it('use no forbidden variant', () => {
    const found = [...pl].flatMap(([key, text]) => forbiddenIn(text).map((f) => `${ns}:${key}: ${f}`));
    expect(found).toEqual([]);
  });

  it('never call the ideal "cel" or "ideał"', () => {
    const found = [...pl]
      .filter(([key, text]) => ABOUT_IDEAL.test(en.get(key) ?? en.get(key.replace(/_(few|many)$/, '_other')) ?? '') && GOAL_WORD.test(text))
      // Texts that speak of a goal as well as the ideal name both; the ideal's own labels must not.
      .filter(([key]) => !/goal|smart/i.test(en.get(key) ?? ''))
      .map(([key, text]) => `${ns}:${key}: ${text}`);
    expect(found).toEqual([]);
  });
});
