import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { BallotDraft } from '@/domain/ballot';
import { deleteBallot } from '@/state/ballot-actions';
import { notify } from '@/state/notices-store';
import { ballotNotice } from './ballot-notice';

/** Deleting the draft from this device once it has been sent, after a confirmation. */
export function BallotRemove({ draft }: { draft: BallotDraft }) {
  const { t } = useTranslation('ballot');
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    const name = draft.assessmentName;
    const ok = await deleteBallot(draft.assessmentId);
    if (!ok) {
      notify(ballotNotice('remove.failed'), {}, 'error');
      return;
    }
    notify(ballotNotice('remove.deleted'), { name });
    navigate('/');
  };
  return (
    <section className="ballot-remove" aria-labelledby="ballot-remove-title">
      <h2 id="ballot-remove-title">{t('remove.title')}</h2>
      <p>{t('remove.text')}</p>
      {confirming ? (
        <div className="confirm" role="alert">
          <p>{t('remove.confirm', { name: draft.assessmentName })}</p>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('remove.yes')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('remove.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {t('remove.button')}
        </button>
      )}
    </section>
  );
}
