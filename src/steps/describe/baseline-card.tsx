import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionRecord } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import { DimensionCard } from '@/components/dimension-card';
import { TextField } from '@/components/text-field';
import { editDimension } from '@/state/editor-actions';

type BaselineCardProps = { dimension: DimensionId; record: DimensionRecord; evaluate: boolean };

const SNAPSHOT_FIELDS = ['strengths', 'gaps', 'constraints'] as const;

/** One dimension in step 1: baseline rating with evidence; in evaluation mode the snapshot notes. */
function BaselineCardView({ dimension, record, evaluate }: BaselineCardProps) {
  const { t } = useTranslation('workspace');
  return (
    <DimensionCard dimension={dimension} record={record} profile="baseline">
      <TextField
        id={`baseline-${dimension}-note`}
        multiline
        rows={2}
        label={t('rating.evidence')}
        value={record.baseline.note}
        onChange={(note) => {
          editDimension(dimension, (d) => ({ ...d, baseline: { ...d.baseline, note } }));
        }}
      />
      {evaluate &&
        SNAPSHOT_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`${dimension}-${field}`}
            multiline
            rows={2}
            label={t(`describe.${field}`)}
            value={record[field]}
            onChange={(text) => {
              editDimension(dimension, (d) => ({ ...d, [field]: text }));
            }}
          />
        ))}
    </DimensionCard>
  );
}

/** Re-renders only when its own data changes, so typing elsewhere in the step stays fast. */
export const BaselineCard = memo(BaselineCardView);
