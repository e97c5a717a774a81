import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionRecord } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import { DimensionCard } from '@/components/dimension-card';
import { TextField } from '@/components/text-field';
import { editDimension } from '@/state/editor-actions';

/** One dimension in step 2: the ideal rating and what good looks like here. */
function IdealCardView({ dimension, record }: { dimension: DimensionId; record: DimensionRecord }) {
  const { t } = useTranslation('workspace');
  return (
    <DimensionCard dimension={dimension} record={record} profile="ideal">
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
    </DimensionCard>
  );
}

/** Re-renders only when its own data changes, so typing elsewhere in the step stays fast. */
export const IdealCard = memo(IdealCardView);
