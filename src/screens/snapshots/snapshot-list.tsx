import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '@/domain/participants';
import { oldestFirst } from '@/domain/snapshots';
import { formatDateTime } from '@/i18n/format';
import { deleteSnapshot } from '@/state/snapshot-actions';

type ItemProps = {
  snapshot: Snapshot;
  chosen: boolean;
  onToggle: (id: string) => void;
  onDeleted: (label: string) => void;
};

/** One saved snapshot: tick it to compare, or delete it after a confirmation. */
function SnapshotItem({ snapshot: s, chosen, onToggle, onDeleted }: ItemProps) {
  const { t, i18n } = useTranslation('snapshots');
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Keyboard users keep their place: the question takes the focus, and "Cancel" gives it back.
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return (
    <li className="snapshot-item">
      <label className="choice">
        <input type="checkbox" checked={chosen} onChange={() => onToggle(s.id)} aria-describedby={`${id}-date`} />
        <span>{s.label}</span>
      </label>
      <span id={`${id}-date`} className="hint">
        {t('list.takenAt', { date: formatDateTime(s.takenAt, i18n.language) })}
      </span>
      {confirming ? (
        <div className="confirm" role="alert">
          <p>{t('list.deleteConfirm', { label: s.label })}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              deleteSnapshot(s.id);
              onDeleted(s.label);
            }}
          >
            {t('list.deleteYes')}
          </button>
          <button ref={cancelRef} type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('list.cancel')}
          </button>
        </div>
      ) : (
        <button
          ref={deleteRef}
          type="button"
          className="secondary"
          aria-label={t('list.deleteLabel', { label: s.label })}
          onClick={() => setConfirming(true)}
        >
          {t('list.delete')}
        </button>
      )}
    </li>
  );
}

type ListProps = {
  snapshots: readonly Snapshot[];
  chosenIds: readonly string[];
  /** Shown when a fourth snapshot was ticked and refused; empty otherwise. */
  limitNote: string;
  onToggle: (id: string) => void;
  headingLevel: 2 | 3;
};

/** The saved snapshots, oldest first, each with a checkbox to compare it. */
export function SnapshotList({ snapshots, chosenIds, limitNote, onToggle, headingLevel }: ListProps) {
  const { t } = useTranslation('snapshots');
  const id = useId();
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  const [deleted, setDeleted] = useState('');
  return (
    <div className="snapshot-list">
      <Heading id={`${id}-title`}>{t('list.title')}</Heading>
      {snapshots.length === 0 ? (
        <p className="hint">{t('list.empty')}</p>
      ) : (
        <fieldset className="choice-group">
          <legend>{t('compare.hint')}</legend>
          <ul aria-labelledby={`${id}-title`} className="checklist">
            {oldestFirst(snapshots).map((s) => (
              <SnapshotItem
                key={s.id}
                snapshot={s}
                chosen={chosenIds.includes(s.id)}
                onToggle={onToggle}
                onDeleted={(label) => setDeleted(t('list.deleted', { label }))}
              />
            ))}
          </ul>
        </fieldset>
      )}
      <p className="field-error" aria-live="polite">
        {limitNote}
      </p>
      <p className="hint" role="status">
        {deleted}
      </p>
    </div>
  );
}
