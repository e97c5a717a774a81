/**
 * The file of "Export all", made where the main thread does not wait for it: in a Web Worker
 * (export-all.worker.ts) when the data is in IndexedDB, here otherwise (memory storage, tests, no workers).
 * Reading 500 assessments, turning them into 34 MB of JSON and writing their export time back are each
 * hundreds of milliseconds; in the worker the page stays responsive meanwhile.
 */
import type { Assessment } from '@/domain/assessment';
import { buildBackup } from '@/domain/backup-format';
import { getBackendKind, getStorageStatus, listAssessments, putAssessments } from '@/storage/repository';

export type ExportAllRequest = {
  now: string;
  appVersion: string;
  /** The assessment open in the editor, exported as the user sees it (it may be unsaved). */
  open: Assessment | null;
};

export type ExportAllResponse = { ok: true; blob: Blob } | { ok: false };

/**
 * Reads every stored assessment, makes the backup file, then writes the export time into the stored records
 * (not into an unsaved draft: during a conflict with another tab that must not overwrite what is stored).
 */
export async function makeExportAll({ now, appVersion, open }: ExportAllRequest): Promise<Blob> {
  const stored = await listAssessments();
  const list = stored.map((a) => (open && a.id === open.id ? open : a)).map((a) => ({ ...a, lastExportAt: now }));
  if (open && !list.some((a) => a.id === open.id)) list.push({ ...open, lastExportAt: now });
  const blob = new Blob([JSON.stringify(buildBackup(list, appVersion, now), null, 2)], { type: 'application/json' });
  await putAssessments(stored.map((a) => ({ ...a, lastExportAt: now })));
  return blob;
}

function inWorker(request: ExportAllRequest): Promise<ExportAllResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./export-all.worker.ts', import.meta.url), { type: 'module' });
    const done = (response: ExportAllResponse) => {
      worker.terminate();
      resolve(response);
    };
    worker.onmessage = (event: MessageEvent<ExportAllResponse>) => {
      done(event.data);
    };
    worker.onerror = () => {
      done({ ok: false });
    };
    worker.postMessage(request);
  });
}

/** The backup file's content; in a worker when possible, here when not (or when the worker failed). */
export async function exportAllFile(request: ExportAllRequest): Promise<Blob> {
  if (typeof Worker !== 'undefined' && getBackendKind() === 'indexeddb' && getStorageStatus() === 'ok') {
    const response = await inWorker(request);
    if (response.ok) return response.blob;
  }
  return makeExportAll(request);
}
