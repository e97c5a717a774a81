import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { BallotExchange } from './ballot-exchange';

/** Workshop mode: participants, private scoring, ballots, reveal, results and consensus. */
export function WorkshopScreen({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workshop');
  return (
    <section className="workshop-page" aria-labelledby="workshop-title">
      <h2 id="workshop-title">{t('title')}</h2>
      <BallotExchange assessment={assessment} />
    </section>
  );
}
