import { useTranslation } from 'react-i18next';
import type { Profile } from '@/domain/aggregate';
import type { DimensionId } from '@/domain/dimensions';
import type { ParticipantRating } from '@/domain/participants';
import type { Rating } from '@/domain/rating';
import { participantRating, setParticipantRating } from '@/domain/workshop';
import { RatingInput } from '@/components/rating-input';
import { TextField } from '@/components/text-field';
import { editAssessment } from '@/state/editor-actions';

/** Changes one field of the participant's own rating, based on the stored one. */
function change(participantId: string, dimension: DimensionId, profile: Profile, patch: Partial<Rating>): void {
  editAssessment((a) => setParticipantRating(a, participantId, dimension, profile, { ...participantRating(a, participantId, dimension)[profile], ...patch }));
}

type PrivateCardProps = { dimension: DimensionId; rating: ParticipantRating };

/** One dimension on a participant's private form: question, own baseline and ideal, own note (kept with the baseline). */
export function PrivateCard({ dimension, rating }: PrivateCardProps) {
  const { t } = useTranslation('workshop');
  const { t: tg } = useTranslation('guidance');
  const pid = rating.participantId;
  const titleId = `private-${dimension}-title`;
  return (
    <article className="dimension-card private-card" aria-labelledby={titleId}>
      <h4 id={titleId}>{tg(`dimensions.${dimension}.name`)}</h4>
      <p className="guiding-question">{tg(`dimensions.${dimension}.question`)}</p>
      <details className="scale-help">
        <summary>{t('private.scale')}</summary>
        <dl>
          <dt>{t('private.low')}</dt>
          <dd>{tg(`dimensions.${dimension}.low`)}</dd>
          <dt>{t('private.high')}</dt>
          <dd>{tg(`dimensions.${dimension}.high`)}</dd>
        </dl>
      </details>
      <RatingInput
        name={`private-${pid}-${dimension}-baseline`}
        legend={t('private.baseline')}
        value={rating.baseline.value}
        onChange={(value) => change(pid, dimension, 'baseline', { value })}
      />
      <RatingInput
        name={`private-${pid}-${dimension}-ideal`}
        legend={t('private.ideal')}
        value={rating.ideal.value}
        onChange={(value) => change(pid, dimension, 'ideal', { value })}
      />
      <TextField
        id={`private-${dimension}-note`}
        multiline
        rows={2}
        label={t('private.note')}
        value={rating.baseline.note}
        onChange={(note) => change(pid, dimension, 'baseline', { note })}
      />
    </article>
  );
}
