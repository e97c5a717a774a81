import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AboutScreen } from '@/screens/about/about-screen';
import { CreateScreen } from '@/screens/create/create-screen';
import { HomeScreen } from '@/screens/home/home-screen';
import { NotFound } from '@/screens/not-found';
import { useEditorStore } from '@/state/editor-store';
import { AppHeader } from './app-header';
import { Notices } from './notices';
import { StorageBanner } from './storage-banner';
import { UpdatePrompt } from './update-prompt';

const WorkspaceScreen = lazy(() =>
  import('@/screens/workspace/workspace-screen').then((m) => ({ default: m.WorkspaceScreen })),
);
const PresentScreen = lazy(() => import('@/screens/present/present-screen').then((m) => ({ default: m.PresentScreen })));
const LibraryScreen = lazy(() => import('@/screens/library/library-screen').then((m) => ({ default: m.LibraryScreen })));
const BallotScreen = lazy(() => import('@/screens/ballot/ballot-screen').then((m) => ({ default: m.BallotScreen })));

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
  return (
    <Router hook={useHashLocation}>
      <AppHeader />
      <StorageBanner />
      <UpdatePrompt />
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
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
      <Notices />
    </Router>
  );
}
