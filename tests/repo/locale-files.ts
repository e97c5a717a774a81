/** The locale files as flat maps of dotted keys to texts, for the repository checks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const localesDir = join(import.meta.dirname, '..', '..', 'locales');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every text of one namespace in one language, by dotted key. */
export function loadLocale(language: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')) as Tree);
}
