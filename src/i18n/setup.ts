import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@/domain/assessment';

/** Texts loaded before the first screen: the home screen's. Every other screen loads its own. */
export const NAMESPACES = ['common'] as const;

// Each locale file becomes its own small chunk; all of them are precached for offline use.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const loader = loaders[`../../locales/${language}/${namespace}.json`];
  if (!loader) return Promise.reject(new Error(`No locale file ${language}/${namespace}`));
  return loader().then((m) => m.default);
}

/**
 * Starts loading the first screen's texts in the likely language while storage opens, so that the two
 * waits overlap (the file is then at hand when i18next asks for it; a wrong guess costs one small file).
 */
export function preloadTexts(language: Language): void {
  for (const namespace of NAMESPACES) void loadNamespace(language, namespace).catch(() => undefined);
}

/** Starts i18next in the given language; resolves when the texts of that language are loaded. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next
    .use(resourcesToBackend(loadNamespace))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'pl'],
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
