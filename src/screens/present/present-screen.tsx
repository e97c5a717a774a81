import { Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation, useParams } from 'wouter';
import type { Assessment } from '@/domain/assessment';
import { useOpenAssessment } from '@/state/use-open-assessment';
import { PresentBody } from './present-body';
import { PresentNav } from './present-nav';
import type { PresentView } from './present-views';
import { isPresentView, keyAction, leaveTarget, viewPosition } from './present-views';
import { useFullscreen } from './use-fullscreen';
import '@/styles/assessment-styles';

const CONTROLS = 'button, a, input, select, textarea, summary, [contenteditable="true"]';

function PresentFrame({ assessment, view }: { assessment: Assessment; view: PresentView }) {
  const { t } = useTranslation('present');
  const [, navigate] = useLocation();
  const fullscreen = useFullscreen();
  const root = useRef<HTMLDivElement>(null);
  const { index, total } = viewPosition(view);
  const question = t(`questions.${view}`);

  const go = useCallback((next: PresentView) => navigate(`/a/${assessment.id}/present/${next}`), [navigate, assessment.id]);
  const leave = useCallback(() => {
    fullscreen.exit();
    navigate(leaveTarget(assessment.id, view));
  }, [fullscreen, navigate, assessment.id, view]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const action = keyAction(view, { key: event.key, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey, onControl: target?.closest(CONTROLS) != null });
      if (!action) return;
      event.preventDefault();
      // In full screen, Escape first leaves full screen (most browsers do that themselves, unseen by the page).
      if (action.kind === 'leave' && document.fullscreenElement) fullscreen.exit();
      else if (action.kind === 'leave') leave();
      else go(action.view);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [view, go, leave, fullscreen]);

  // Keys work from the start; a control that went away (a disabled "Next" on the last view) leaves focus here, not on the page.
  useEffect(() => {
    root.current?.focus();
  }, []);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) root.current?.focus();
  }, [view]);

  return (
    <div ref={root} className={`present view-${view}`} tabIndex={-1} role="region" aria-labelledby="present-question">
      <div className="present-head">
        <p className="present-cluster">{assessment.name}</p>
        <p className="present-position">
          <span aria-hidden="true">
            {index} / {total}
          </span>
          <span className="visually-hidden">{t('position', { index, total })}</span>
        </p>
      </div>
      <h1 id="present-question" className="present-question">
        {question}
      </h1>
      <PresentBody assessment={assessment} view={view} />
      <PresentNav view={view} go={go} leave={leave} fullscreen={fullscreen} />
      <p className="visually-hidden" aria-live="polite">
        {t('announce', { index, total, question })}
      </p>
    </div>
  );
}

/** Full-screen presentation for a projector: the key question of the view, its radar and legend, moved by keys or buttons. */
export function PresentScreen() {
  const { t } = useTranslation('present');
  const params = useParams<{ id: string; view?: string }>();
  const { assessment, missing } = useOpenAssessment(params.id);

  if (!isPresentView(params.view)) return <Redirect to={`/a/${params.id}/present/describe`} replace />;
  if (missing) {
    return (
      <div className="narrow">
        <h1>{t('missingTitle')}</h1>
        <p>{t('missingText')}</p>
        <Link href="/">{t('home')}</Link>
      </div>
    );
  }
  if (!assessment) return null;
  return (
    <Suspense fallback={null}>
      <PresentFrame assessment={assessment} view={params.view} />
    </Suspense>
  );
}
