import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { DeliveryRow } from '@/domain/delivery';
import { deliverySince } from '@/domain/delivery';
import { formatDate } from '@/i18n/format';
import { filled } from './summary-format';
import { Empty, SummarySection } from './summary-parts';

/** What the plan delivered since the last snapshot that recorded it (evaluations of an earlier plan). */
export function DeliverySection({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const delivery = deliverySince(assessment);
  if (!delivery) return null;
  const title = (r: { title: string }) => (filled(r.title) ? r.title : tw('draft.untitled'));
  const list = (rows: readonly DeliveryRow[], withReason = false) =>
    rows.length === 0 ? (
      <Empty>{t('delivery.none')}</Empty>
    ) : (
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            {title(r)}
            {withReason && filled(r.dropReason) && <> – {r.dropReason}</>}
          </li>
        ))}
      </ul>
    );
  return (
    <SummarySection
      title={t('delivery.title', { label: delivery.since.label, date: formatDate(delivery.since.takenAt.slice(0, 10), i18n.language) })}
      className="summary-delivery"
    >
      <h3>{t('delivery.delivered', { count: delivery.delivered.length })}</h3>
      {list(delivery.delivered)}
      <h3>{t('delivery.dropped', { count: delivery.dropped.length })}</h3>
      {list(delivery.dropped, true)}
      <h3>{t('delivery.stillOpen', { count: delivery.stillOpen.length })}</h3>
      {list(delivery.stillOpen)}
      {delivery.added.length > 0 && (
        <>
          <h3>{t('delivery.added', { count: delivery.added.length })}</h3>
          <ul>
            {delivery.added.map((m) => (
              <li key={m.id}>{title(m)}</li>
            ))}
          </ul>
        </>
      )}
    </SummarySection>
  );
}
