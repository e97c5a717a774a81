import { useTranslation } from 'react-i18next';
import { CORE_FUNCTIONS, CORE_TOPICS } from '@/domain/guidance';

/** "Building the core": governance, finance, people and culture, the four core functions, the ecosystem analysis. */
export function CoreGuidance() {
  const { t } = useTranslation('guidance');
  return (
    <details className="guidance-panel core-guidance">
      <summary>{t('ui.coreLink')}</summary>
      <h3>{t('core.title')}</h3>
      <p>{t('core.intro')}</p>
      <dl>
        {CORE_TOPICS.map((topic) => (
          <div key={topic}>
            <dt>{t(`core.topics.${topic}.title`)}</dt>
            <dd>
              {t(`core.topics.${topic}.text`)}
              {topic === 'functions' && (
                <ul>
                  {CORE_FUNCTIONS.map((fn) => (
                    <li key={fn}>
                      <strong>{t(`core.functions.${fn}.title`)}:</strong> {t(`core.functions.${fn}.text`)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
