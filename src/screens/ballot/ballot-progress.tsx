import { useTranslation } from 'react-i18next';
import type { BallotRatings } from '@/domain/ballot';
import { ballotProgress } from '@/domain/ballot';

/** "9 of 16 ratings given", as text and as a bar. */
export function BallotProgress({ ratings }: { ratings: BallotRatings }) {
  const { t } = useTranslation('ballot');
  const { done, total } = ballotProgress(ratings);
  const text = t('progress', { done, total });
  return (
    <div className="progress-line ballot-progress">
      <progress max={total} value={done} aria-label={text} />
      <span>{text}</span>
    </div>
  );
}
