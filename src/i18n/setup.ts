import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@/domain/assessment';

export const NAMESPACES = ['common', 'workspace'] as const;

// Each locale file becomes its own small chunk; all of them are precached for offline use.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const loader = loaders[`../../locales/${language}/${namespace}.json`];
  if (!loader) return Promise.reject(new Error(`No locale file ${language}/${namespace}`));
  return loader().then((m) => m.default);
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
