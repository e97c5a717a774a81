import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n, preloadTexts } from './i18n/setup';
import { pickLanguage } from './i18n/language';
import { useAppStore } from './state/app-store';
import { bootStorage } from './state/storage-boot';
import './styles/app.css';
import './styles/plan.css';
import './styles/workshop.css';
import './styles/ballot.css';
import './styles/present.css';
import './styles/print.css';

async function boot(): Promise<void> {
  preloadTexts(pickLanguage(null, navigator.languages));
  const stored = await bootStorage();
  const language = pickLanguage(stored, navigator.languages);
  useAppStore.getState().setLanguage(language);
  await initI18n(language);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
