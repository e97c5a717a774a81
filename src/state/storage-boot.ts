/** Connects storage to the app state at start-up. */
import { persistState, requestPersistence } from '@/storage/persistence';
import { getAssessment, getSetting, onStorageStatus, openStorage, saveAssessment } from '@/storage/repository';
import { clearJournal, readJournal } from '@/storage/unload-journal';
import { CURRENT_SCHEMA_VERSION } from '@/domain/assessment';
import { useAppStore } from './app-store';

export const SETTING_LANGUAGE = 'language';
export const SETTING_LAST_BACKUP = 'lastBackupAt';

/** Opens storage, reads settings and starts the local backups. Returns the stored language. */
export async function bootStorage(): Promise<unknown> {
  const app = useAppStore.getState();
  onStorageStatus(app.setStorageStatus);
  app.setStorageStatus(await openStorage());
  if (useAppStore.getState().storageStatus === 'ok') await recoverUnloadJournal();
  const [language, lastBackup] = await Promise.all([getSetting(SETTING_LANGUAGE), getSetting(SETTING_LAST_BACKUP)]);
  app.setLastBackupAt(typeof lastBackup === 'string' ? lastBackup : null);
  app.setPersist(await persistState());
  // The earlier-versions code follows saves of an open assessment: it loads beside the first screen, not before it.
  void import('./local-backup-actions').then((m) => m.startLocalBackups());
  return language;
}

/**
 * Writes the draft a closing page could not finish saving, if storage still holds the revision it was
 * based on (otherwise the direct write landed, or another tab saved later: the journal is dropped).
 */
export async function recoverUnloadJournal(): Promise<void> {
  const entry = readJournal();
  if (!entry) return;
  const stored = await getAssessment(entry.draft.id);
  if (stored && stored.revision === entry.draft.revision && entry.draft.schemaVersion === CURRENT_SCHEMA_VERSION) {
    const result = await saveAssessment(entry.draft, entry.savedAt);
    if (!result.ok) return;
  }
  clearJournal();
}

/** Asks the browser to keep the data (once it holds something worth keeping) and records the answer. */
export async function ensurePersistence(): Promise<void> {
  if (useAppStore.getState().persist === 'granted') return;
  useAppStore.getState().setPersist(await requestPersistence());
}
