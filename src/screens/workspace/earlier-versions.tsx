import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { LocalBackup } from '@/domain/local-backups';
import { summarizeCopy } from '@/domain/local-backups';
import { formatDateTime } from '@/i18n/format';
import { nowIso } from '@/lib/env';
import { useAppStore } from '@/state/app-store';
import { useEditorStore } from '@/state/editor-store';
import { restoreCopy, watchCopies } from '@/state/local-backup-actions';
import { notify } from '@/state/notices-store';
import './earlier-versions.css';

type ItemProps = {
  copy: LocalBackup;
  current: Assessment;
  /** While the user is asked to confirm: the name the current state will be kept under. */
  asking: string | null;
  busy: boolean;
  onAsk: (ask: boolean) => void;
  onRestore: () => void;
};

/** One copy: when it was taken, what it held, and Restore with its confirmation. */
function VersionItem({ copy, current, asking, busy, onAsk, onRestore }: ItemProps) {
  const { t, i18n } = useTranslation();
  const question = useRef<HTMLDivElement>(null);
  const time = formatDateTime(copy.takenAt, i18n.language);
  const facts = summarizeCopy(copy.assessment);
  const same = facts.revision === current.revision;
  const isAsking = asking !== null;
  useEffect(() => {
    if (isAsking) question.current?.focus();
  }, [isAsking]);
  return (
    <li className="version-item">
      <span className="version-time">{time}</span>
      <span className="version-facts">
        {t('safety.versions.steps', { count: facts.stepsDone })} · {t('safety.versions.rated', { rated: facts.baseline.rated })}
        {facts.baseline.notApplicable > 0 && <> · {t('safety.versions.notApplicable', { count: facts.baseline.notApplicable })}</>}
        {facts.baseline.unknown > 0 && <> · {t('safety.versions.unknown', { count: facts.baseline.unknown })}</>} ·{' '}
        {t('safety.versions.goals', { count: facts.goals })}
        {facts.name !== current.name && <> · {t('safety.versions.named', { name: facts.name })}</>}
      </span>
      {same ? (
        <span>{t('safety.versions.same')}</span>
      ) : (
        !isAsking && (
          <button type="button" className="secondary" aria-label={t('safety.versions.restoreLabel', { time })} onClick={() => onAsk(true)}>
            {t('safety.versions.restore')}
          </button>
        )
      )}
      {isAsking && (
        <div className="confirm confirm-restore" role="alert" ref={question} tabIndex={-1}>
          <p>{t('safety.versions.confirm', { time, name: asking })}</p>
          <button type="button" disabled={busy} onClick={onRestore}>
            {busy ? t('safety.versions.restoring') : t('safety.versions.confirmYes')}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => onAsk(false)}>
            {t('safety.versions.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * "Earlier versions" of the open assessment: the automatic copies this browser keeps, newest first, each of
 * which can be restored. The list is read only while the disclosure is open.
 */
export function EarlierVersions() {
  const { t, i18n } = useTranslation();
  const assessment = useEditorStore((s) => s.assessment);
  const unavailable = useAppStore((s) => s.storageStatus === 'unavailable');
  const [open, setOpen] = useState(false);
  const [copies, setCopies] = useState<LocalBackup[] | null>(null);
  const [asking, setAsking] = useState<{ id: string; keptName: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = assessment?.id;
  useEffect(() => {
    if (!open || !id) return;
    return watchCopies(id, setCopies);
  }, [open, id]);
  if (!assessment) return null;

  const ask = (copyId: string) => {
    // The name is fixed when the question is asked: the confirmation shows the name the copy will get.
    setAsking({ id: copyId, keptName: t('safety.versions.keptName', { name: assessment.name, time: formatDateTime(nowIso(), i18n.language) }) });
  };
  const restore = async (copy: LocalBackup, keptName: string) => {
    setBusy(true);
    const time = formatDateTime(copy.takenAt, i18n.language);
    const result = await restoreCopy(copy.id, () => keptName);
    // On success the workspace is opened afresh and this panel with it: only notices remain to be shown.
    if (result.ok) {
      notify('safety.versions.restored', { time, name: result.keptAs.name });
      document.getElementById('main')?.focus();
      return;
    }
    setBusy(false);
    setAsking(null);
    if (result.reason === 'restore-unsaved') notify('safety.versions.restoreUnsaved', { name: result.keptAs.name }, 'error');
    else notify(result.reason === 'unsaved' ? 'safety.versions.unsaved' : 'safety.versions.failed', {}, 'error');
  };

  return (
    <details className="details-form earlier-versions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('safety.versions.title')}</summary>
      <p className="hint">{t('safety.versions.intro')}</p>
      {unavailable ? (
        <p>{t('safety.versions.unavailable')}</p>
      ) : copies?.length === 0 ? (
        <p>{t('safety.versions.none')}</p>
      ) : (
        <ol className="version-list" aria-label={t('safety.versions.listLabel')}>
          {(copies ?? []).map((copy) => (
            <VersionItem
              key={copy.id}
              copy={copy}
              current={assessment}
              asking={asking?.id === copy.id ? asking.keptName : null}
              busy={busy}
              onAsk={(yes) => {
                if (yes) ask(copy.id);
                else setAsking(null);
              }}
              onRestore={() => {
                if (asking) void restore(copy, asking.keptName);
              }}
            />
          ))}
        </ol>
      )}
    </details>
  );
}
