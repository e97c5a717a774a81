import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { ParticipantForm } from './participant-form';
import { ParticipantItem } from './participant-item';

/** Who takes part: the list with each one's progress (never their values), and the form to add more. */
export function ParticipantsSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workshop');
  const [message, setMessage] = useState('');
  const count = assessment.participants.length;
  return (
    <section className="workshop-section" aria-labelledby="participants-title">
      <h3 id="participants-title">{t('participants.title')}</h3>
      <p className="list-count">{t('participants.count', { count })}</p>
      {count === 0 ? (
        <p>{t('participants.empty')}</p>
      ) : (
        <ul className="participant-list" aria-label={t('participants.listLabel')}>
          {assessment.participants.map((p) => (
            <ParticipantItem
              key={p.id}
              assessment={assessment}
              participant={p}
              onRemoved={(name) => setMessage(t('participants.removed', { name }))}
            />
          ))}
        </ul>
      )}
      <ParticipantForm participants={assessment.participants} onAdded={(name) => setMessage(t('participants.added', { name }))} />
      <p role="status" className="workshop-status">
        {message}
      </p>
    </section>
  );
}
