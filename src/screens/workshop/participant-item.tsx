import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { participantProgress } from '@/domain/aggregate';
import type { Participant } from '@/domain/participants';
import { removeParticipant } from '@/domain/workshop';
import { formatDateTime } from '@/i18n/format';
import { editAssessment } from '@/state/editor-actions';
import { ParticipantEditForm } from './participant-edit-form';

type ItemProps = { assessment: Assessment; participant: Participant; onRemoved: (label: string) => void };

/** One participant: name, sector, where the ratings come from and how far they are; edit or remove. */
export function ParticipantItem({ assessment, participant: p, onRemoved }: ItemProps) {
  const { t, i18n } = useTranslation('workshop');
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const editRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const lastMode = useRef(mode);
  useEffect(() => {
    // Keyboard users keep their place: the question takes the focus, and leaving gives it back.
    if (mode === 'confirm') cancelRef.current?.focus();
    if (mode === 'view' && lastMode.current === 'edit') editRef.current?.focus();
    if (mode === 'view' && lastMode.current === 'confirm') removeRef.current?.focus();
    lastMode.current = mode;
  }, [mode]);

  const progress = participantProgress(assessment, p.id);
  const source = p.ballotCreatedAt
    ? t('participants.source.ballot', { date: formatDateTime(p.ballotCreatedAt, i18n.language) })
    : t('participants.source.here');

  if (mode === 'edit') {
    return (
      <li className="participant-item">
        <ParticipantEditForm participant={p} participants={assessment.participants} onDone={() => setMode('view')} />
      </li>
    );
  }
  return (
    <li className="participant-item">
      <div className="participant-main">
        <span className="participant-name">{p.label}</span>
        <span className="participant-meta">{p.sector ? t(`sectors.${p.sector}`) : t('sectors.none')}</span>
        <span className="participant-meta">{source}</span>
      </div>
      <div className="participant-progress">
        <progress max={progress.total} value={progress.done} aria-hidden="true" />
        <span>{t('participants.progress', progress)}</span>
      </div>
      {mode === 'confirm' ? (
        <div className="confirm" role="alert">
          <p>{t('participants.removeConfirm', { name: p.label, ...progress })}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              editAssessment((a) => removeParticipant(a, p.id));
              onRemoved(p.label);
            }}
          >
            {t('participants.removeYes')}
          </button>
          <button ref={cancelRef} type="button" className="secondary" onClick={() => setMode('view')}>
            {t('participants.cancel')}
          </button>
        </div>
      ) : (
        <div className="participant-actions">
          <button ref={editRef} type="button" className="secondary" aria-label={t('participants.editLabel', { name: p.label })} onClick={() => setMode('edit')}>
            {t('participants.edit')}
          </button>
          <button ref={removeRef} type="button" className="secondary" aria-label={t('participants.removeLabel', { name: p.label })} onClick={() => setMode('confirm')}>
            {t('participants.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
