import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyWithRetry } from '@/lib/lazy-retry';

const QrSvg = lazy(lazyWithRetry(() => import('./qr-svg')));

/** A QR code of `text`, drawn once the generator has loaded. */
export function LazyQr(props: { text: string; label: string; className?: string; denseNote?: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="qr-loading">{t('app.loading')}</p>}>
      <QrSvg {...props} />
    </Suspense>
  );
}
