import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocale } from './locale-files';

const root = join(import.meta.dirname, '..', '..');
const localesDir = join(root, 'locales');
const LANGUAGES = ['en', 'pl'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const load = loadLocale;

const namespaces = readdirSync(join(localesDir, 'en')).map((f) => f.replace(/\.json$/, ''));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('locale files', () => {
  it('exist for the same namespaces in every language', () => {
    for (const language of LANGUAGES) {
      expect(readdirSync(join(localesDir, language)).map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...namespaces].sort());
    }
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const en = load('en', namespace);
    const pl = load('pl', namespace);

    it('has the same keys in English and Polish (plural forms aside)', () => {
      expect([...baseKeys(pl.keys())].sort()).toEqual([...baseKeys(en.keys())].sort());
    });

    it('has no empty text', () => {
      for (const [language, map] of [['en', en], ['pl', pl]] as const) {
        const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => `${language}:${k}`);
        expect(empty).toEqual([]);
      }
    });

    it('uses the same {{placeholders}} in both languages', () => {
      for (const [key, text] of en) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const plText = pl.get(key) ?? pl.get(`${base}_other`) ?? pl.get(`${base}_many`) ?? '';
        expect(placeholders(plText), `${namespace}:${key}`).toEqual(placeholders(text));
      }
    });

    it('gives every Polish plural the one, few, many and other forms, and English one and other', () => {
      const plPlurals = [...pl.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, ''));
      const enPlurals = [...en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, ''));
      const plRequired = new Intl.PluralRules('pl').resolvedOptions().pluralCategories;
      for (const base of new Set([...plPlurals, ...enPlurals])) {
        for (const form of plRequired) expect(pl.has(`${base}_${form}`), `pl ${namespace}:${base}_${form}`).toBe(true);
        for (const form of ['one', 'other']) expect(en.has(`${base}_${form}`), `en ${namespace}:${base}_${form}`).toBe(true);
      }
    });
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('keys used in the code', () => {
  it('exist in the English locale files (static t() calls)', () => {
    const all = new Map(namespaces.map((ns) => [ns, load('en', ns)]));
    const missing: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const namespace = /useTranslation\('(\w+)'\)/.exec(text)?.[1] ?? 'common';
      for (const match of text.matchAll(/\bt\('([\w.-]+)'/g)) {
        const key = match[1] ?? '';
        const keys = all.get(namespace) ?? new Map<string, string>();
        const inAny = [...all.values()].some((map) => map.has(key) || map.has(`${key}_other`));
        const found = keys.has(key) || keys.has(`${key}_other`) || inAny;
        if (!found) missing.push(`${file.replace(root, '')}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
