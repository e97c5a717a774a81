import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';

/** Full-screen presentation for a projector: radar, legend and the key question of the current view. */
export function PresentScreen() {
  const { t } = useTranslation('present');
  const params = useParams<{ id: string; view?: string }>();
  return (
    <div className="present" data-assessment={params.id}>
      <h1>{t('title')}</h1>
    </div>
  );
}
