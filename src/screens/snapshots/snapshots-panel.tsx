import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import { MAX_COMPARED_SNAPSHOTS } from '@/domain/snapshots';
import { useChosenSnapshotIds, useSnapshotStore } from '@/state/snapshot-store';
import { ChangeTable } from './change-table';
import { SaveSnapshotForm } from './save-snapshot-form';
import { SnapshotList } from './snapshot-list';

export { useSnapshotOverlays } from '@/state/snapshot-store';
export type { SnapshotOverlay } from '@/domain/snapshots';

export type SnapshotsPanelProps = {
  /** The assessment open in the editor store: snapshots are saved to and deleted from it. */
  assessment: Assessment;
  /** Level of the panel's heading (its parts get the next level). Default 2. */
  headingLevel?: 2 | 3;
};

/**
 * Snapshots of the spider profile: save the current ratings under a label, choose up to three saved
 * snapshots, and see how each dimension changed since the oldest of them.
 */
export function SnapshotsPanel({ assessment, headingLevel = 2 }: SnapshotsPanelProps) {
  const { t } = useTranslation('snapshots');
  const id = useId();
  const chosenIds = useChosenSnapshotIds(assessment.id);
  const toggle = useSnapshotStore((s) => s.toggle);
  const [refused, setRefused] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const existing = chosenIds.filter((c) => assessment.snapshots.some((s) => s.id === c));
  const onToggle = (snapshotId: string) => {
    // Ids of snapshots deleted elsewhere (another tab) must not count against the limit.
    for (const stale of chosenIds.filter((c) => !existing.includes(c))) useSnapshotStore.getState().forget(assessment.id, stale);
    const ok = toggle(assessment.id, snapshotId);
    setRefused(!ok);
  };
  return (
    <section className="summary-section snapshots-panel" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('title')}</Heading>
      <p className="hint">{t('intro')}</p>
      <SaveSnapshotForm headingLevel={headingLevel} />
      <SnapshotList
        snapshots={assessment.snapshots}
        chosenIds={existing}
        limitNote={refused && existing.length >= MAX_COMPARED_SNAPSHOTS ? t('compare.limit') : ''}
        onToggle={onToggle}
        headingLevel={headingLevel}
      />
      <ChangeTable assessment={assessment} chosenIds={existing} headingLevel={headingLevel} />
    </section>
  );
}
