/** Connects storage to the app state at start-up. */
import { persistState, requestPersistence } from '@/storage/persistence';
import { getSetting, onStorageStatus, openStorage, watchAssessments } from '@/storage/repository';
import { useAppStore } from './app-store';
import { useEditorStore } from './editor-store';

export const SETTING_LANGUAGE = 'language';
export const SETTING_LAST_BACKUP = 'lastBackupAt';

/** Opens storage, reads settings and starts following the list of assessments. Returns the stored language. */
export async function bootStorage(): Promise<unknown> {
  const app = useAppStore.getState();
  onStorageStatus(app.setStorageStatus);
  app.setStorageStatus(await openStorage());
  const [language, lastBackup] = await Promise.all([getSetting(SETTING_LANGUAGE), getSetting(SETTING_LAST_BACKUP)]);
  app.setLastBackupAt(typeof lastBackup === 'string' ? lastBackup : null);
  app.setPersist(await persistState());
  watchAssessments((list) => {
    useAppStore.getState().setAssessments(list);
    const open = useEditorStore.getState().assessment;
    const stored = open ? list.find((a) => a.id === open.id) : undefined;
    if (stored) useEditorStore.getState().adoptExternal(stored);
  });
  return language;
}

/** Asks the browser to keep the data (once it holds something worth keeping) and records the answer. */
export async function ensurePersistence(): Promise<void> {
  if (useAppStore.getState().persist === 'granted') return;
  useAppStore.getState().setPersist(await requestPersistence());
}
