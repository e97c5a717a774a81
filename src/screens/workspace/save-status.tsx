import { useTranslation } from 'react-i18next';
import { retrySave, useEditorStore } from '@/state/editor-store';

/** "All changes saved" / "Saving…" and the like, announced politely to screen readers. */
export function SaveStatus() {
  const { t } = useTranslation();
  const state = useEditorStore((s) => s.saveState);
  const canRetry = state === 'quota' || state === 'error';
  return (
    <div className={`save-status save-${state}`}>
      <span role="status" aria-live="polite">
        {t(`save.${state}`)}
      </span>
      {canRetry && (
        <button type="button" className="secondary" onClick={() => void retrySave()}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
