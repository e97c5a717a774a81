import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { APP_VERSION } from '@/lib/env';
import { useAppStore } from '@/state/app-store';
import { EraseData } from './erase-data';

export function AboutScreen() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.storageStatus);
  const persist = useAppStore((s) => s.persist);
  return (
    <div className="narrow about">
      <h1>{t('about.title')}</h1>
      <p>{t('about.what')}</p>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>
      <h2>{t('about.storageTitle')}</h2>
      <p>{t(`about.storageState.${status}`)}</p>
      <p>{t(`persist.${persist}`)}</p>
      <p>{t('about.version', { version: APP_VERSION })}</p>
      <EraseData />
      <h2>{t('about.creditsTitle')}</h2>
      <p>{t('about.creditsMethod')}</p>
      <p>{t('about.creditsExample')}</p>
      <p>{t('about.creditsGeces')}</p>
      <Link href="/">{t('about.close')}</Link>
    </div>
  );
}
