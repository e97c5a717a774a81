import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { hideRatings, reveal } from '@/domain/workshop';
import { roundStatus } from '@/domain/workshop-round';
import { editAssessment } from '@/state/editor-actions';

/** Before the reveal: how many have rated everything, and the reveal with a confirmation. After it: hide again. */
export function RevealSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workshop');
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const status = roundStatus(assessment);
  const revealed = assessment.workshop.revealed;
  const count = status.participants;

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const act = (recipe: (a: Assessment) => Assessment) => {
    editAssessment(recipe);
    setConfirming(false);
    headingRef.current?.focus();
  };

  return (
    <section className="workshop-section reveal-section" aria-labelledby="reveal-title">
      <h3 id="reveal-title" ref={headingRef} tabIndex={-1}>
        {t('reveal.title')}
      </h3>
      {revealed ? (
        <>
          <p className="banner banner-info">{t('reveal.revealed')}</p>
          <div className="button-row">
            <button type="button" className="secondary" aria-describedby="hide-hint" onClick={() => act(hideRatings)}>
              {t('reveal.hide')}
            </button>
          </div>
          <p id="hide-hint" className="hint">
            {t('reveal.hideHint')}
          </p>
        </>
      ) : (
        <>
          <p>{t('reveal.hiddenIntro')}</p>
          {count > 0 && <p className="reveal-status">{t('reveal.status', { count, complete: status.complete })}</p>}
          {confirming ? (
            <div className="confirm confirm-reveal" role="alert">
              <div className="confirm-text">
                <p>{t('reveal.confirm', { count })}</p>
                <ul>
                  <li>{t('reveal.complete', { count: status.complete })}</li>
                  {count > status.complete && <li>{t('reveal.incomplete', { count: count - status.complete })}</li>}
                </ul>
                <p>{t('reveal.confirmAfter')}</p>
              </div>
              <button type="button" onClick={() => act(reveal)}>
                {t('reveal.yes')}
              </button>
              <button ref={cancelRef} type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('reveal.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
              {t('reveal.button')}
            </button>
          )}
          {count === 0 && <p className="hint">{t('reveal.noParticipants')}</p>}
        </>
      )}
    </section>
  );
}
