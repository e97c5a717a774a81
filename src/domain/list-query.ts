/**
 * Search, sort and filter of a list of assessments (the home list; a portfolio picker can reuse it).
 * Pure: works on anything with the summary's fields (src/domain/assessment-summary.ts).
 *
 * - Search: every word typed must appear in the name, region or facilitator, ignoring case and diacritics
 *   ("lodz" finds "Łódź", "zulawy" finds "Żuławy").
 * - Sort: last change (newest first), name, region (A–Z in the interface language, empty regions last),
 *   progress (most steps done first). Ties keep the newest change first.
 * - Filter by mode: all, creation or evaluation.
 */
import type { Mode } from './assessment';

export const LIST_SORTS = ['updated', 'name', 'region', 'progress'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export type ListQuery = { text: string; sort: ListSort; mode: Mode | 'all' };

export const DEFAULT_LIST_QUERY: ListQuery = { text: '', sort: 'updated', mode: 'all' };

export type Listable = { name: string; region: string; facilitator: string; mode: Mode; updatedAt: string; done: number };

// Letters that Unicode does not decompose into a base letter and a mark.
const PLAIN: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower case, without diacritics, for matching: "Łódź" → "lodz". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđßæœı]/g, (c) => PLAIN[c] ?? c);
}

/** The words of a search, folded; empty when nothing but spaces was typed. */
export function searchWords(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

// The folded text of each item, kept while the item lives: typing searches thousands of items per key.
const folded = new WeakMap<Listable, string>();

export function matchesSearch(item: Listable, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  let haystack = folded.get(item);
  if (haystack === undefined) {
    haystack = foldText(`${item.name}\n${item.region}\n${item.facilitator}`);
    folded.set(item, haystack);
  }
  return words.every((w) => haystack.includes(w));
}

const newestFirst = (a: Listable, b: Listable) => b.updatedAt.localeCompare(a.updatedAt);

/** Compares two items for a sort; `compareText` orders words in the interface language (Intl.Collator). */
export function listComparator(sort: ListSort, compareText: (a: string, b: string) => number): (a: Listable, b: Listable) => number {
  switch (sort) {
    case 'updated':
      return newestFirst;
    case 'name':
      return (a, b) => compareText(a.name, b.name) || newestFirst(a, b);
    case 'region':
      return (a, b) => {
        // An assessment without a region goes after every named region.
        if (!a.region !== !b.region) return a.region ? -1 : 1;
        return compareText(a.region, b.region) || newestFirst(a, b);
      };
    case 'progress':
      return (a, b) => b.done - a.done || newestFirst(a, b);
  }
}

/** The items the query shows, in its order. The input is not changed. */
export function queryList<T extends Listable>(items: readonly T[], query: ListQuery, compareText: (a: string, b: string) => number): T[] {
  const words = searchWords(query.text);
  return items
    .filter((item) => (query.mode === 'all' || item.mode === query.mode) && matchesSearch(item, words))
    .sort(listComparator(query.sort, compareText));
}
