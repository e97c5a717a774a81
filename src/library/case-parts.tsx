import { useTranslation } from 'react-i18next';
import type { CaseFact, CaseSource, ClusterCase } from '@/domain/library/cases';
import { formatNumber } from '@/i18n/format';

/** The country's name in the reader's language (Intl), e.g. "Poland" / "Polska". */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where a case comes from: "Source: <document>, <section or pages>". */
export function CaseSourceLine({ source }: { source: CaseSource }) {
  const { t } = useTranslation('cases');
  const where = t(`where.${source.document}`, { section: source.section });
  return <p className="case-source">{t('ui.source', { document: t(`documents.${source.document}`), where })}</p>;
}

/** One key figure as text, e.g. "about 5.25 FTE" / "ok. 5,25 etatu". */
export function useFactText(): (fact: CaseFact) => string {
  const { t, i18n } = useTranslation('cases');
  return (fact) => {
    const value = t(`units.${fact.unit}`, { value: formatNumber(fact.value, i18n.language, 2) });
    return fact.qualifier ? t(`qualifiers.${fact.qualifier}`, { value }) : value;
  };
}

/** Country, place and year (founded, or when a model was drawn up), joined as one line. */
export function useCaseMeta(): (c: ClusterCase) => string {
  const { t, i18n } = useTranslation('cases');
  return (c) => {
    const parts = [countryName(c.country, i18n.language), t(`items.${c.id}.place`)];
    if (c.founded !== undefined) parts.push(t('ui.founded', { year: String(c.founded) }));
    if (c.modelYear !== undefined) parts.push(t('ui.modelYear', { year: String(c.modelYear) }));
    return parts.join(' · ');
  };
}
