import { lazy } from 'react';

/** The idea picker and the "from the idea library" note load on demand, so the steps' chunk stays small. */
export const LazyIdeaPanel = lazy(() => import('./idea-panel').then((m) => ({ default: m.IdeaPanel })));
export const LazyIdeaOrigin = lazy(() => import('./idea-origin').then((m) => ({ default: m.IdeaOrigin })));
