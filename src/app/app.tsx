import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HomeScreen } from '@/screens/home/home-screen';
import { useAfterPaint } from '@/components/use-after-paint';
import { lazyWithRetry } from '@/lib/lazy-retry';
import { releaseListAtStart } from '@/state/assessment-list';
import { useEditorStore } from '@/state/editor-store';
import { AppHeader } from './app-header';
import { Notices } from './notices';
import { StorageBanner } from './storage-banner';

// The service worker registers (and offers updates) once the first screen is up.
const UpdatePrompt = lazy(lazyWithRetry(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt }))));
// Only the home screen is in the first download; every other screen loads when it is first opened
// (from the service worker's cache once installed, so offline too).
const CreateScreen = lazy(lazyWithRetry(() => import('@/screens/create/create-screen').then((m) => ({ default: m.CreateScreen }))));
const AboutScreen = lazy(lazyWithRetry(() => import('@/screens/about/about-screen').then((m) => ({ default: m.AboutScreen }))));
const NotFound = lazy(lazyWithRetry(() => import('@/screens/not-found').then((m) => ({ default: m.NotFound }))));
const WorkspaceScreen = lazy(
  lazyWithRetry(() => import('@/screens/workspace/workspace-screen').then((m) => ({ default: m.WorkspaceScreen }))),
);
const PresentScreen = lazy(lazyWithRetry(() => import('@/screens/present/present-screen').then((m) => ({ default: m.PresentScreen }))));
const LibraryScreen = lazy(lazyWithRetry(() => import('@/screens/library/library-screen').then((m) => ({ default: m.LibraryScreen }))));
const BallotScreen = lazy(lazyWithRetry(() => import('@/screens/ballot/ballot-screen').then((m) => ({ default: m.BallotScreen }))));
// A participant's phone opening the join link (#/join/<invitation>).
const JoinScreen = lazy(lazyWithRetry(() => import('@/screens/join/join-screen').then((m) => ({ default: m.JoinScreen }))));

/** Saves at once when the page is hidden or closed, so that nothing typed is lost. */
function useFlushOnHide(): void {
  useEffect(() => {
    const flush = () => {
      useEditorStore.getState().flushOnHide();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, []);
}

export function App() {
  const { t } = useTranslation();
  useFlushOnHide();
  const afterPaint = useAfterPaint();
  // Effects run children first: the first screen follows the list itself (if it shows it) before this lets go.
  useEffect(() => {
    releaseListAtStart();
  }, []);
  return (
    <Router hook={useHashLocation}>
      <AppHeader />
      <StorageBanner />
      {afterPaint && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <Switch>
            <Route path="/" component={HomeScreen} />
            <Route path="/new" component={CreateScreen} />
            <Route path="/about" component={AboutScreen} />
            <Route path="/library" component={LibraryScreen} />
            <Route path="/library/case/:id" component={LibraryScreen} />
            <Route path="/a/:id/present/:view?" component={PresentScreen} />
            <Route path="/a/:id/:step?" component={WorkspaceScreen} />
            <Route path="/ballot/:id" component={BallotScreen} />
            <Route path="/join/:payload" component={JoinScreen} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
      <Notices />
    </Router>
  );
}
