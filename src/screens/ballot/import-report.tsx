import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/i18n/format';
import type { BallotFileReport } from '@/state/ballot-actions';
import '@/styles/ballot.css';

type Refused = Extract<BallotFileReport, { status: 'refused' }>;

function ReportLine({ report }: { report: Exclude<BallotFileReport, Refused> }) {
  const { t, i18n } = useTranslation('ballot', { useSuspense: false });
  const file = report.fileName;
  switch (report.status) {
    case 'added':
      return <li>{t('import.added', { label: report.label, file })}</li>;
    case 'replaced':
      return (
        <li>
          {report.previousAt
            ? t('import.replaced', { label: report.label, date: formatDateTime(report.previousAt, i18n.language) })
            : t('import.replacedLocal', { label: report.label })}
        </li>
      );
    case 'older':
      return <li>{t('import.older', { file, label: report.label, date: formatDateTime(report.heldAt, i18n.language) })}</li>;
    case 'same':
      return <li>{t('import.same', { file, label: report.label })}</li>;
  }
}

/** The refusals of an import, each naming its file and what to do; nothing of them was written. */
export function RefusedFiles({ refused }: { refused: readonly Refused[] }) {
  const { t, ready } = useTranslation('ballot', { useSuspense: false });
  if (!ready || refused.length === 0) return null;
  return (
    <div role="alert" className="banner banner-error import-error">
      {refused.map((r, i) => (
        <div key={`${r.fileName}-${String(i)}`} className="refused-file">
          <p>
            <strong>{t('import.refusedTitle', { file: r.fileName })}</strong>
          </p>
          <p>{t(`import.errors.${r.error}`, { detail: r.detail })}</p>
        </div>
      ))}
      <p>{t('import.nothingChanged')}</p>
    </div>
  );
}

/**
 * What became of each imported ballot file: a summary and one line per file in a status region (kept on screen,
 * empty until an import, so that screen readers announce what appears in it), and refusals as an alert.
 */
export function ImportReport({ reports, summary = true }: { reports: readonly BallotFileReport[]; summary?: boolean }) {
  const { t, ready } = useTranslation('ballot', { useSuspense: false });
  const refused = reports.filter((r): r is Refused => r.status === 'refused');
  const merged = reports.filter((r): r is Exclude<BallotFileReport, Refused> => r.status !== 'refused');
  const count = (...statuses: BallotFileReport['status'][]) => reports.filter((r) => statuses.includes(r.status)).length;
  return (
    <>
      <div role="status" className="import-report">
        {ready && summary && reports.length > 0 && (
          <p>
            {t('import.summary', {
              total: reports.length,
              added: count('added'),
              replaced: count('replaced'),
              ignored: count('older', 'same'),
              refused: refused.length,
            })}
          </p>
        )}
        {ready && merged.length > 0 && (
          <ul>
            {merged.map((r, i) => (
              <ReportLine key={`${r.fileName}-${String(i)}`} report={r} />
            ))}
          </ul>
        )}
      </div>
      <RefusedFiles refused={refused} />
    </>
  );
}
