import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';

/** A participant's ballot on their own device, opened from an invitation file. */
export function BallotScreen() {
  const { t } = useTranslation('ballot');
  const params = useParams<{ id: string }>();
  return (
    <div className="narrow" data-ballot={params.id}>
      <h1>{t('title')}</h1>
    </div>
  );
}
