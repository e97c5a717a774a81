import { useEffect } from 'react';
import type { Assessment } from '@/domain/assessment';
import { watchAssessment } from '@/storage/repository';
import { useEditorStore } from './editor-store';

/**
 * Opens the assessment with this id in the editor store (autosave and all) for a screen that shows it.
 * Gives the assessment once it is the one asked for, and whether no such assessment is stored.
 * While open, changes saved to it elsewhere (another tab) are taken in: only this record is watched.
 */
export function useOpenAssessment(id: string): { assessment: Assessment | null; missing: boolean } {
  const assessment = useEditorStore((s) => s.assessment);
  const loadState = useEditorStore((s) => s.loadState);
  const open = useEditorStore((s) => s.open);
  useEffect(() => {
    void open(id);
  }, [open, id]);
  useEffect(
    () =>
      watchAssessment(id, (stored) => {
        if (stored && useEditorStore.getState().assessment?.id === stored.id) useEditorStore.getState().adoptExternal(stored);
      }),
    [id],
  );
  return { assessment: assessment?.id === id ? assessment : null, missing: loadState === 'missing' };
}
