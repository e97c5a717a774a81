import { useTranslation } from 'react-i18next';
import type { Measure } from '@/domain/plan';
import { milestoneDate } from '@/domain/roadmap';
import { formatMoney } from '@/i18n/format-money';
import { dateOr, filled } from './summary-format';

const OTHER_RESOURCES = ['tools', 'politicalSupport', 'expertise'] as const;

/** The resources a measure needs, one line each; funding with its currency. */
function ResourceList({ resources }: { resources: Measure['resources'] }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const lng = i18n.language;
  const items: { key: string; label: string; value: string }[] = [];
  if (filled(resources.time)) items.push({ key: 'time', label: tw('draft.time'), value: resources.time });
  if (resources.fundingAmount !== null) {
    items.push({ key: 'funding', label: tw('draft.funding'), value: formatMoney(resources.fundingAmount, resources.currency, lng) });
  }
  for (const key of OTHER_RESOURCES) {
    if (filled(resources[key])) items.push({ key, label: tw(`draft.${key}`), value: resources[key] });
  }
  if (items.length === 0) return t('roadmap.noResources');
  return (
    <ul className="summary-cell-list">
      {items.map((item) => (
        <li key={item.key}>{t('roadmap.resource', { label: item.label, value: item.value })}</li>
      ))}
    </ul>
  );
}

/** One measure of the roadmap as a table row. */
export function MeasureRow({ measure }: { measure: Measure }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const lng = i18n.language;
  const dash = tw('rating.short.unrated');
  const contributors = measure.contributors.map((c) => c.trim()).filter(Boolean);
  // The column of each cell, shown beside it when the table becomes cards on a narrow screen.
  const col = (key: 'owner' | 'contributors' | 'start' | 'due' | 'milestones' | 'resources' | 'status') => t(`roadmap.columns.${key}`);
  return (
    <tr>
      <th scope="row">{filled(measure.title) ? measure.title : tw('draft.untitled')}</th>
      <td data-label={col('owner')}>{filled(measure.owner) ? measure.owner : t('notGiven')}</td>
      <td data-label={col('contributors')}>{contributors.length > 0 ? contributors.join(', ') : dash}</td>
      <td className="summary-date" data-label={col('start')}>{dateOr(measure.start, lng, dash)}</td>
      <td className="summary-date" data-label={col('due')}>{dateOr(measure.due, lng, dash)}</td>
      <td data-label={col('milestones')}>
        {measure.milestones.length > 0 ? (
          <ul className="summary-cell-list">
            {measure.milestones.map((ms, index) => {
              const title = filled(ms.title) ? ms.title : tw('draft.milestone', { number: index + 1 });
              const date = dateOr(milestoneDate(measure, ms), lng, t('roadmap.noDate'));
              return (
                <li key={ms.id} className={ms.done ? 'is-done' : undefined}>
                  {t(ms.done ? 'roadmap.milestoneReached' : 'roadmap.milestone', { title, date })}
                </li>
              );
            })}
          </ul>
        ) : (
          t('roadmap.noMilestones')
        )}
      </td>
      <td data-label={col('resources')}>
        <ResourceList resources={measure.resources} />
      </td>
      <td data-label={col('status')}>
        {tw(`draft.statuses.${measure.status}`)}
        {measure.status === 'dropped' && filled(measure.dropReason) && (
          <span className="summary-sub">{t('roadmap.dropReason', { reason: measure.dropReason })}</span>
        )}
      </td>
    </tr>
  );
}
