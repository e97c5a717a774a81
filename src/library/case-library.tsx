import '@/styles/cases.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import type { CaseFilter, CaseKind } from '@/domain/library/cases';
import { CASE_KINDS, CASES, caseCountries, casePath, filterCases, findCase } from '@/domain/library/cases';
import { CaseCard, caseHeadingId } from './case-card';
import { countryName } from './case-parts';

const NO_FILTER: CaseFilter = { country: null, kind: null };

/** All cluster cases, for the library page: filters, jump links and one card per case. */
export function CaseLibrary() {
  const { t, i18n } = useTranslation('cases');
  const [, params] = useRoute('/library/case/:id');
  const target = findCase(params?.id);
  const [filter, setFilter] = useState<CaseFilter>(NO_FILTER);
  // When the address names a case the filter hides, the filter is cleared so that the case shows.
  const [seenTarget, setSeenTarget] = useState(target?.id);
  if (target?.id !== seenTarget) {
    setSeenTarget(target?.id);
    if (target && !filterCases(filter).includes(target)) setFilter(NO_FILTER);
  }
  const shown = filterCases(filter);
  const titleId = useId();
  const jumpId = useId();
  const countryId = useId();
  const kindId = useId();

  // The case the address names comes to the top of the window and takes the focus.
  useEffect(() => {
    const heading = target ? document.getElementById(caseHeadingId(target.id)) : null;
    if (!heading) return;
    // (jsdom has no scrollIntoView)
    (heading as Partial<Pick<HTMLElement, 'scrollIntoView'>>).scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [target]);

  const backToList = () => {
    document.getElementById(jumpId)?.focus();
  };

  return (
    <section className="case-library" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('ui.libraryHeading')}</h2>
      <p>{t('ui.libraryIntro')}</p>
      <fieldset className="case-filters">
        <legend>{t('ui.filters')}</legend>
        <div>
          <label htmlFor={countryId}>{t('ui.country')}</label>
          <select
            id={countryId}
            value={filter.country ?? ''}
            onChange={(e) => {
              setFilter({ ...filter, country: e.target.value || null });
            }}
          >
            <option value="">{t('ui.any')}</option>
            {caseCountries().map((code) => (
              <option key={code} value={code}>
                {countryName(code, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={kindId}>{t('ui.kind')}</label>
          <select
            id={kindId}
            value={filter.kind ?? ''}
            onChange={(e) => {
              const kind = CASE_KINDS.find((k) => k === e.target.value);
              setFilter({ ...filter, kind: kind ?? null });
            }}
          >
            <option value="">{t('ui.any')}</option>
            {CASE_KINDS.map((kind: CaseKind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="case-count">
          {t('ui.shown', { shown: shown.length, total: CASES.length })}
        </p>
      </fieldset>
      <nav className="case-jump" aria-labelledby={jumpId}>
        <h3 id={jumpId} tabIndex={-1}>
          {t('ui.jump')}
        </h3>
        <ul>
          {shown.map((c) => (
            <li key={c.id}>
              <Link href={casePath(c.id)}>{t(`items.${c.id}.name`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="case-cards">
        {shown.map((c) => (
          <CaseCard key={c.id} clusterCase={c} onBackToList={backToList} />
        ))}
      </div>
    </section>
  );
}
