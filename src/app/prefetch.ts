/**
 * The workspace's code and texts, fetched (and run) ahead of the first click on an assessment, when the
 * browser is idle after the first screen is up: opening an assessment then waits for nothing but its record.
 */
import i18next from 'i18next';

/** The workspace screen's module; the route loads it with this same call, so a prefetch serves it. */
export const loadWorkspace = () => import('@/screens/workspace/workspace-screen');

/** The namespaces the workspace's first step shows. */
const WORKSPACE_NAMESPACES = ['workspace', 'guidance'];

type Idle = (callback: () => void, options: { timeout: number }) => number;

/** Schedules the prefetch for the next idle moment (at most `timeoutMs` away); returns how to call it off. */
export function prefetchWorkspaceWhenIdle(timeoutMs = 2000): () => void {
  const run = () => {
    void loadWorkspace().catch(() => undefined);
    void i18next.loadNamespaces(WORKSPACE_NAMESPACES).catch(() => undefined);
  };
  // Without idle callbacks (Safari, jsdom) nothing is fetched ahead: the code loads on the first click, as a lazy route does.
  const idle = (window as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (!idle) return () => undefined;
  const id = idle(run, { timeout: timeoutMs });
  return () => {
    window.cancelIdleCallback(id);
  };
}
