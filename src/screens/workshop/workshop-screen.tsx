import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Assessment } from '@/domain/assessment';
import { BallotExchange } from './ballot-exchange';
import { ConsensusTable } from './consensus-table';
import { JoinPanel } from './join-panel';
import { ParticipantsSection } from './participants-section';
import { PrivateScoring, PrivateScoringStart } from './private-scoring';
import { ResultsSection } from './results-section';
import { RevealSection } from './reveal-section';

/** Workshop mode: participants, private scoring, ballots, reveal, results and consensus. */
export function WorkshopScreen({ assessment }: { assessment: Assessment }) {
  // The guidance texts (dimension names, questions) load with the page, not when a participant's form opens.
  const { t } = useTranslation(['workshop', 'guidance']);
  const [scoring, setScoring] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasScoring = useRef(false);
  useEffect(() => {
    // Back from private scoring, the facilitator continues where they started it.
    if (!scoring && wasScoring.current) startRef.current?.focus();
    wasScoring.current = scoring;
  }, [scoring]);

  // While the laptop goes round, nothing but the private view is rendered: no results to peek at.
  const privateView = scoring && !assessment.workshop.revealed;
  return (
    <section className="workshop-page" aria-labelledby="workshop-title">
      <h2 id="workshop-title">{t('title')}</h2>
      {privateView ? (
        <PrivateScoring assessment={assessment} onEnd={() => setScoring(false)} />
      ) : (
        <>
          <div className="workshop-intro">
            <p>{t('intro')}</p>
            <Link href={`/a/${assessment.id}/present/group`} className="button secondary">
              {t('presentLink')}
            </Link>
          </div>
          <ParticipantsSection assessment={assessment} />
          <PrivateScoringStart assessment={assessment} buttonRef={startRef} onStart={() => setScoring(true)} />
          <div className="workshop-section">
            <JoinPanel assessment={assessment} />
          </div>
          <div className="workshop-section">
            <BallotExchange assessment={assessment} />
          </div>
          <RevealSection assessment={assessment} />
          {assessment.workshop.revealed && (
            <>
              <ResultsSection assessment={assessment} />
              <ConsensusTable assessment={assessment} />
            </>
          )}
        </>
      )}
    </section>
  );
}
