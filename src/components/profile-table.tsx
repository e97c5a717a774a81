import { useTranslation } from 'react-i18next';
import type { ProfileRow } from '@/domain/gaps';
import { formatNumber } from '@/i18n/format';
import { formatRating } from './format-rating';

type ProfileTableProps = {
  caption: string;
  rows: readonly ProfileRow[];
  columns: readonly ('baseline' | 'ideal' | 'gap')[];
};

/** The profile as a table: one row per dimension, with the chosen columns. */
export function ProfileTable({ caption, rows, columns }: ProfileTableProps) {
  const { t, i18n } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  return (
    <table className="profile-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('decide.columns.dimension')}</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {t(`decide.columns.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.dimension}>
            <th scope="row">{tg(`dimensions.${row.dimension}.name`)}</th>
            {columns.map((c) => (
              <td key={c}>
                {c === 'gap'
                  ? row.gap === null
                    ? t('rating.short.unrated')
                    : formatNumber(row.gap, i18n.language)
                  : formatRating(row[c], t, i18n.language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
