/** Snapshots of the open assessment's ratings; each change goes through the autosaving editor store. */
import type { Snapshot } from '@/domain/participants';
import { takeSnapshot } from '@/domain/snapshots';
import { appEnv } from '@/lib/env';
import { useEditorStore } from './editor-store';
import { useSnapshotStore } from './snapshot-store';

/** Freezes the current ratings of the open assessment under a label; returns the snapshot, or null when none is open. */
export function saveSnapshot(label: string): Snapshot | null {
  const editor = useEditorStore.getState();
  const current = editor.assessment;
  if (!current) return null;
  const snapshot = takeSnapshot(current, label, appEnv());
  editor.update((a) => ({ ...a, snapshots: [...a.snapshots, snapshot] }));
  return snapshot;
}

/** Deletes a snapshot of the open assessment and drops it from the comparison. */
export function deleteSnapshot(id: string): void {
  const editor = useEditorStore.getState();
  const current = editor.assessment;
  if (!current) return;
  editor.update((a) => ({ ...a, snapshots: a.snapshots.filter((s) => s.id !== id) }));
  useSnapshotStore.getState().forget(current.id, id);
}
