/// <reference lib="webworker" />
/**
 * A backup's import off the main thread (backup-actions.ts): reads the file, validates all of it, compares it
 * with the stored assessments and writes it, with the page's storage code, in this worker. It reports each
 * stage; the page cancels by ending the worker, which it does only before the stage 'writing'.
 */
import { closeStorage, openStorage } from '@/storage/repository';
import type { ImportOutcome, ImportStage } from './backup-import';
import { importBackupText } from './backup-import';

declare const self: DedicatedWorkerGlobalScope;

export type ImportWorkerMessage = { stage: ImportStage } | { outcome: ImportOutcome } | { failed: true };

const post = (message: ImportWorkerMessage) => {
  self.postMessage(message);
};

self.onmessage = async (event: MessageEvent<{ file: File }>) => {
  try {
    if ((await openStorage()) !== 'ok') {
      post({ failed: true });
      return;
    }
    post({ stage: 'reading' });
    const text = await event.data.file.text();
    post({ outcome: await importBackupText(text, { onStage: (stage) => post({ stage }) }) });
  } catch {
    post({ failed: true });
  } finally {
    closeStorage();
  }
};
