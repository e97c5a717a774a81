import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAppStore } from '@/state/app-store';
import { AssessmentCard } from './assessment-card';
import { BackupPanel } from './backup-panel';

export function HomeScreen() {
  const { t } = useTranslation();
  const assessments = useAppStore((s) => s.assessments);
  const loaded = useAppStore((s) => s.listLoaded);
  return (
    <div className="home">
      <div className="page-head">
        <h1>{t('home.title')}</h1>
        <Link href="/new" className="button primary">
          {t('home.new')}
        </Link>
      </div>
      {loaded && assessments.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyText')}</p>
          <Link href="/new" className="button primary">
            {t('home.new')}
          </Link>
        </section>
      ) : (
        <section aria-labelledby="list-title">
          <h2 id="list-title" className="list-count">
            {t('home.count', { count: assessments.length })}
          </h2>
          <ul className="assessment-list" aria-label={t('home.listLabel')}>
            {assessments.map((a) => (
              <li key={a.id}>
                <AssessmentCard assessment={a} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <BackupPanel />
    </div>
  );
}
