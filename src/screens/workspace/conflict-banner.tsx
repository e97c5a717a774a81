import { useTranslation } from 'react-i18next';
import { useEditorStore } from '@/state/editor-store';

/** Shown when another tab saved this assessment while this one had unsaved edits. */
export function ConflictBanner() {
  const { t } = useTranslation();
  const conflict = useEditorStore((s) => s.conflict);
  const keepMine = useEditorStore((s) => s.keepMine);
  const loadTheirs = useEditorStore((s) => s.loadTheirs);
  if (!conflict) return null;
  return (
    <div role="alert" className="banner banner-warning">
      <p>{t('conflict.text')}</p>
      <button type="button" onClick={() => void keepMine()}>
        {t('conflict.keepMine')}
      </button>
      <button type="button" className="secondary" onClick={loadTheirs}>
        {t('conflict.loadTheirs')}
      </button>
    </div>
  );
}
