/**
 * The words of an exported file in one language, apart from the screen's language: exports can be
 * made in the other language too. Loads the namespaces a report needs and gives fixed translators.
 */
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { Language } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import type { ValueInForce } from '@/domain/participants';
import { formatDate, formatNumber } from '@/i18n/format';

export type ReportText = {
  language: Language;
  /** Texts of the files (locales/<lang>/export.json). */
  t: TFunction<'export'>;
  /** Shared app texts (modes, sectors…) and the steps' texts (rating names, statuses…). */
  common: TFunction;
  workspace: TFunction<'workspace'>;
  dimension: (id: DimensionId) => string;
  /** A date (YYYY-MM-DD) in the language's long format; '' stays ''. */
  date: (isoDate: string) => string;
  number: (value: number) => string;
  /** A rating in force: a number in the language's format, or n/a, don't know, –. */
  rating: (value: ValueInForce) => string;
};

export const REPORT_NAMESPACES = ['export', 'common', 'workspace', 'guidance'] as const;

/** Texts for a report in the given language (loads them first if needed). */
export async function loadReportText(language: Language): Promise<ReportText> {
  await i18next.loadLanguages(language);
  await i18next.loadNamespaces([...REPORT_NAMESPACES]);
  return reportText(language);
}

/** Texts for a report in a language whose REPORT_NAMESPACES are loaded already (a screen that suspended for them). */
export function reportText(language: Language): ReportText {
  const t = i18next.getFixedT(language, 'export');
  const common = i18next.getFixedT(language, 'common');
  const workspace = i18next.getFixedT(language, 'workspace');
  const guidance = i18next.getFixedT(language, 'guidance');
  return {
    language,
    t,
    common,
    workspace,
    dimension: (id) => guidance(`dimensions.${id}.name`),
    date: (iso) => (iso.trim() === '' ? '' : formatDate(iso, language)),
    number: (value) => formatNumber(value, language),
    rating: (value) => {
      if (typeof value === 'number') return formatNumber(value, language);
      if (value === null) return workspace('rating.short.unrated');
      return workspace(`rating.short.${value}`);
    },
  };
}
