import { useTranslation } from 'react-i18next';
import { useNoticesStore } from '@/state/notices-store';

/** Short messages at the bottom of the screen; read out by screen readers as they appear. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNoticesStore((s) => s.notices);
  const dismiss = useNoticesStore((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <p>{t(n.key, n.values)}</p>
          {n.action && (
            <button
              type="button"
              onClick={() => {
                n.action?.run();
                dismiss(n.id);
              }}
            >
              {t(n.action.key)}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => dismiss(n.id)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
