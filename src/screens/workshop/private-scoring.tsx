import type { Ref } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { ratingHere } from '@/domain/workshop-round';
import { PrivateForm } from './private-form';
import { ScoringCover } from './scoring-cover';

/** Pass-the-laptop scoring: the cover with the names, or one participant's private form. */
export function PrivateScoring({ assessment, onEnd }: { assessment: Assessment; onEnd: () => void }) {
  const [current, setCurrent] = useState<string | null>(null);
  const participant = assessment.participants.find((p) => p.id === current);
  if (participant) {
    return <PrivateForm key={participant.id} assessment={assessment} participant={participant} onDone={() => setCurrent(null)} />;
  }
  return <ScoringCover assessment={assessment} onPick={setCurrent} onEnd={onEnd} />;
}

type StartProps = { assessment: Assessment; onStart: () => void; buttonRef: Ref<HTMLButtonElement> };

/** Explains private scoring and starts it, when there is someone to rate on this laptop and the round is hidden. */
export function PrivateScoringStart({ assessment, onStart, buttonRef }: StartProps) {
  const { t } = useTranslation('workshop');
  const reason =
    assessment.participants.length === 0
      ? t('private.needParticipants')
      : ratingHere(assessment.participants).length === 0
        ? t('private.noneHere')
        : assessment.workshop.revealed
          ? t('private.revealedFirst')
          : null;
  return (
    <section className="workshop-section" aria-labelledby="private-title">
      <h3 id="private-title">{t('private.title')}</h3>
      <p>{t('private.intro')}</p>
      <button ref={buttonRef} type="button" disabled={reason !== null} aria-describedby={reason ? 'private-reason' : undefined} onClick={onStart}>
        {t('private.start')}
      </button>
      {reason && (
        <p id="private-reason" className="hint">
          {reason}
        </p>
      )}
    </section>
  );
}
