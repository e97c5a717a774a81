/// <reference lib="webworker" />
/**
 * "Export all" off the main thread (export-all-file.ts): opens the app's database in this worker, makes the
 * backup file and writes the export time back (the same storage code as the page, so the list's summaries
 * follow), then hands the file back as a Blob, which crosses to the page without being copied.
 */
import { closeStorage, openStorage } from '@/storage/repository';
import type { ExportAllRequest, ExportAllResponse } from './export-all-file';
import { makeExportAll } from './export-all-file';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ExportAllRequest>) => {
  let response: ExportAllResponse = { ok: false };
  try {
    if ((await openStorage()) === 'ok') response = { ok: true, blob: await makeExportAll(event.data) };
  } catch {
    response = { ok: false };
  } finally {
    closeStorage();
  }
  self.postMessage(response);
};
