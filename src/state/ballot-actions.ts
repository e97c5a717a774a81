/**
 * The ballot round trip, both ends. Facilitator: download an invitation, import the ballots that come back.
 * Participant: open an invitation as a ballot draft, fill it (ballot-store.ts autosaves), download the ballot.
 * Every file is validated in full before anything is written.
 */
import type { Assessment } from '@/domain/assessment';
import type { BallotDraft, InvitedAssessment } from '@/domain/ballot';
import { newBallotDraft, refreshFromInvitation, validateLabel } from '@/domain/ballot';
import type { BallotEnvelope, InvitationEnvelope } from '@/domain/ballot-format';
import { ballotFileName, buildBallot, buildInvitation, invitationFileName, MAX_BALLOT_BYTES } from '@/domain/ballot-format';
import type { BallotBatchEntry, BallotBatchResult } from '@/domain/ballot-merge';
import { mergeBallots } from '@/domain/ballot-merge';
import type { BallotFileError, BallotParseResult } from '@/domain/ballot-parse';
import { localIsoDate } from '@/i18n/format';
import { downloadBlob } from '@/lib/download';
import { APP_VERSION, newId, nowIso } from '@/lib/env';
import { deleteBallotDraft, getBallotDraft, putBallotDraft } from '@/storage/ballot-repository';
import { getAssessment, saveAssessment } from '@/storage/repository';
import { useBallotStore } from './ballot-store';
import { editAssessment } from './editor-actions';
import { useEditorStore } from './editor-store';

/** Why a file changed nothing. */
export type BallotRefusal =
  | BallotFileError
  | 'other-assessment'
  | 'too-many-participants'
  /** An invitation given where ballots are imported. */
  | 'not-a-ballot'
  /** Home screen: the assessment the ballot answers is not on this device. */
  | 'no-assessment'
  | 'write-failed';

/** What became of one imported file. */
export type BallotFileReport = { fileName: string } & (
  | { status: 'added'; label: string }
  | { status: 'replaced'; label: string; previousAt: string | null }
  | { status: 'older'; label: string; heldAt: string }
  | { status: 'same'; label: string }
  | { status: 'refused'; error: BallotRefusal; detail: string }
);

function refused(fileName: string, error: BallotRefusal, detail = ''): BallotFileReport {
  return { fileName, status: 'refused', error, detail };
}

function toReport({ fileName, merge }: BallotBatchResult): BallotFileReport {
  if (!merge.ok) return refused(fileName, merge.error);
  switch (merge.status) {
    case 'added':
      return { fileName, status: 'added', label: merge.label };
    case 'replaced':
      return { fileName, status: 'replaced', label: merge.label, previousAt: merge.previousAt };
    case 'older':
      return { fileName, status: 'older', label: merge.label, heldAt: merge.heldAt };
    case 'same':
      return { fileName, status: 'same', label: merge.label };
  }
}

/** Reads and validates one invitation or ballot file (the parser loads on demand: it needs valibot). */
export async function readExchangeFile(file: File): Promise<BallotParseResult> {
  if (file.size > MAX_BALLOT_BYTES) return { ok: false, error: 'too-large', detail: '' };
  const [{ parseExchangeFile }, text] = await Promise.all([import('@/domain/ballot-parse'), file.text()]);
  return parseExchangeFile(text);
}

/* ---------- Facilitator ---------- */

/** Downloads the invitation of an assessment; returns the file name. */
export function exportInvitation(a: Assessment): string {
  const now = nowIso();
  const fileName = invitationFileName(a.name, localIsoDate(new Date(now)));
  const json = JSON.stringify(buildInvitation(a, APP_VERSION, now), null, 2);
  downloadBlob(new Blob([json], { type: 'application/json' }), fileName);
  return fileName;
}

/** Merges ballots into the assessment open in the editor, through its autosave. Nothing is written when all are refused. */
function mergeIntoOpen(entries: readonly BallotBatchEntry[]): BallotFileReport[] {
  const current = useEditorStore.getState().assessment;
  if (!current) return entries.map((e) => refused(e.fileName, 'no-assessment'));
  const { assessment, results } = mergeBallots(current, entries);
  if (assessment !== current) editAssessment(() => assessment);
  return results.map(toReport);
}

/**
 * Imports ballot files into the assessment open in the workshop page. Each file is validated in full first;
 * a refused file changes nothing, the others are merged in the order given.
 */
export async function importBallotFiles(files: readonly File[]): Promise<BallotFileReport[]> {
  const reports: (BallotFileReport | null)[] = [];
  const entries: BallotBatchEntry[] = [];
  for (const file of files) {
    const parsed = await readExchangeFile(file);
    if (!parsed.ok) reports.push(refused(file.name, parsed.error, parsed.detail));
    else if (parsed.kind === 'invitation') reports.push(refused(file.name, 'not-a-ballot'));
    else {
      reports.push(null);
      entries.push({ fileName: file.name, ballot: parsed.ballot });
    }
  }
  const merged = mergeIntoOpen(entries);
  await useEditorStore.getState().flush();
  // Back in the order of the files chosen.
  let next = 0;
  return reports.map((r) => r ?? merged[next++] ?? refused('', 'write-failed'));
}

/**
 * Home screen: merges a ballot into the stored assessment it answers. When that assessment is open in
 * the editor, the merge goes through the editor (so no unsaved edit there is overwritten).
 */
export type StoredBallotImport = { report: BallotFileReport; assessmentId: string; assessmentName: string };

export async function importBallotIntoStored(fileName: string, ballot: BallotEnvelope): Promise<StoredBallotImport> {
  const assessmentId = ballot.assessmentId;
  const open = useEditorStore.getState().assessment;
  if (open?.id === assessmentId) {
    const [report] = mergeIntoOpen([{ fileName, ballot }]);
    await useEditorStore.getState().flush();
    return { report: report ?? refused(fileName, 'write-failed'), assessmentId, assessmentName: open.name };
  }
  const stored = await getAssessment(assessmentId);
  if (!stored) return { report: refused(fileName, 'no-assessment'), assessmentId, assessmentName: '' };
  const { assessment, results } = mergeBallots(stored, [{ fileName, ballot }]);
  const [result] = results;
  const report = result ? toReport(result) : refused(fileName, 'write-failed');
  if (assessment !== stored) {
    const saved = await saveAssessment(assessment, nowIso());
    if (!saved.ok) return { report: refused(fileName, 'write-failed', saved.reason), assessmentId, assessmentName: stored.name };
  }
  return { report, assessmentId, assessmentName: stored.name };
}

/* ---------- Participant ---------- */

export type OpenInvitationResult = { ok: true; assessmentId: string; name: string; created: boolean } | { ok: false };

/** Opens the ballot of an invitation: the draft already on this device if there is one, else a new one. */
export function openInvitation(invitation: InvitationEnvelope): Promise<OpenInvitationResult> {
  return openInvitedAssessment(invitation.assessment, null);
}

/**
 * Opens the ballot of an invited assessment (from a file or a join link). A personal invitation's participant
 * id becomes the id of a new draft; a draft already on this device keeps its own id and every answer.
 */
export async function openInvitedAssessment(invited: InvitedAssessment, participantId: string | null): Promise<OpenInvitationResult> {
  const store = useBallotStore.getState();
  if (store.draft?.assessmentId === invited.id) {
    const open = store.draft;
    if (refreshFromInvitation(open, invited) !== open) store.update((d) => refreshFromInvitation(d, invited));
    return { ok: true, assessmentId: invited.id, name: invited.name, created: false };
  }
  const existing = await getBallotDraft(invited.id);
  if (existing) {
    const refreshed = refreshFromInvitation(existing, invited);
    if (refreshed !== existing && !(await putBallotDraft({ ...refreshed, updatedAt: nowIso() })).ok) return { ok: false };
    return { ok: true, assessmentId: invited.id, name: invited.name, created: false };
  }
  const draft: BallotDraft = newBallotDraft(invited, { participantId: participantId ?? newId(), now: nowIso() });
  const written = await putBallotDraft(draft);
  return written.ok ? { ok: true, assessmentId: invited.id, name: invited.name, created: true } : { ok: false };
}

export type BallotLabelError = 'label-required' | 'label-too-long' | 'no-draft';
export type DownloadBallotResult = { ok: true; fileName: string } | { ok: false; error: BallotLabelError };
/** A ballot handed in now: the envelope (for the QR code) and its file. */
export type HandedInBallot = { ok: true; ballot: BallotEnvelope; file: File } | { ok: false; error: BallotLabelError };

/** Builds the ballot of the open draft now (a name or label is required) and records when it was handed in. */
export async function handInBallot(): Promise<HandedInBallot> {
  const store = useBallotStore.getState();
  const draft = store.draft;
  if (!draft) return { ok: false, error: 'no-draft' };
  const invalid = validateLabel(draft.label);
  if (invalid) return { ok: false, error: invalid };
  const now = nowIso();
  const fileName = ballotFileName(draft.assessmentName, localIsoDate(new Date(now)), draft.label, draft.participantId);
  const ballot = buildBallot(draft, APP_VERSION, now);
  const file = new File([JSON.stringify(ballot, null, 2)], fileName, { type: 'application/json' });
  // The draft counts as changed since it was handed in only when an answer changes after it.
  store.update((d) => ({ ...d, lastExportAt: now, updatedAt: now }), false);
  await useBallotStore.getState().flush();
  return { ok: true, ballot, file };
}

/** Downloads the open draft as a ballot file (a name or label is required) and records when. */
export async function downloadBallot(): Promise<DownloadBallotResult> {
  const result = await handInBallot();
  if (!result.ok) return result;
  downloadBlob(result.file, result.file.name);
  return { ok: true, fileName: result.file.name };
}

/**
 * Merges a ballot read from a QR code into the assessment open in the workshop page, by the same rules as a
 * file (validated with the ballot file's schema first). `source` names it in the report.
 */
export async function importScannedBallot(text: string, source: string): Promise<BallotFileReport> {
  const { parseBallotPayload } = await import('@/domain/qr-parse');
  const parsed = parseBallotPayload(text);
  if (!parsed.ok) return refused(source, parsed.error === 'not-a-payload' || parsed.error === 'other-kind' ? 'unknown-format' : parsed.error);
  const [report] = mergeIntoOpen([{ fileName: source, ballot: parsed.value }]);
  await useEditorStore.getState().flush();
  return report ?? refused(source, 'write-failed');
}

/** Deletes a draft from this device (after the participant confirmed). */
export async function deleteBallot(assessmentId: string): Promise<boolean> {
  const store = useBallotStore.getState();
  if (store.draft?.assessmentId === assessmentId) store.close();
  return (await deleteBallotDraft(assessmentId)).ok;
}
