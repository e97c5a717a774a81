import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import type { ListQuery, ListSort } from '@/domain/list-query';
import { DEFAULT_LIST_QUERY, LIST_SORTS, queryList } from '@/domain/list-query';
import { MODES } from '@/domain/assessment';

export type ListToolsProps = {
  all: readonly AssessmentSummary[];
  /** The rows to show, in order; null while the list is shown as stored (every assessment, newest change first). */
  onView: (shown: AssessmentSummary[] | null) => void;
};

const isDefault = (q: ListQuery) => q.text.trim() === '' && q.sort === DEFAULT_LIST_QUERY.sort && q.mode === DEFAULT_LIST_QUERY.mode;

/**
 * Search, sort and mode filter above the home list (src/domain/list-query.ts). Loaded after the list is on
 * the screen: the list first shows as stored, newest change first, which needs none of this code.
 */
export function ListTools({ all, onView }: ListToolsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState<ListQuery>(DEFAULT_LIST_QUERY);
  // Typing stays quick with thousands of rows: the list follows the text when React has time for it.
  const text = useDeferredValue(query.text);
  const compare = useMemo(() => new Intl.Collator(i18n.language, { numeric: true }).compare, [i18n.language]);
  useEffect(() => {
    const q = { ...query, text };
    onView(isDefault(q) ? null : queryList(all, q, compare));
  }, [all, query, text, compare, onView]);
  return (
    <div className="list-tools" role="search">
      <div className="list-tool list-search">
        <label htmlFor={`${id}-text`}>{t('listTools.search')}</label>
        <input id={`${id}-text`} type="search" value={query.text} onChange={(e) => setQuery({ ...query, text: e.target.value })} />
      </div>
      <div className="list-tool">
        <label htmlFor={`${id}-sort`}>{t('listTools.sort')}</label>
        <select id={`${id}-sort`} value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as ListSort })}>
          {LIST_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`listTools.sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="list-tool">
        <label htmlFor={`${id}-mode`}>{t('listTools.mode')}</label>
        <select id={`${id}-mode`} value={query.mode} onChange={(e) => setQuery({ ...query, mode: e.target.value as ListQuery['mode'] })}>
          <option value="all">{t('listTools.allModes')}</option>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`mode.${m}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
