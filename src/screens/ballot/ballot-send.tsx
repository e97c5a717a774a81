import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyQr } from '@/components/lazy-qr';
import type { BallotDraft } from '@/domain/ballot';
import { encodeBallot } from '@/domain/qr-payload';
import { formatDateTime } from '@/i18n/format';
import type { BallotLabelError } from '@/state/ballot-actions';
import { downloadBallot, handInBallot } from '@/state/ballot-actions';
import { BallotProgress } from './ballot-progress';

/** The Web Share API with files, where the browser has it. */
function canShareFiles(): boolean {
  return typeof navigator.share === 'function' && typeof navigator.canShare === 'function';
}

type BallotSendProps = {
  draft: BallotDraft;
  /** Called with the error code when the name or label is missing, so the screen can mark and focus the field. */
  onLabelError: (error: 'label-required' | 'label-too-long' | null) => void;
};

/** Download of the ballot file, with when it was last downloaded. */
export function BallotSend({ draft, onLabelError }: BallotSendProps) {
  const { t, i18n } = useTranslation('ballot');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const changedSince = draft.lastExportAt !== null && draft.updatedAt > draft.lastExportAt;

  const refuse = (failure: BallotLabelError) => {
    setSaved(null);
    setCode(null);
    setError(t(`errors.${failure}`));
    if (failure !== 'no-draft') onLabelError(failure);
  };

  const handIn = async () => {
    setBusy(true);
    const result = await handInBallot();
    setBusy(false);
    if (!result.ok) {
      refuse(result.error);
      return;
    }
    setError(null);
    onLabelError(null);
    setCode(encodeBallot(result.ballot));
  };

  const share = async () => {
    setBusy(true);
    const result = await handInBallot();
    setBusy(false);
    if (!result.ok) {
      refuse(result.error);
      return;
    }
    setError(null);
    onLabelError(null);
    const data = { files: [result.file], title: result.file.name };
    try {
      if (!navigator.canShare(data)) throw new Error('cannot share files');
      await navigator.share(data);
    } catch (shareError) {
      // Closing the share sheet is the participant's choice, not a failure.
      if (shareError instanceof DOMException && shareError.name === 'AbortError') return;
      setError(t('handIn.shareFailed'));
    }
  };

  const download = async () => {
    setBusy(true);
    const result = await downloadBallot();
    setBusy(false);
    if (result.ok) {
      setSaved(result.fileName);
      setError(null);
      onLabelError(null);
      return;
    }
    refuse(result.error);
  };

  return (
    <section className="ballot-send" aria-labelledby="ballot-send-title">
      <h2 id="ballot-send-title">{t('send.title')}</h2>
      <p>{t('send.text')}</p>
      <BallotProgress ratings={draft.ratings} />
      <p className="hint">{t('send.unrated')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void handIn()}>
          {t('handIn.button')}
        </button>
        {canShareFiles() && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void share()}>
            {t('handIn.share')}
          </button>
        )}
        <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>
          {t('send.download')}
        </button>
      </div>
      {code && (
        <div className="hand-in" role="group" aria-labelledby="hand-in-title">
          <h3 id="hand-in-title">{t('handIn.title')}</h3>
          <p>{t('handIn.text')}</p>
          <LazyQr text={code} label={t('handIn.qrLabel')} className="hand-in-qr" />
          <p className="banner banner-info">{t('handIn.notes')}</p>
          <button type="button" className="secondary" onClick={() => setCode(null)}>
            {t('handIn.hide')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="ballot-send-state">
        <div role="status">{saved && <p>{t('send.downloaded', { file: saved })}</p>}</div>
        <p className="last-backup">
          {draft.lastExportAt ? t('send.lastDownloaded', { date: formatDateTime(draft.lastExportAt, i18n.language) }) : t('send.notDownloaded')}
        </p>
        {changedSince && <p className="banner banner-warning">{t('send.changedSince')}</p>}
      </div>
    </section>
  );
}
