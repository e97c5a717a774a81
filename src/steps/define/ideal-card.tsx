import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionRecord } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import { GuidancePanel } from '@/components/guidance-panel';
import { RatingInput } from '@/components/rating-input';
import { TextField } from '@/components/text-field';
import { editDimension } from '@/state/editor-actions';

/** One dimension in step 2: the ideal rating and what good looks like here. */
function IdealCardView({ dimension, record }: { dimension: DimensionId; record: DimensionRecord }) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  return (
    <article className="dimension-card" aria-labelledby={`ideal-${dimension}-title`}>
      <h4 id={`ideal-${dimension}-title`}>{tg(`dimensions.${dimension}.name`)}</h4>
      <p className="guiding-question">{tg(`dimensions.${dimension}.question`)}</p>
      <RatingInput
        name={`ideal-${dimension}`}
        legend={t('decide.columns.ideal')}
        value={record.ideal.value}
        onChange={(value) => {
          editDimension(dimension, (d) => ({ ...d, ideal: { ...d.ideal, value } }));
        }}
      />
      <TextField
        id={`ideal-${dimension}-good`}
        multiline
        rows={2}
        label={t('define.goodLooksLike')}
        value={record.goodLooksLike}
        onChange={(goodLooksLike) => {
          editDimension(dimension, (d) => ({ ...d, goodLooksLike }));
        }}
      />
      <GuidancePanel
        dimension={dimension}
        checklist={record.checklist}
        onChecklistChange={(point, entry) => {
          editDimension(dimension, (d) => ({ ...d, checklist: { ...d.checklist, [point]: entry } }));
        }}
      />
    </article>
  );
}

/** Re-renders only when its own data changes, so typing elsewhere in the step stays fast. */
export const IdealCard = memo(IdealCardView);
