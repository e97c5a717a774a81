/** Starting a review from an earlier assessment. Loaded only when the user asks for it. */
import type { Assessment } from '@/domain/assessment';
import { continueAssessment } from '@/domain/snapshots';
import { appEnv } from '@/lib/env';
import { getAssessment, saveAssessment } from '@/storage/repository';
import type { ActionResult } from './assessment-actions';
import { useEditorStore } from './editor-store';

/**
 * Starts a re-evaluation from a stored assessment: a new assessment in evaluation mode with the same
 * profile, vision, focus, goals and measures, continuing the old one (see continueAssessment).
 */
export async function continueFrom(id: string, name: string): Promise<ActionResult<Assessment>> {
  // The assessment may still be open with an edit that has not been written yet.
  const editor = useEditorStore.getState();
  if (editor.assessment?.id === id) await editor.flush();
  const stored = await getAssessment(id);
  if (!stored) return { ok: false, reason: 'missing' };
  const next = continueAssessment(stored, appEnv(), name);
  const result = await saveAssessment(next, next.createdAt);
  return result.ok ? { ok: true, value: result.saved } : { ok: false, reason: result.reason };
}
