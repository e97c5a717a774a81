import { lazy, Suspense, useState } from 'react';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import { WindowedList } from '@/components/windowed-list';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useAfterPaint } from '@/components/use-after-paint';
import { useAssessmentList } from '@/state/assessment-list';
import { notify } from '@/state/notices-store';
import { AssessmentCard } from './assessment-card';
import { ExportReminder } from './export-reminder';

const HomeFiles = lazy(() => import('./home-files').then((m) => ({ default: m.HomeFiles })));
// Search, sort and filter come just after the first paint too: the list first shows as stored, newest change first.
const ListTools = lazy(() => import('./list-tools').then((m) => ({ default: m.ListTools })));

/** Holds the place of the list tools until they load (disabled, same size): the list does not move when they come. */
function ListToolsShell() {
  const { t } = useTranslation();
  return (
    <div className="list-tools" aria-hidden="true">
      <div className="list-tool list-search">
        <span className="list-tool-label">{t('listTools.search')}</span>
        <input type="search" disabled tabIndex={-1} />
      </div>
      <div className="list-tool">
        <span className="list-tool-label">{t('listTools.sort')}</span>
        <select disabled tabIndex={-1} />
      </div>
      <div className="list-tool">
        <span className="list-tool-label">{t('listTools.mode')}</span>
        <select disabled tabIndex={-1} />
      </div>
    </div>
  );
}

const keyOf = (a: AssessmentSummary) => a.id;
const renderCard = (a: AssessmentSummary) => <AssessmentCard assessment={a} />;

/** Creates the worked PKES example in the current language and opens it at step 1. */
function LoadExampleButton({ describedBy }: { describedBy?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    // The example's builder and texts load only when asked for: the home screen does not pay for them.
    const { loadExample } = await import('@/state/example-actions');
    const result = await loadExample();
    setBusy(false);
    if (!result.ok) {
      notify('home.actionFailed', {}, 'error');
      return;
    }
    navigate(`/a/${result.value.id}/describe`);
  };
  return (
    <button
      type="button"
      className="secondary"
      disabled={busy}
      aria-describedby={describedBy}
      title={describedBy ? undefined : t('home.exampleHint')}
      onClick={() => void load()}
    >
      {t('home.loadExample')}
    </button>
  );
}

export function HomeScreen() {
  const { t } = useTranslation();
  const { assessments, loaded } = useAssessmentList();
  // The file panel comes just after the list is on the screen (its code is not needed to read the list).
  const filesShown = useAfterPaint();
  // What the search, sort and filter show; null: every assessment as stored.
  const [view, setView] = useState<AssessmentSummary[] | null>(null);
  const shown = view ?? assessments;
  return (
    <div className="home">
      <div className="page-head">
        <h1>{t('home.title')}</h1>
        <div className="button-row">
          <Link href="/new" className="button primary">
            {t('home.new')}
          </Link>
          <LoadExampleButton />
        </div>
      </div>
      <ExportReminder />
      {loaded && assessments.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyText')}</p>
          <div className="button-row">
            <Link href="/new" className="button primary">
              {t('home.new')}
            </Link>
            <LoadExampleButton describedBy="example-hint" />
          </div>
          <p id="example-hint" className="hint">
            {t('home.exampleHint')}
          </p>
        </section>
      ) : (
        <section aria-labelledby="list-title">
          <h2 id="list-title" className="list-count">
            {t('home.count', { count: assessments.length })}
          </h2>
          {filesShown ? (
            <Suspense fallback={<ListToolsShell />}>
              <ListTools all={assessments} onView={setView} />
            </Suspense>
          ) : (
            <ListToolsShell />
          )}
          <p className="list-count list-matches" role="status">
            {view && (view.length === 0 ? t('listTools.noMatch') : t('listTools.matching', { count: view.length }))}
          </p>
          <WindowedList items={shown} keyOf={keyOf} render={renderCard} estimate={230} className="assessment-list" label={t('home.listLabel')} />
        </section>
      )}
      {filesShown && (
        <Suspense fallback={null}>
          <HomeFiles />
        </Suspense>
      )}
    </div>
  );
}
