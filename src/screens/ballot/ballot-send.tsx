import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotDraft } from '@/domain/ballot';
import { formatDateTime } from '@/i18n/format';
import { downloadBallot } from '@/state/ballot-actions';
import { BallotProgress } from './ballot-progress';

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
  const changedSince = draft.lastExportAt !== null && draft.updatedAt > draft.lastExportAt;

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
    setSaved(null);
    setError(t(`errors.${result.error}`));
    if (result.error !== 'no-draft') onLabelError(result.error);
  };

  return (
    <section className="ballot-send" aria-labelledby="ballot-send-title">
      <h2 id="ballot-send-title">{t('send.title')}</h2>
      <p>{t('send.text')}</p>
      <BallotProgress ratings={draft.ratings} />
      <p className="hint">{t('send.unrated')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void download()}>
          {t('send.download')}
        </button>
      </div>
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
