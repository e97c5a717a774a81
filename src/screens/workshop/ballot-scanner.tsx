import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReport } from '@/screens/ballot/import-report';
import type { BallotFileReport } from '@/state/ballot-actions';
import { importScannedBallot } from '@/state/ballot-actions';
import type { CameraError } from './qr-frame-reader';
import { createFrameReader, openCamera } from './qr-frame-reader';

const FRAME_GAP_MS = 200;

/** A running scan: camera on, each code read once, validated and merged like a ballot file. */
function Scanner({ onError }: { onError: (error: CameraError) => void }) {
  const { t } = useTranslation('ballot');
  const video = useRef<HTMLVideoElement>(null);
  const [running, setRunning] = useState(false);
  const [reports, setReports] = useState<BallotFileReport[]>([]);
  const [last, setLast] = useState<BallotFileReport | null>(null);

  useEffect(() => {
    // Read through a function, so that the checks after each await see its current value.
    const scan = { stopped: false };
    const stopped = () => scan.stopped;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen = new Set<string>();
    void (async () => {
      const [camera, read] = await Promise.all([openCamera(), createFrameReader()]);
      if (!camera.ok) {
        if (!stopped()) onError(camera.error);
        return;
      }
      stream = camera.stream;
      const element = video.current;
      if (stopped() || !element) {
        stream.getTracks().forEach((track) => {
          track.stop();
        });
        return;
      }
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      setRunning(true);
      const tick = async () => {
        if (stopped()) return;
        const text = element.readyState >= 2 ? await read(element).catch(() => null) : null;
        // The same code stays in view for many frames: each is read once per scan.
        if (text !== null && !seen.has(text) && !stopped()) {
          seen.add(text);
          const report = await importScannedBallot(text, t('scan.source'));
          if (!stopped()) {
            setReports((list) => [...list, report]);
            setLast(report);
          }
        }
        timer = setTimeout(() => void tick(), FRAME_GAP_MS);
      };
      void tick();
    })();
    return () => {
      scan.stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => {
        track.stop();
      });
    };
  }, [onError, t]);

  const merged = reports.filter((r) => r.status === 'added' || r.status === 'replaced').length;
  return (
    <div className="scanner">
      <video ref={video} className="scan-video" muted playsInline aria-label={t('scan.video')} />
      <p className="hint">{running ? t('scan.running') : t('scan.starting')}</p>
      <p className="scan-count" role="status">
        {t('scan.count', { count: merged })}
      </p>
      {last && <ImportReport reports={[last]} summary={false} />}
      {reports.length > 1 && (
        <details>
          <summary>{t('import.summary', summaryCounts(reports))}</summary>
          <ImportReport reports={reports.slice(0, -1)} summary={false} />
        </details>
      )}
    </div>
  );
}

function summaryCounts(reports: readonly BallotFileReport[]) {
  const count = (...statuses: BallotFileReport['status'][]) => reports.filter((r) => statuses.includes(r.status)).length;
  return { total: reports.length, added: count('added'), replaced: count('replaced'), ignored: count('older', 'same'), refused: count('refused') };
}

/** "Scan ballots": reads the participants' ballot codes with this computer's camera. */
export function BallotScanner() {
  const { t } = useTranslation('ballot');
  const [on, setOn] = useState(false);
  const [error, setError] = useState<CameraError | null>(null);
  const onError = useCallback((e: CameraError) => {
    setError(e);
    setOn(false);
  }, []);

  return (
    <div className="ballot-scanner">
      <p>{t('scan.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          aria-pressed={on}
          onClick={() => {
            setError(null);
            setOn(!on);
          }}
        >
          {on ? t('scan.stop') : t('scan.start')}
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {t(`scan.errors.${error}`)}
        </p>
      )}
      {on && <Scanner onError={onError} />}
    </div>
  );
}
