import { useTranslation } from 'react-i18next';
import { formatRating } from '@/components/format-rating';
import type { Assessment } from '@/domain/assessment';
import type { ValueInForce } from '@/domain/participants';
import { compareSnapshots } from '@/domain/snapshots';
import { formatChange, formatDateTime } from '@/i18n/format';

type Props = {
  assessment: Assessment;
  chosenIds: readonly string[];
  headingLevel: 2 | 3;
};

/**
 * The chosen snapshots and the current ratings side by side: a row per dimension, a column per
 * snapshot (oldest first) and "Now"; each later value shows its change since the oldest snapshot.
 */
export function ChangeTable({ assessment, chosenIds, headingLevel }: Props) {
  const { t, i18n } = useTranslation('snapshots');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const lng = i18n.language;
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const chosen = assessment.snapshots.filter((s) => chosenIds.includes(s.id));
  const comparison = compareSnapshots(chosen, assessment);
  const oldest = comparison.snapshots[0];
  const cell = (value: ValueInForce, change: number | null) => {
    const shown = formatRating(value, tw, lng);
    return change === null ? shown : t('compare.withChange', { value: shown, change: formatChange(change, lng) });
  };
  return (
    <div className="snapshot-compare">
      <Heading>{t('compare.title')}</Heading>
      {oldest ? (
        <div className="table-scroll">
          <table className="summary-table snapshot-table">
            <caption>{t('compare.caption', { label: oldest.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.dimension')}</th>
                {comparison.snapshots.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.label}
                    <span className="summary-sub"> {formatDateTime(s.takenAt, lng)}</span>
                  </th>
                ))}
                <th scope="col">{t('compare.now')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <tr key={row.dimension}>
                  <th scope="row">{tg(`dimensions.${row.dimension}.name`)}</th>
                  {row.values.map((v, index) => {
                    const change = row.changes[index] ?? { baseline: null, ideal: null };
                    return (
                      <td key={comparison.snapshots[index]?.id ?? 'now'}>
                        <span className="summary-cell-line">{t('compare.baseline', { value: cell(v.baseline, change.baseline) })}</span>{' '}
                        <span className="summary-cell-line">{t('compare.ideal', { value: cell(v.ideal, change.ideal) })}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="hint">{t('compare.none')}</p>
      )}
    </div>
  );
}
