import i18next from 'i18next';
import type { Language } from '@/domain/assessment';
import { setSetting } from '@/storage/repository';
import { useAppStore } from './app-store';
import { SETTING_LANGUAGE } from './storage-boot';

/** Switches the interface language and remembers the choice on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  useAppStore.getState().setLanguage(language);
  await setSetting(SETTING_LANGUAGE, language);
}
