import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/state/app-store';
import { useEditorStore } from '@/state/editor-store';

function reload(): void {
  window.location.reload();
}

/** Tells the user when data cannot be stored normally, in words, never as a blank screen. */
export function StorageBanner() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.storageStatus);
  const quota = useEditorStore((s) => s.saveState === 'quota');
  if (status === 'unavailable') {
    return (
      <div role="alert" className="banner banner-warning">
        <p>{t('storage.unavailable')}</p>
      </div>
    );
  }
  if (status === 'newer-data' || status === 'stale') {
    return (
      <div role="alert" className="banner banner-warning">
        <p>{t(status === 'stale' ? 'storage.stale' : 'storage.newerData')}</p>
        <button type="button" onClick={reload}>
          {t('storage.reload')}
        </button>
      </div>
    );
  }
  if (quota) {
    return (
      <div role="alert" className="banner banner-error">
        <p>{t('storage.quota')}</p>
      </div>
    );
  }
  return null;
}
