import type { ChangeEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { participantProgress } from '@/domain/aggregate';
import { formatDateTime } from '@/i18n/format';
import { ImportReport } from '@/screens/ballot/import-report';
import type { BallotFileReport } from '@/state/ballot-actions';
import { exportInvitation, importBallotFiles } from '@/state/ballot-actions';
import '@/styles/ballot.css';

/** The participants whose ratings came from ballot files, with how much of the ballot they answered (never the values). */
function ReceivedBallots({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('ballot');
  const fromBallots = assessment.participants.filter((p) => p.ballotCreatedAt !== null);
  if (fromBallots.length === 0) return <p className="hint">{t('exchange.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="received-ballots">
        <caption>{t('exchange.received')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.participant')}</th>
            <th scope="col">{t('exchange.sector')}</th>
            <th scope="col">{t('exchange.sent')}</th>
            <th scope="col">{t('exchange.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {fromBallots.map((p) => {
            const { done, total } = participantProgress(assessment, p.id);
            return (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{p.sector ? t(`sectors.${p.sector}`) : t('exchange.noSector')}</td>
                <td>{p.ballotCreatedAt ? formatDateTime(p.ballotCreatedAt, i18n.language) : ''}</td>
                <td>{t('progress', { done, total })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Ballots for participants on their own devices: export an invitation, import the ballots that come back. */
export function BallotExchange({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('ballot');
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [invitation, setInvitation] = useState<string | null>(null);
  const [reports, setReports] = useState<BallotFileReport[]>([]);

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setReports([]);
    setInvitation(null);
    const result = await importBallotFiles(files);
    setBusy(false);
    setReports(result);
  };

  return (
    <section className="ballot-exchange" aria-labelledby="ballot-exchange-title">
      <h3 id="ballot-exchange-title">{t('exchange.title')}</h3>
      <p>{t('exchange.intro')}</p>
      <ol className="ballot-steps">
        <li>{t('exchange.step1')}</li>
        <li>{t('exchange.step2')}</li>
        <li>{t('exchange.step3')}</li>
        <li>{t('exchange.step4')}</li>
      </ol>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            setReports([]);
            setInvitation(exportInvitation(assessment));
          }}
        >
          {t('exchange.downloadInvitation')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => fileInput.current?.click()}>
          {busy ? t('exchange.importing') : t('exchange.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('exchange.import')}
          onChange={(e) => void onFiles(e)}
        />
      </div>
      <div role="status" className="hint">
        {invitation && <p>{t('exchange.invitationSaved', { file: invitation })}</p>}
      </div>
      <ImportReport reports={reports} />
      <ReceivedBallots assessment={assessment} />
    </section>
  );
}
