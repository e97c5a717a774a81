import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessmentList } from '@/state/assessment-list';
import { eraseEverything } from '@/state/erase-actions';
import './erase-data.css';

/**
 * "Delete all my data": after a confirmation that names everything that goes, the app's data on this
 * device is deleted and the app starts afresh. The app's own files stay, so it still opens offline.
 */
export function EraseData() {
  const { t } = useTranslation();
  const count = useAssessmentList().assessments.length;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const erase = async () => {
    setBusy(true);
    const result = await eraseEverything();
    // On success the page reloads; only a failure is left to show.
    if (!result.ok) {
      setBusy(false);
      setAsking(false);
      setFailed(true);
    }
  };

  return (
    <section className="erase-data" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('safety.erase.title')}</h2>
      <p>{t('safety.erase.intro')}</p>
      {failed && (
        <p className="erase-failed" role="alert">
          {t('safety.erase.failed')}
        </p>
      )}
      {asking ? (
        <div className="confirm" role="alert" ref={question} tabIndex={-1}>
          <p>{t('safety.erase.confirmTitle')}</p>
          <ul>
            <li>{count === 0 ? t('safety.erase.noAssessments') : t('safety.erase.assessments', { count })}</li>
            <li>{t('safety.erase.ballots')}</li>
            <li>{t('safety.erase.copies')}</li>
            <li>{t('safety.erase.settings')}</li>
          </ul>
          <p>{t('safety.erase.warning')}</p>
          <div className="button-row">
            <button type="button" className="danger" disabled={busy} onClick={() => void erase()}>
              {busy ? t('safety.erase.deleting') : t('safety.erase.confirmYes')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(false)}>
              {t('safety.erase.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={start} type="button" className="danger" onClick={() => setAsking(true)}>
          {t('safety.erase.start')}
        </button>
      )}
    </section>
  );
}
