import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionRecord } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import { editDimension } from '@/state/editor-actions';
import { GuidancePanel } from './guidance-panel';
import { RatingInput } from './rating-input';
import { RatingSource } from './rating-source';

type DimensionCardProps = {
  dimension: DimensionId;
  record: DimensionRecord;
  /** Which profile this card rates. */
  profile: 'baseline' | 'ideal';
  /** Fields of the step below the rating (evidence, what good looks like, snapshot notes). */
  children: ReactNode;
};

/** One dimension as the steps show it: name, guiding question, the rating of one profile, step fields, guidance. */
export function DimensionCard({ dimension, record, profile, children }: DimensionCardProps) {
  const { t } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const titleId = `${profile}-${dimension}-title`;
  return (
    <article className="dimension-card" aria-labelledby={titleId}>
      <h4 id={titleId}>{tg(`dimensions.${dimension}.name`)}</h4>
      <p className="guiding-question">{tg(`dimensions.${dimension}.question`)}</p>
      <RatingInput
        name={`${profile}-${dimension}`}
        legend={t(`decide.columns.${profile}`)}
        value={record[profile].value}
        onChange={(value) => {
          editDimension(dimension, (d) => ({ ...d, [profile]: { ...d[profile], value } }));
        }}
      />
      <RatingSource dimension={dimension} profile={profile} />
      {children}
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
