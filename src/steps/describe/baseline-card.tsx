import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionRecord } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import { GuidancePanel } from '@/components/guidance-panel';
import { RatingInput } from '@/components/rating-input';
import { TextField } from '@/components/text-field';
import { editDimension } from '@/state/editor-actions';

type BaselineCardProps = { dimension: DimensionId; record: DimensionRecord; evaluate: boolean };

const SNAPSHOT_FIELDS = ['strengths', 'gaps', 'constraints'] as const;

/** One dimension in step 1: guiding question, baseline rating with evidence, guidance; in evaluation mode the snapshot notes. */
function BaselineCardView({ dimension, record, evaluate }: BaselineCardProps) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const name = tg(`dimensions.${dimension}.name`);
  return (
    <article className="dimension-card" aria-labelledby={`baseline-${dimension}-title`}>
      <h4 id={`baseline-${dimension}-title`}>{name}</h4>
      <p className="guiding-question">{tg(`dimensions.${dimension}.question`)}</p>
      <RatingInput
        name={`baseline-${dimension}`}
        legend={t('decide.columns.baseline')}
        value={record.baseline.value}
        onChange={(value) => {
          editDimension(dimension, (d) => ({ ...d, baseline: { ...d.baseline, value } }));
        }}
      />
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
export const BaselineCard = memo(BaselineCardView);
