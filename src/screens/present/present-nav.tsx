import { useTranslation } from 'react-i18next';
import type { Fullscreen } from './use-fullscreen';
import type { PresentView } from './present-views';
import { nextView, previousView } from './present-views';

type PresentNavProps = {
  view: PresentView;
  go: (view: PresentView) => void;
  leave: () => void;
  fullscreen: Fullscreen;
};

/** The visible controls: previous and next (named), full screen when the browser offers it, and leave. */
export function PresentNav({ view, go, leave, fullscreen }: PresentNavProps) {
  const { t } = useTranslation('present');
  const previous = previousView(view);
  const next = nextView(view);
  return (
    <nav className="present-nav" aria-label={t('controls')}>
      <div className="present-nav-steps">
        <button type="button" className="secondary" disabled={!previous} onClick={() => previous && go(previous)}>
          <span aria-hidden="true">←</span>
          {previous ? t('previousTo', { view: t(`views.${previous}`) }) : t('previous')}
        </button>
        <button type="button" disabled={!next} onClick={() => next && go(next)}>
          {next ? t('nextTo', { view: t(`views.${next}`) }) : t('next')}
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <p className="present-keys">{t('keys')}</p>
      <div className="present-nav-exit">
        {fullscreen.available && (
          <button type="button" className="secondary" onClick={fullscreen.toggle}>
            {fullscreen.active ? t('exitFullscreen') : t('fullscreen')}
          </button>
        )}
        <button type="button" className="secondary" onClick={leave}>
          {t('leave')}
        </button>
      </div>
    </nav>
  );
}
