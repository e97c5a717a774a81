import i18next from 'i18next';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { ImportChoices, ImportPreview } from '@/domain/backup-merge';
import { ballotNotice } from '@/screens/ballot/ballot-notice';
import type { FileImportOutcome, ImportOutcome, ImportStage } from '@/state/backup-actions';
import { finishImport, importFile } from '@/state/backup-actions';
import type { NoticeKey } from '@/state/notices-store';
import { notify } from '@/state/notices-store';

/** An outcome the panel shows itself: a refusal, or a ballot merged into a stored assessment. */
export type ShownOutcome = Exclude<
  FileImportOutcome,
  { kind: 'backup'; outcome: { ok: true } | { ok: 'choose' } } | { kind: 'invitation'; result: { ok: true } }
>;

/** Assessments of a file that are here with other content, waiting for the user's choice. */
export type PendingImport = {
  preview: ImportPreview;
  /** Asked again: an assessment in question was saved meanwhile, with other dates. */
  changedMeanwhile: boolean;
  /** Counts the questions: each one is a fresh dialog. */
  round: number;
  /** Where focus was when the import started (its button), to go back to when the question closes. */
  opener: HTMLElement | null;
};

export type FileImport = {
  busy: boolean;
  /** Where a running import is (null when none runs, or before it reports). */
  stage: ImportStage | null;
  /** Cancels the running import, if it has not started writing. */
  cancel: () => void;
  shown: ShownOutcome | null;
  pending: PendingImport | null;
  run: (file: File) => Promise<void>;
  /** The user's choices for the pending conflicts, or null to cancel (nothing is written). */
  decide: (choices: ImportChoices | null) => Promise<void>;
};

const exportNotice = (key: string) => `export:${key}` as NoticeKey;

/**
 * The home screen's import of any file of the app: a backup (or one assessment's file) is imported, with a
 * question first when an assessment of it is here with other content; an invitation opens the participant's
 * ballot; a ballot is merged into its assessment. The rest comes back to be shown.
 */
export function useFileImport(): FileImport {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<ShownOutcome | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const controller = useRef<AbortController | null>(null);
  // The import button is disabled while the file is read, which takes focus away from it: remember it first.
  const opener = useRef<HTMLElement | null>(null);

  const backupDone = (outcome: ImportOutcome, asked: boolean) => {
    if (outcome.ok === 'choose') {
      setPending((previous) => ({
        preview: outcome.preview,
        changedMeanwhile: asked,
        round: (previous?.round ?? 0) + 1,
        opener: opener.current,
      }));
      return;
    }
    setPending(null);
    if (outcome.ok === 'cancelled') {
      notify('backup.cancelled');
      return;
    }
    if (outcome.ok) {
      const { added, copied, unchanged, replaced, keptEarlier } = outcome;
      if (asked && keptEarlier > 0) notify(exportNotice('json.importedKept'), { added, copied, unchanged, replaced, count: keptEarlier });
      else if (asked) notify(exportNotice('json.imported'), { added, copied, unchanged, replaced });
      else notify('backup.imported', { added, copied, unchanged });
      return;
    }
    setShown({ kind: 'backup', outcome });
  };

  const run = async (file: File) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setBusy(true);
    setShown(null);
    setPending(null);
    const abort = new AbortController();
    controller.current = abort;
    const result = await importFile(file, { signal: abort.signal, onStage: setStage });
    controller.current = null;
    setStage(null);
    // The ballot texts load with the first ballot file, the export texts with the first question, before they are shown.
    if (result.kind !== 'backup') await i18next.loadNamespaces(['ballot']);
    else if (result.outcome.ok === 'choose') await i18next.loadNamespaces(['export']);
    setBusy(false);
    if (result.kind === 'backup') {
      backupDone(result.outcome, false);
      return;
    }
    if (result.kind === 'invitation' && result.result.ok) {
      if (!result.result.created) notify(ballotNotice('home.reopened'), { name: result.result.name });
      navigate(`/ballot/${result.result.assessmentId}`);
      return;
    }
    setShown(result);
  };

  const decide = async (choices: ImportChoices | null) => {
    if (!pending) return;
    if (!choices) {
      setPending(null);
      notify(exportNotice('json.cancelled'));
      return;
    }
    setBusy(true);
    const copyName = (name: string) => i18next.t('export:json.copyName', { name });
    const outcome = await finishImport(pending.preview, choices, copyName);
    setBusy(false);
    backupDone(outcome, true);
  };

  const cancel = () => {
    controller.current?.abort();
  };

  return { busy, stage, cancel, shown, pending, run, decide };
}
