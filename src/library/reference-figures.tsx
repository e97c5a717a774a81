import '@/styles/reference.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId } from '@/domain/dimensions';
import { figuresFor } from '@/domain/library/reference-figures';
import { ReferenceTableView } from './reference-table-view';

/** EU reference figures (GECES, 30 clusters) for this dimension, shown inside its guidance panel. */
export function ReferenceFigures({ dimension }: { dimension: DimensionId }) {
  const { t } = useTranslation('reference');
  const headingId = useId();
  const { tables, gaps, noFigure } = figuresFor(dimension);
  return (
    <section className="reference-figures" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('heading')}</h5>
      <p className="ref-caveat">{t('caveat')}</p>
      {noFigure && <p className="ref-no-figure">{t('noFigure')}</p>}
      {gaps.map((gap) => (
        <p key={gap.id} className="ref-gap">
          {t(`gaps.${gap.id}`)}
        </p>
      ))}
      <div className="ref-tables">
        {tables.map((table) => (
          <ReferenceTableView key={table.id} table={table} />
        ))}
      </div>
    </section>
  );
}
