import { useTranslation } from 'react-i18next';
import type { ReferenceTable } from '@/domain/library/reference-figures';
import { derivedPercent, noteValues, shownNotes } from '@/domain/library/reference-figures';
import { formatNumber } from '@/i18n/format';

/**
 * One GECES table: a <table> with the printed counts, our derived shares as text with a small bar beside each
 * (the bar is decoration; the numbers are the content), then the base, the notes and the source.
 */
export function ReferenceTableView({ table }: { table: ReferenceTable }) {
  const { t, i18n } = useTranslation('reference');
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language, 1);
  const rowLabel = (rowId: string) => t(`tables.${table.id}.rows.${rowId}` as never);
  const base = t(`base.${table.base.of}`, { n: number(table.base.n) });
  return (
    <div className="ref-table">
      <table>
        <caption>{t(`tables.${table.id}.title` as never)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.answer')}</th>
            <th scope="col" className="ref-num">
              {t('columns.count')}
            </th>
            <th scope="col">{t('columns.share')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const percent = derivedPercent(table, row);
            const className = [row.subtotal === true ? 'ref-subtotal' : '', row.level === 1 ? 'ref-indented' : ''].join(' ').trim();
            return (
              <tr key={row.id} className={className || undefined}>
                <th scope="row">{rowLabel(row.id)}</th>
                <td className="ref-num">{number(row.count)}</td>
                <td className="ref-share">
                  <span className="ref-share-value">{t('percent', { value: number(percent) })}</span>
                  <svg className="ref-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect className="ref-bar-track" x="0" y="0" width="100" height="10" />
                    <rect className="ref-bar-fill" x="0" y="0" width={Math.min(100, percent)} height="10" />
                  </svg>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="ref-base">{table.multipleAnswers ? t('baseLineMultiple', { base }) : t('baseLine', { base })}</p>
      {shownNotes(table).length > 0 && (
        <ul className="ref-notes" aria-label={t('notesLabel')}>
          {shownNotes(table).map((code) => {
            const v = noteValues(table, code);
            return (
              <li key={code}>
                {t(`notes.${code}` as never, {
                  sum: number(v.sum),
                  printed: number(v.printed),
                  base: number(v.base),
                  count: number(v.count),
                  row: v.rowId === null ? '' : rowLabel(v.rowId),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <p className="ref-source">{t('source', { table: table.source.table, section: table.source.section })}</p>
    </div>
  );
}
