import type { SyntheticEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice, ImportChoices, ImportConflict } from '@/domain/backup-merge';
import { formatDateTime } from '@/i18n/format';
import type { PendingImport } from './use-file-import';
import './import-conflict-dialog.css';

/** One assessment of the file that is here with other content: both last changes and the choice. */
function ConflictChoiceField({
  conflict,
  choice,
  onChoose,
}: {
  conflict: ImportConflict;
  choice: ConflictChoice;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t, i18n } = useTranslation('export');
  const { here, incoming } = conflict;
  const name = `conflict-${here.id}`;
  // Both times may fall in the same minute: say which one is newer in words.
  const newer = (text: string, isNewer: boolean) => (isNewer ? t('json.newer', { text }) : text);
  const hereTime = Date.parse(here.updatedAt);
  const fileTime = Date.parse(incoming.updatedAt);
  const details = `${name}-dates`;
  return (
    <fieldset className="conflict-choice" aria-describedby={details}>
      <legend>{t('json.choiceFor', { name: here.name })}</legend>
      <div id={details} className="conflict-dates">
        {incoming.name !== here.name && <p>{t('json.nameInFile', { name: incoming.name })}</p>}
        <p>{newer(t('json.hereChanged', { date: formatDateTime(here.updatedAt, i18n.language) }), hereTime > fileTime)}</p>
        <p>{newer(t('json.fileChanged', { date: formatDateTime(incoming.updatedAt, i18n.language) }), fileTime > hereTime)}</p>
      </div>
      <label className="choice">
        <input type="radio" name={name} value="copy" checked={choice === 'copy'} onChange={() => onChoose('copy')} aria-describedby={`${name}-copy`} />
        <span>
          {t('json.copy')}
          <span id={`${name}-copy`} className="hint">
            {t('json.copyHint', { name: t('json.copyName', { name: incoming.name }) })}
          </span>
        </span>
      </label>
      <label className="choice">
        <input type="radio" name={name} value="replace" checked={choice === 'replace'} onChange={() => onChoose('replace')} aria-describedby={`${name}-replace`} />
        <span>
          {t('json.replace')}
          <span id={`${name}-replace`} className="hint">
            {t('json.replaceHint')}
          </span>
        </span>
      </label>
    </fieldset>
  );
}

/**
 * Asks what to do with each assessment of an imported file that is already here with other content:
 * import it as a copy (the default: nothing is lost) or replace the one here. Cancel (or Esc) imports nothing.
 * A modal dialog: focus moves into it and back to where it was when it closes.
 */
export function ImportConflictDialog({ pending, decide }: { pending: PendingImport; decide: (choices: ImportChoices | null) => Promise<void> }) {
  const { t } = useTranslation('export');
  const dialog = useRef<HTMLDialogElement>(null);
  const { preview, changedMeanwhile } = pending;
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [busy, setBusy] = useState(false);

  const { opener } = pending;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      before?.focus();
    };
  }, [opener]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    await decide(choices);
  };
  const others = preview.added.length + preview.unchanged;
  return (
    <dialog
      ref={dialog}
      className="conflict-dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-intro"
      onCancel={(event) => {
        // Esc: close through React, so that the choice is dropped and focus goes back.
        event.preventDefault();
        void decide(null);
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="conflict-title">{t('json.title', { count: preview.conflicts.length })}</h2>
        <p id="conflict-intro">{t('json.intro', { count: preview.conflicts.length })}</p>
        {changedMeanwhile && (
          <p role="alert" className="banner banner-warning">
            {t('json.changedMeanwhile')}
          </p>
        )}
        {preview.conflicts.map((conflict) => (
          <ConflictChoiceField
            key={conflict.here.id}
            conflict={conflict}
            choice={choices[conflict.here.id] ?? 'copy'}
            onChoose={(choice) => setChoices((current) => ({ ...current, [conflict.here.id]: choice }))}
          />
        ))}
        {others > 0 && <p className="hint">{t('json.rest', { added: preview.added.length, unchanged: preview.unchanged })}</p>}
        <div className="button-row">
          <button type="submit" disabled={busy}>
            {t('json.confirm')}
          </button>
          <button type="button" className="secondary" onClick={() => void decide(null)}>
            {t('json.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
