import { describe, expect, it } from 'vitest';
import en from '@locales/en/cases.json';
import pl from '@locales/pl/cases.json';
import { DIMENSION_IDS } from '../dimensions';
import type { ClusterCase } from './cases';
import { CASE_DOCUMENTS, CASE_IDS, casePath, CASES, caseCountries, casesFor, describes, FACT_IDS, filterCases, findCase } from './cases';

type CaseTexts = {
  name: string;
  place: string;
  summary: string;
  dimensions: Record<string, string | undefined>;
  worked: string[];
  lessons: string[];
};
const LOCALES = { en, pl } as const;
const textsOf = (language: keyof typeof LOCALES, id: string): CaseTexts | undefined =>
  (LOCALES[language].items as Record<string, CaseTexts | undefined>)[id];
const all: readonly ClusterCase[] = CASES;

describe('the case library', () => {
  it('has unique ids, listed in CASE_IDS in library order', () => {
    const ids = all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...CASE_IDS]);
    expect(casePath('ecobi')).toBe('/library/case/ecobi');
  });

  it('names a source document and a place in it for every case', () => {
    for (const c of all) {
      expect(CASE_DOCUMENTS, c.id).toContain(c.source.document);
      expect(c.source.section.trim(), c.id).not.toBe('');
      expect(c.source.lines ?? '', c.id).toMatch(/^\d+–\d+/);
    }
  });

  it('draws on all three documents: the two profiles of the method, the Pomeranian model and at least five GECES cases', () => {
    expect(all.filter((c) => c.source.document === '001').map((c) => c.id)).toEqual(['ozrss', 'hamburg']);
    expect(all.filter((c) => c.source.document === '000').map((c) => c.id)).toEqual(['pkes']);
    expect(all.filter((c) => c.source.document === '004').length).toBeGreaterThanOrEqual(5);
  });

  it('marks the Pomeranian cluster as a model drawn up in 2025, not as a founded cluster', () => {
    const pkes = findCase('pkes');
    expect(pkes?.kind).toBe('model');
    expect(pkes?.modelYear).toBe(2025);
    expect(pkes?.founded).toBeUndefined();
    for (const c of all.filter((x) => x.kind !== 'model')) expect(c.modelYear, c.id).toBeUndefined();
  });

  it('has at least three cases describing every dimension', () => {
    for (const dimension of DIMENSION_IDS) {
      expect(casesFor(dimension).length, dimension).toBeGreaterThanOrEqual(3);
    }
  });

  it('lists each case’s dimensions once, in the method’s order', () => {
    for (const c of all) {
      const order = c.dimensions.map((d) => DIMENSION_IDS.indexOf(d));
      expect(order, c.id).toEqual([...new Set(order)].sort((a, b) => a - b));
      expect(Math.min(...order), c.id).toBeGreaterThanOrEqual(0);
    }
  });

  it.each(['en', 'pl'] as const)('has %s text for exactly the dimensions a case describes', (language) => {
    for (const c of all) {
      const texts = textsOf(language, c.id);
      for (const dimension of DIMENSION_IDS) {
        const text = texts?.dimensions[dimension];
        if (describes(c, dimension)) expect(text?.trim(), `${language} ${c.id} ${dimension}`).toBeTruthy();
        else expect(text, `${language} ${c.id} ${dimension} is silent in the source`).toBeUndefined();
      }
    }
  });

  it.each(['en', 'pl'] as const)('gives every case in %s a name, place, summary, 2–4 success factors and 1–3 lessons', (language) => {
    for (const c of all) {
      const texts = textsOf(language, c.id);
      expect(texts?.name.trim(), `${language} ${c.id}`).toBeTruthy();
      expect(texts?.place.trim(), `${language} ${c.id}`).toBeTruthy();
      expect(texts?.summary.trim(), `${language} ${c.id}`).toBeTruthy();
      expect(texts?.worked.length, `${language} ${c.id} worked`).toBeGreaterThanOrEqual(2);
      expect(texts?.worked.length, `${language} ${c.id} worked`).toBeLessThanOrEqual(4);
      expect(texts?.lessons.length, `${language} ${c.id} lessons`).toBeGreaterThanOrEqual(1);
      expect(texts?.lessons.length, `${language} ${c.id} lessons`).toBeLessThanOrEqual(3);
      expect(textsOf('pl', c.id)?.worked.length, c.id).toBe(textsOf('en', c.id)?.worked.length);
      expect(textsOf('pl', c.id)?.lessons.length, c.id).toBe(textsOf('en', c.id)?.lessons.length);
    }
  });

  it('has no texts for cases that do not exist', () => {
    const ids = all.map((c) => c.id).sort();
    expect(Object.keys(en.items).sort()).toEqual(ids);
    expect(Object.keys(pl.items).sort()).toEqual(ids);
  });

  it('keeps key figures unique per case, positive, and labelled in both languages', () => {
    for (const c of all) {
      const ids = c.facts.map((f) => f.id);
      expect(new Set(ids).size, c.id).toBe(ids.length);
      for (const fact of c.facts) {
        expect(FACT_IDS, c.id).toContain(fact.id);
        expect(fact.value, `${c.id} ${fact.id}`).toBeGreaterThan(0);
        if (fact.unit === 'percent') expect(fact.value, `${c.id} ${fact.id}`).toBeLessThanOrEqual(100);
        expect(en.facts[fact.id]).toBeTruthy();
        expect(pl.facts[fact.id]).toBeTruthy();
      }
    }
  });

  it('uses real country codes and plausible founding years', () => {
    for (const c of all) {
      expect(c.country, c.id).toMatch(/^[A-Z]{2}$/);
      expect(new Intl.DisplayNames(['en'], { type: 'region' }).of(c.country), c.id).not.toBe(c.country);
      if (c.founded !== undefined) expect(c.founded, c.id).toBeGreaterThanOrEqual(1990);
      if (c.founded !== undefined) expect(c.founded, c.id).toBeLessThanOrEqual(2025);
    }
  });
});

describe('finding and filtering cases', () => {
  it('finds a case by id and nothing for an unknown or missing id', () => {
    expect(findCase('ecobi')?.country).toBe('IT');
    expect(findCase('nope')).toBeUndefined();
    expect(findCase(undefined)).toBeUndefined();
  });

  it('lists the cases that describe a dimension and leaves out those whose source is silent on it', () => {
    const coordination = casesFor('coordination').map((c) => c.id);
    expect(coordination).toContain('hamburg');
    expect(coordination).toContain('ecobi');
    expect(coordination).not.toContain('ozrss');
    expect(coordination).not.toContain('circularium');
  });

  it('filters by country and by kind, null meaning any', () => {
    expect(filterCases({ country: null, kind: null })).toHaveLength(all.length);
    expect(filterCases({ country: 'PL', kind: null }).map((c) => c.id)).toEqual(['ozrss', 'pkes']);
    expect(filterCases({ country: 'PL', kind: 'model' }).map((c) => c.id)).toEqual(['pkes']);
    expect(filterCases({ country: null, kind: 'emerging' }).map((c) => c.id)).toEqual(['circularium']);
    expect(filterCases({ country: 'DE', kind: 'model' })).toEqual([]);
  });

  it('lists each country once, in library order', () => {
    const countries = caseCountries();
    expect(countries[0]).toBe('PL');
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries).toEqual(expect.arrayContaining(['DE', 'ES', 'BE', 'IE', 'NL', 'IT', 'GB']));
  });
});
