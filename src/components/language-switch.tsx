import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/domain/assessment';
import { useAppStore } from '@/state/app-store';
import { changeLanguage } from '@/state/language';

/** Two buttons, English and Polski; the current one is pressed. Each name is written in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useAppStore((s) => s.language);
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={current === lng}
          onClick={() => void changeLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
