import '@/styles/ideas.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IdeaPicker } from './idea-picker';

/** The idea library on the library page: every goal and measure idea, searchable, read-only (no assessment is open). */
export function IdeaLibrary() {
  const { t } = useTranslation('ideas');
  const id = useId();
  return (
    <section className="idea-library" aria-labelledby={id}>
      <h2 id={id}>{t('ui.libraryTitle')}</h2>
      <p>{t('ui.libraryIntro')}</p>
      <IdeaPicker level={3} />
    </section>
  );
}
