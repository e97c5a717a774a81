import { useTranslation } from 'react-i18next';
import { RatingInput } from '@/components/rating-input';
import { TextField } from '@/components/text-field';
import type { BallotRatings } from '@/domain/ballot';
import { setBallotRating } from '@/domain/ballot';
import type { DimensionId } from '@/domain/dimensions';
import { dimensionNumeral } from '@/domain/dimensions';
import { useBallotStore } from '@/state/ballot-store';
import { BallotGuidance } from './ballot-guidance';

const PROFILES = ['baseline', 'ideal'] as const;

/** One dimension on the ballot: name, guiding question, baseline and ideal with an optional note each, guidance. */
export function BallotDimension({ dimension, ratings }: { dimension: DimensionId; ratings: BallotRatings[DimensionId] }) {
  const { t } = useTranslation('ballot');
  const { t: tg } = useTranslation('guidance');
  const titleId = `ballot-${dimension}-title`;
  const update = useBallotStore((s) => s.update);
  return (
    <article className="dimension-card ballot-dimension" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span className="numeral">{dimensionNumeral(dimension)}.</span> {tg(`dimensions.${dimension}.name`)}
      </h3>
      <p className="guiding-question">{tg(`dimensions.${dimension}.question`)}</p>
      <div className="ballot-profiles">
        {PROFILES.map((profile) => {
          const rating = ratings[profile];
          return (
            <div key={profile} className={`ballot-profile ballot-${profile}`}>
              <RatingInput
                name={`ballot-${profile}-${dimension}`}
                legend={t(`ratings.${profile}`)}
                value={rating.value}
                onChange={(value) => {
                  update((d) => setBallotRating(d, dimension, profile, { ...d.ratings[dimension][profile], value }));
                }}
              />
              <TextField
                id={`ballot-${profile}-${dimension}-note`}
                label={t(`ratings.${profile}Note`)}
                value={rating.note}
                multiline
                rows={2}
                onChange={(note) => {
                  update((d) => setBallotRating(d, dimension, profile, { ...d.ratings[dimension][profile], note }));
                }}
              />
            </div>
          );
        })}
      </div>
      <BallotGuidance dimension={dimension} />
    </article>
  );
}
