import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { validateLabel } from '@/domain/ballot';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { useBallotStore } from '@/state/ballot-store';
import { BallotAbout, LABEL_FIELD_ID } from './ballot-about';
import { BallotDimension } from './ballot-dimension';
import { BallotProgress } from './ballot-progress';
import { BallotRemove } from './ballot-remove';
import { BallotSaveStatus } from './ballot-save-status';
import { BallotSend } from './ballot-send';
import '@/styles/assessment-styles';
import '@/styles/ballot.css';

/** Saves the draft at once when the page is hidden or closed, so that nothing typed is lost. */
function useFlushBallotOnHide(): void {
  useEffect(() => {
    const flush = () => {
      void useBallotStore.getState().flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}

/** A participant's ballot on their own device, opened from an invitation file. */
export function BallotScreen() {
  const { t } = useTranslation('ballot');
  const params = useParams<{ id: string }>();
  const draft = useBallotStore((s) => s.draft);
  const loadState = useBallotStore((s) => s.loadState);
  const open = useBallotStore((s) => s.open);
  /** Set once a download was refused for want of a name: from then on the field shows its error while it lasts. */
  const [labelChecked, setLabelChecked] = useState(false);
  useFlushBallotOnHide();

  useEffect(() => {
    void open(params.id);
  }, [open, params.id]);

  if (loadState === 'missing') {
    return (
      <div className="narrow">
        <h1>{t('missingTitle')}</h1>
        <p>{t('missingText')}</p>
        <Link href="/">{t('back')}</Link>
      </div>
    );
  }
  if (!draft || draft.assessmentId !== params.id) return null;

  const onLabelError = (error: 'label-required' | 'label-too-long' | null) => {
    setLabelChecked(error !== null);
    if (error) document.getElementById(LABEL_FIELD_ID)?.focus();
  };
  const shownError = labelChecked ? validateLabel(draft.label) : null;

  return (
    <div className="ballot-page">
      <div className="ballot-head">
        <p className="ballot-kicker">{t('title')}</p>
        <h1>{t('heading', { name: draft.assessmentName })}</h1>
        {draft.region && <p className="ballot-region">{t('region', { region: draft.region })}</p>}
        <BallotSaveStatus />
      </div>
      <p className="ballot-intro">{t('intro')}</p>
      <BallotAbout draft={draft} labelError={shownError ? t(`errors.${shownError}`) : null} />
      <section className="ballot-ratings" aria-labelledby="ballot-ratings-title">
        <div className="ballot-ratings-head">
          <h2 id="ballot-ratings-title">{t('ratings.title')}</h2>
          <BallotProgress ratings={draft.ratings} />
        </div>
        <p className="hint">{t('ratings.hint')}</p>
        <div className="ballot-dimensions">
          {DIMENSION_IDS.map((id) => (
            <BallotDimension key={id} dimension={id} ratings={draft.ratings[id]} />
          ))}
        </div>
      </section>
      <BallotSend draft={draft} onLabelError={onLabelError} />
      <BallotRemove draft={draft} />
    </div>
  );
}
