import { lazy, memo, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import { formatDate, formatDateTime, localIsoDate } from '@/i18n/format';
import { duplicate, remove, undoDelete } from '@/state/assessment-actions';
import { notify, useNoticesStore } from '@/state/notices-store';

// The rename form and the export menu load when they are opened: the home screen does not pay for them.
const RenameForm = lazy(() => import('./rename-form').then((m) => ({ default: m.RenameForm })));
const ExportMenu = lazy(() => import('@/export/export-menu').then((m) => ({ default: m.ExportMenu })));

async function deleteWithUndo(a: AssessmentSummary): Promise<void> {
  const result = await remove(a.id);
  if (!result.ok) {
    notify('home.actionFailed', {}, 'error');
    return;
  }
  const record = result.value;
  useNoticesStore.getState().show({
    tone: 'info',
    key: 'home.deleted',
    values: { name: a.name },
    action: {
      key: 'home.undo',
      run: () => {
        void undoDelete(record).then((ok) => {
          notify(ok ? 'home.restored' : 'home.actionFailed', { name: a.name }, ok ? 'info' : 'error');
        });
      },
    },
  });
}

/** Memoised: the windowed list re-renders as it scrolls, and a card re-renders only when its summary changes. */
export const AssessmentCard = memo(function AssessmentCard({ assessment: a }: { assessment: AssessmentSummary }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const done = a.done;
  const copy = async () => {
    const result = await duplicate(a.id, t('home.copyName', { name: a.name }));
    if (result.ok) notify('home.duplicated', { name: result.value.name });
    else notify('home.actionFailed', {}, 'error');
  };
  const [, navigate] = useLocation();
  const [starting, setStarting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);
  /** A re-evaluation that starts from this assessment's ratings and plan, opened at step DESCRIBE. */
  const startReview = async () => {
    setStarting(true);
    const name = t('home.reviewName', { name: a.name, date: formatDate(localIsoDate(), i18n.language) });
    // The review builder loads on demand: the home screen does not pay for it.
    const { continueFrom } = await import('@/state/review-actions');
    const result = await continueFrom(a.id, name);
    setStarting(false);
    if (!result.ok) {
      notify('home.actionFailed', {}, 'error');
      return;
    }
    notify('home.reviewStarted', { name: result.value.name });
    navigate(`/a/${result.value.id}/describe`);
  };
  return (
    <article className="assessment-card" aria-labelledby={`title-${a.id}`}>
      <h3 id={`title-${a.id}`}>
        <Link href={`/a/${a.id}/describe`}>{a.name}</Link>
      </h3>
      <p className="meta">
        <span className={`mode-badge mode-${a.mode}`}>{t(`mode.${a.mode}`)}</span>
        <span>{a.region || t('home.noRegion')}</span>
        {a.facilitator && <span>{t('home.facilitator', { name: a.facilitator })}</span>}
        {a.date && <span>{t('home.sessionDate', { date: formatDate(a.date, i18n.language) })}</span>}
      </p>
      <p className="meta">
        <span>{t('home.lastChange', { date: formatDateTime(a.updatedAt, i18n.language) })}</span>
      </p>
      <div className="progress-line">
        <progress max={5} value={done} aria-label={t('home.progress', { done })} />
        <span>{t('home.progress', { done })}</span>
      </div>
      {mode === 'rename' && (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <RenameForm assessment={a} onDone={() => setMode('view')} />
        </Suspense>
      )}
      {mode === 'confirm-delete' && (
        <div className="confirm" role="alert">
          <p>{t('home.deleteConfirm', { name: a.name })}</p>
          <button type="button" className="danger" onClick={() => void deleteWithUndo(a)}>
            {t('home.deleteYes')}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('view')}>
            {t('home.cancel')}
          </button>
        </div>
      )}
      {mode === 'view' && (
        <div className="card-actions" role="group" aria-label={t('home.actionsFor', { name: a.name })}>
          <Link href={`/a/${a.id}/describe`} className="button primary">
            {t('home.open')}
          </Link>
          <button type="button" className="secondary" onClick={() => setMode('rename')}>
            {t('home.rename')}
          </button>
          <button type="button" className="secondary" onClick={() => void copy()}>
            {t('home.duplicate')}
          </button>
          <button type="button" className="secondary" disabled={starting} onClick={() => void startReview()}>
            {t('home.startReview')}
          </button>
          <button
            ref={exportButton}
            type="button"
            className="secondary"
            aria-expanded={exporting}
            aria-controls={`export-${a.id}`}
            onClick={() => setExporting(!exporting)}
          >
            {t('home.export')}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('confirm-delete')}>
            {t('home.delete')}
          </button>
        </div>
      )}
      {mode === 'view' && exporting && (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <ExportMenu
            assessment={a}
            id={`export-${a.id}`}
            onClose={() => {
              setExporting(false);
              exportButton.current?.focus();
            }}
          />
        </Suspense>
      )}
    </article>
  );
});
