import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { JoinResult } from '@/state/join-actions';
import { joinFromLink } from '@/state/join-actions';

/**
 * Opening a join link: the invitation in the link is validated, then the ballot opens (a new one, or the one
 * already on this device). A damaged link writes nothing and says so.
 */
export function JoinScreen() {
  const { t } = useTranslation('ballot');
  const { payload } = useParams<{ payload: string }>();
  const [, navigate] = useLocation();
  const [failed, setFailed] = useState<Exclude<JoinResult, { ok: true }>['error'] | null>(null);

  useEffect(() => {
    let current = true;
    void joinFromLink(payload).then((result) => {
      if (!current) return;
      if (result.ok) navigate(`/ballot/${result.assessmentId}`, { replace: true });
      else setFailed(result.error);
    });
    return () => {
      current = false;
    };
  }, [payload, navigate]);

  if (!failed) return <p className="loading">{t('join.opening')}</p>;
  return (
    <section className="join-failed" aria-labelledby="join-failed-title">
      <h2 id="join-failed-title">{t('join.failedTitle')}</h2>
      <p role="alert">{t(`join.errors.${failed}`)}</p>
      <p>{t('join.nothingWritten')}</p>
      <Link href="/" className="button secondary">
        {t('back')}
      </Link>
    </section>
  );
}
