import i18next from 'i18next';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ballotNotice } from '@/screens/ballot/ballot-notice';
import type { FileImportOutcome } from '@/state/backup-actions';
import { importFile } from '@/state/backup-actions';
import { notify } from '@/state/notices-store';

/** An outcome the panel shows itself: a refusal, or a ballot merged into a stored assessment. */
export type ShownOutcome = Exclude<FileImportOutcome, { kind: 'backup'; outcome: { ok: true } } | { kind: 'invitation'; result: { ok: true } }>;

/**
 * The home screen's import of any file of the app: a backup is imported (with a notice), an invitation opens
 * the participant's ballot, a ballot is merged into its assessment; the rest comes back to be shown.
 */
export function useFileImport(): { busy: boolean; shown: ShownOutcome | null; run: (file: File) => Promise<void> } {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<ShownOutcome | null>(null);
  const run = async (file: File) => {
    setBusy(true);
    setShown(null);
    const result = await importFile(file);
    // The ballot texts load with the first ballot file, before they are shown.
    if (result.kind !== 'backup') await i18next.loadNamespaces(['ballot']);
    setBusy(false);
    if (result.kind === 'backup' && result.outcome.ok) {
      const { added, copied, unchanged } = result.outcome;
      notify('backup.imported', { added, copied, unchanged });
      return;
    }
    if (result.kind === 'invitation' && result.result.ok) {
      if (!result.result.created) notify(ballotNotice('home.reopened'), { name: result.result.name });
      navigate(`/ballot/${result.result.assessmentId}`);
      return;
    }
    setShown(result);
  };
  return { busy, shown, run };
}
