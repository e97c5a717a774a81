import { useTranslation } from 'react-i18next';
import type { GroupRow, Profile } from '@/domain/aggregate';
import { needsDiscussion } from '@/domain/aggregate';
import type { ResultOrder } from '@/domain/workshop-round';
import { RESULT_ORDERS } from '@/domain/workshop-round';
import { ScrollBox } from './scroll-box';
import { formatFigure } from './workshop-format';

const COLUMNS = ['median', 'mean', 'range', 'count', 'na', 'unknown', 'discuss'] as const;

type ResultsTableProps = { rows: readonly GroupRow[]; profile: Profile; order: ResultOrder; onOrder: (order: ResultOrder) => void };

/** The group's figures per dimension for one profile, with a "Discuss" flag where the ratings lie far apart. */
export function ResultsTable({ rows, profile, order, onOrder }: ResultsTableProps) {
  const { t, i18n } = useTranslation('workshop');
  const { t: tg } = useTranslation('guidance');
  const lang = i18n.language;
  return (
    <div className="results-table">
      <div className="field inline">
        <label htmlFor="results-order">{t('results.sortBy')}</label>
        <select id="results-order" value={order} onChange={(e) => onOrder(e.target.value === 'disagreement' ? 'disagreement' : 'method')}>
          {RESULT_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`results.orders.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <ScrollBox labelledBy="results-caption">
        <table className="group-table">
          <caption id="results-caption">{t('results.tableCaption', { profile: t(`results.profiles.${profile}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.columns.dimension')}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={c === 'discuss' ? undefined : 'number'}>
                  {t(`results.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const g = row[profile];
              const flagged = needsDiscussion(g);
              return (
                <tr key={row.dimension} className={flagged ? 'is-flagged' : undefined}>
                  <th scope="row">{tg(`dimensions.${row.dimension}.name`)}</th>
                  <td className="number">{formatFigure(g.median, lang)}</td>
                  <td className="number">{formatFigure(g.mean, lang)}</td>
                  <td className="number">{g.min === null || g.max === null ? '–' : `${formatFigure(g.min, lang)}–${formatFigure(g.max, lang)}`}</td>
                  <td className="number">{g.count}</td>
                  <td className="number">{g.notApplicable}</td>
                  <td className="number">{g.unknown}</td>
                  <td>
                    {flagged && (
                      <strong className="discuss-flag">
                        <span aria-hidden="true">⚑ </span>
                        {t('results.discuss')}
                      </strong>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <p className="hint">{t('results.tableHint')}</p>
    </div>
  );
}
