/**
 * Test helper: boots the whole app the way src/main.tsx does (storage, language, hash route) on a
 * fresh fake IndexedDB database, and resets every store afterwards. Importing it registers the reset.
 */
import type { RenderResult } from '@testing-library/react';
import { cleanup, render } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { afterEach } from 'vitest';
import { App } from '@/app/app';
import type { Assessment, Language } from '@/domain/assessment';
import { initI18n } from '@/i18n/setup';
import { useAppStore } from '@/state/app-store';
import { useEditorStore } from '@/state/editor-store';
import { useNoticesStore } from '@/state/notices-store';
import { SETTING_LAST_BACKUP } from '@/state/storage-boot';
import { persistState } from '@/storage/persistence';
import type { StorageStatus } from '@/storage/repository';
import { closeStorage, getAssessment, getSetting, onStorageStatus, openStorage, putAssessments, watchSummaries } from '@/storage/repository';

let dbCount = 0;
const teardown: (() => void)[] = [];

/** A database name no other test uses. */
export function freshDbName(): string {
  dbCount += 1;
  return `csei-test-${String(dbCount)}-${crypto.randomUUID()}`;
}

/** What bootStorage() does, on a database of the test's own; `seed` is stored before the list is followed. */
export async function bootTestStorage(dbName = freshDbName(), seed: readonly Assessment[] = []): Promise<StorageStatus> {
  const app = useAppStore.getState();
  teardown.push(onStorageStatus(app.setStorageStatus));
  const status = await openStorage(dbName);
  app.setStorageStatus(status);
  if (seed.length > 0) {
    const written = await putAssessments(seed);
    if (!written.ok) throw new Error(`Could not seed the test database: ${written.reason}`);
  }
  const lastBackup = await getSetting(SETTING_LAST_BACKUP);
  app.setLastBackupAt(typeof lastBackup === 'string' ? lastBackup : null);
  app.setPersist(await persistState());
  teardown.push(
    watchSummaries((list) => {
      useAppStore.getState().setAssessments(list);
      const open = useEditorStore.getState().assessment;
      if (open && list.some((a) => a.id === open.id)) {
        void getAssessment(open.id).then((stored) => {
          if (stored) useEditorStore.getState().adoptExternal(stored);
        });
      }
    }),
  );
  return status;
}

/** Starts i18next with the real locale files once per test file, then only switches the language. */
export async function setTestLanguage(language: Language): Promise<void> {
  if (i18next.isInitialized) await i18next.changeLanguage(language);
  else await initI18n(language);
  useAppStore.getState().setLanguage(language);
}

export type RenderAppOptions = {
  language?: Language;
  /** A hash route such as "/" or "/new". */
  route?: string;
  dbName?: string;
  /** Records stored before the app starts. */
  seed?: readonly Assessment[];
};

export async function renderApp(options: RenderAppOptions = {}): Promise<RenderResult & { user: UserEvent }> {
  const { language = 'en', route = '/', dbName, seed } = options;
  await bootTestStorage(dbName, seed);
  await setTestLanguage(language);
  window.location.hash = route;
  const user = userEvent.setup();
  const result = render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { ...result, user };
}

/** Unmounts, stops following storage, closes it and puts every store back to its initial state. */
export function resetApp(): void {
  cleanup();
  teardown.splice(0).forEach((stop) => {
    stop();
  });
  useEditorStore.getState().close();
  useAppStore.setState(useAppStore.getInitialState(), true);
  useEditorStore.setState(useEditorStore.getInitialState(), true);
  useNoticesStore.setState(useNoticesStore.getInitialState(), true);
  closeStorage();
}

afterEach(() => {
  resetApp();
});
