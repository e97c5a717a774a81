/** The worked example: a complete PKES assessment in the current interface language, stored like any other. */
import i18next from 'i18next';
import type { Assessment } from '@/domain/assessment';
import type { ExampleTexts } from '@/domain/example';
import { buildExample } from '@/domain/example';
import { localIsoDate } from '@/i18n/format';
import { isLanguage } from '@/i18n/language';
import { appEnv } from '@/lib/env';
import { saveAssessment } from '@/storage/repository';
import type { ActionResult } from './assessment-actions';
import { ensurePersistence } from './storage-boot';

/** Loads the example texts of the current language, builds the example, stores it and returns it. */
export async function loadExample(): Promise<ActionResult<Assessment>> {
  try {
    await i18next.loadNamespaces('example');
    const current = i18next.resolvedLanguage ?? i18next.language;
    const language = isLanguage(current) ? current : 'en';
    const texts = i18next.getResourceBundle(language, 'example') as ExampleTexts | undefined;
    if (!texts) return { ok: false, reason: 'texts-missing' };
    const assessment = buildExample(texts, { ...appEnv(), today: localIsoDate() }, language);
    const result = await saveAssessment(assessment, assessment.createdAt);
    if (!result.ok) return { ok: false, reason: result.reason };
    void ensurePersistence();
    return { ok: true, value: result.saved };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'failed' };
  }
}
