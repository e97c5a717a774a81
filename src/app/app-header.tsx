import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from '@/components/language-switch';

function focusMain(): void {
  document.getElementById('main')?.focus();
}

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <button type="button" className="skip-link" onClick={focusMain}>
        {t('app.skipToContent')}
      </button>
      <Link href="/" className="brand">
        <img src="./favicon.svg" alt="" width="32" height="32" />
        <span>{t('app.name')}</span>
      </Link>
      <nav aria-label={t('app.mainNav')} className="header-nav">
        <Link href="/">{t('nav.home')}</Link>
        <Link href="/library">{t('nav.library')}</Link>
        <Link href="/about">{t('nav.about')}</Link>
      </nav>
      <LanguageSwitch />
    </header>
  );
}
