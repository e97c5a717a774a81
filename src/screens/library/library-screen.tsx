import { useTranslation } from 'react-i18next';
import { CaseLibrary } from '@/library/case-library';
import { IdeaLibrary } from '@/library/idea-library';
import { ReferenceLibrary } from '@/library/reference-library';

/** The knowledge library: other clusters' cases, EU reference figures and ideas for goals and measures. */
export function LibraryScreen() {
  const { t } = useTranslation('library');
  return (
    <div className="library-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <CaseLibrary />
      <ReferenceLibrary />
      <IdeaLibrary />
    </div>
  );
}
