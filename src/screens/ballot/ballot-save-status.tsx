import { useTranslation } from 'react-i18next';
import { retryBallotSave, useBallotStore } from '@/state/ballot-store';

/** "Saved on this device" / "Saving…" and the like, announced politely. */
export function BallotSaveStatus() {
  const { t } = useTranslation('ballot');
  const state = useBallotStore((s) => s.saveState);
  const canRetry = state === 'quota' || state === 'error';
  return (
    <div className={`save-status save-${state}`}>
      <span role="status" aria-live="polite">
        {t(`save.${state}`)}
      </span>
      {canRetry && (
        <button type="button" className="secondary" onClick={() => void retryBallotSave()}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
