import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComponentProps } from 'react';
import type { ResponsiveRadar as ResponsiveRadarType } from './responsive-radar';

// Recharts is about 100 kB gzip: it is loaded only when a chart is shown, never on the home screen.
const ResponsiveRadar = lazy(() => import('./responsive-radar').then((m) => ({ default: m.ResponsiveRadar })));

export type LazyRadarProps = ComponentProps<typeof ResponsiveRadarType>;

/** The radar chart at its container's width, loaded on first use; a short text stands in meanwhile. */
export function LazyRadar(props: LazyRadarProps) {
  const { t } = useTranslation('charts');
  return (
    <Suspense fallback={<p className="radar-loading">{t('loading')}</p>}>
      <ResponsiveRadar {...props} />
    </Suspense>
  );
}
