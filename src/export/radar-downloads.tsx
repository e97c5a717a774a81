import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { notify } from '@/state/notices-store';
import { useSnapshotOverlays } from '@/state/snapshot-store';

/** Buttons that save the spider diagram as PNG or SVG (the export code loads on the first click). */
export function RadarDownloads({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('charts');
  const overlays = useSnapshotOverlays(assessment);
  const [busy, setBusy] = useState(false);
  const download = async (format: 'png' | 'svg') => {
    setBusy(true);
    try {
      const { downloadRadar } = await import('./radar-image');
      const file = await downloadRadar(assessment, format, overlays);
      notify('backup.exported', { file });
    } catch {
      notify('home.actionFailed', {}, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="radar-downloads" aria-labelledby="radar-downloads-title">
      <h2 id="radar-downloads-title">{t('image.title')}</h2>
      <p className="hint">{t('image.hint')}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void download('png')}>
          {t('image.png')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void download('svg')}>
          {t('image.svg')}
        </button>
      </div>
    </section>
  );
}
