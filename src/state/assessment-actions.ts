/** What the home screen does with whole assessments: create, rename, duplicate, delete and undo. */
import type { Assessment, NewAssessmentInput } from '@/domain/assessment';
import { createAssessment, duplicateAssessment } from '@/domain/assessment';
import { appEnv, nowIso } from '@/lib/env';
import { deleteAssessment, getAssessment, putAssessments, saveAssessment } from '@/storage/repository';
import { ensurePersistence } from './storage-boot';

export type ActionResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Creates and stores a new assessment; asks once for persistent storage. */
export async function createNew(input: NewAssessmentInput): Promise<ActionResult<Assessment>> {
  const assessment = createAssessment(input, appEnv());
  const result = await saveAssessment(assessment, assessment.createdAt);
  if (!result.ok) return { ok: false, reason: result.reason };
  void ensurePersistence();
  return { ok: true, value: result.saved };
}

/** Renames a stored assessment. */
export async function rename(id: string, name: string): Promise<ActionResult<Assessment>> {
  const stored = await getAssessment(id);
  if (!stored) return { ok: false, reason: 'missing' };
  const result = await saveAssessment({ ...stored, name: name.trim() }, nowIso());
  return result.ok ? { ok: true, value: result.saved } : { ok: false, reason: result.reason };
}

/** Stores a copy under a new name. */
export async function duplicate(id: string, name: string): Promise<ActionResult<Assessment>> {
  const stored = await getAssessment(id);
  if (!stored) return { ok: false, reason: 'missing' };
  const copy = duplicateAssessment(stored, name, appEnv());
  const result = await saveAssessment(copy, copy.createdAt);
  return result.ok ? { ok: true, value: result.saved } : { ok: false, reason: result.reason };
}

/** Deletes; the returned record can be handed to `undoDelete`. */
export async function remove(id: string): Promise<ActionResult<Assessment>> {
  const { result, deleted } = await deleteAssessment(id);
  if (!result.ok) return { ok: false, reason: result.reason };
  if (!deleted) return { ok: false, reason: 'missing' };
  return { ok: true, value: deleted };
}

/** Puts a deleted assessment back exactly as it was. */
export async function undoDelete(record: Assessment): Promise<boolean> {
  return (await putAssessments([record])).ok;
}
