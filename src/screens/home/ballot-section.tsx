import type { ChangeEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BallotDraft } from '@/domain/ballot';
import { ballotProgress } from '@/domain/ballot';
import { formatDateTime } from '@/i18n/format';
import { watchBallotDrafts } from '@/storage/ballot-repository';
import { FileImportResult } from './file-import-result';
import { useFileImport } from './use-file-import';
import '@/styles/ballot.css';

/** The ballot drafts on this device, newest first (kept up to date). */
function useBallotDrafts(): BallotDraft[] {
  const [drafts, setDrafts] = useState<BallotDraft[]>([]);
  useEffect(() => watchBallotDrafts(setDrafts), []);
  return drafts;
}

/**
 * The home screen's way in for participants (open an invitation) and for facilitators (open a returned ballot),
 * and the list of the participant's own ballots. Its texts load on their own, so the home screen never waits for them.
 */
export function BallotSection() {
  const { t, i18n, ready } = useTranslation('ballot', { useSuspense: false });
  const drafts = useBallotDrafts();
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy, shown, pending, run, decide } = useFileImport();
  if (!ready) return null;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await run(file);
  };

  return (
    <section className="ballot-section" aria-labelledby="ballots-title">
      <h2 id="ballots-title">{t('home.title')}</h2>
      <p>{t('home.intro')}</p>
      <div className="button-row">
        <button type="button" className="secondary" disabled={busy} onClick={() => fileInput.current?.click()}>
          {busy ? t('home.opening') : t('home.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('home.open')}
          onChange={(e) => void onFile(e)}
        />
      </div>
      <FileImportResult shown={shown} pending={pending} decide={decide} />
      {drafts.length > 0 && (
        <>
          <h3 id="your-ballots">{t('home.yours')}</h3>
          <ul className="ballot-drafts" aria-labelledby="your-ballots">
            {drafts.map((d) => {
              const { done, total } = ballotProgress(d.ratings);
              return (
                <li key={d.assessmentId}>
                  <Link href={`/ballot/${d.assessmentId}`}>{d.assessmentName}</Link>
                  <span className="meta">
                    <span>{t('progress', { done, total })}</span>
                    <span>
                      {d.lastExportAt ? t('send.lastDownloaded', { date: formatDateTime(d.lastExportAt, i18n.language) }) : t('send.notDownloaded')}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
