import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEditorStore } from '@/state/editor-store';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Offers a new version when one is waiting. It never reloads by itself: the user decides, and the
 * open assessment is saved first; if that save fails, the page is not reloaded.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [blocked, setBlocked] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });

  if (!needRefresh) return null;

  const update = async () => {
    const saved = await useEditorStore.getState().flush();
    if (!saved && useEditorStore.getState().assessment) {
      setBlocked(true);
      return;
    }
    // workbox-window reloads only when the page was already controlled when it loaded; a page opened
    // on the very first visit would otherwise stay on the old version after "Update now".
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await updateServiceWorker(true);
  };

  return (
    <div role="status" className="banner banner-info update-prompt">
      <p>{t(blocked ? 'update.unsaved' : 'update.available')}</p>
      <button type="button" onClick={() => void update()}>
        {t('update.reload')}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setNeedRefresh(false);
        }}
      >
        {t('update.later')}
      </button>
    </div>
  );
}
