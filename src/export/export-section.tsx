import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { useSnapshotOverlays } from '@/state/snapshot-store';
import { ExportMenu } from './export-menu';

/** The summary page's way to the files of the assessment: a button that opens the export menu. */
export function ExportSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('export');
  const overlays = useSnapshotOverlays(assessment);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = `export-menu-${assessment.id}`;
  return (
    <section className="export-section" aria-labelledby="export-title">
      <h2 id="export-title">{t('menu.title')}</h2>
      <p className="hint">{t('menu.intro')}</p>
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('menu.open')}
      </button>
      {open && (
        <ExportMenu
          assessment={assessment}
          id={panelId}
          overlays={overlays}
          onClose={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
        />
      )}
    </section>
  );
}
