import { useTranslation } from 'react-i18next';
import type { DimensionId } from '@/domain/dimensions';
import type { ProfileRow } from '@/domain/gaps';
import { formatRating } from './format-rating';

/** An extra column saying which dimensions are in the plan (focus now, or the second phase). */
export type PlanColumn = {
  heading: string;
  focus: readonly DimensionId[];
  secondPhase: readonly DimensionId[];
  focusLabel: string;
  secondPhaseLabel: string;
};

type ProfileTableProps = {
  caption: string;
  rows: readonly ProfileRow[];
  columns: readonly ('baseline' | 'ideal' | 'gap')[];
  plan?: PlanColumn;
  className?: string;
};

/** The profile as a table: one row per dimension, with the chosen columns and, optionally, the plan. */
export function ProfileTable({ caption, rows, columns, plan, className = 'profile-table' }: ProfileTableProps) {
  const { t, i18n } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const focus = new Set(plan?.focus);
  const secondPhase = new Set(plan?.secondPhase);
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('decide.columns.dimension')}</th>
          {columns.map((c) => (
            <th scope="col" key={c} className="number">
              {t(`decide.columns.${c}`)}
            </th>
          ))}
          {plan && <th scope="col">{plan.heading}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.dimension} className={focus.has(row.dimension) ? 'is-focus' : undefined}>
            <th scope="row">{tg(`dimensions.${row.dimension}.name`)}</th>
            {columns.map((c) => (
              <td key={c} className="number">
                {formatRating(c === 'gap' ? row.gap : row[c], t, i18n.language)}
              </td>
            ))}
            {plan && (
              <td>
                {focus.has(row.dimension) ? (
                  <strong className="focus-mark">{plan.focusLabel}</strong>
                ) : secondPhase.has(row.dimension) ? (
                  plan.secondPhaseLabel
                ) : null}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
