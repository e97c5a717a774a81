import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { JoinCode } from '@/components/join-code';
import type { Assessment } from '@/domain/assessment';
import { BallotScanner } from './ballot-scanner';

/** Joining from phones: the join link as a QR code, and the way to the projector's "Join" view. */
export function JoinPanel({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('ballot');
  return (
    <section className="join-panel" aria-labelledby="join-panel-title">
      <h3 id="join-panel-title">{t('joinPanel.title')}</h3>
      <p>{t('joinPanel.intro')}</p>
      <JoinCode assessment={assessment} />
      <Link href={`/a/${assessment.id}/present/join`} className="button secondary">
        {t('joinPanel.present')}
      </Link>
      <BallotScanner />
    </section>
  );
}
