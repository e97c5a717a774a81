import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n, preloadTexts } from './i18n/setup';
import { pickLanguage } from './i18n/language';
import { useAppStore } from './state/app-store';
import { followListAtStart, listRead } from './state/assessment-list';
import { bootStorage } from './state/storage-boot';
import './styles/app.css';

async function boot(): Promise<void> {
  preloadTexts(pickLanguage(null, navigator.languages));
  const stored = await bootStorage();
  followListAtStart();
  const language = pickLanguage(stored, navigator.languages);
  useAppStore.getState().setLanguage(language);
  // The home screen is drawn once, with its list (or its empty state), rather than first without it.
  const home = ['', '#', '#/'].includes(window.location.hash);
  await Promise.all([initI18n(language), home ? listRead(1000) : undefined]);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
