import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@/domain/assessment';
import { initI18n } from '@/i18n/setup';
import { PrintButton } from './print-button';

async function renderButton(language: Language) {
  if (i18next.isInitialized) await i18next.changeLanguage(language);
  else await initI18n(language);
  render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<p>loading</p>}>
        <PrintButton />
      </Suspense>
    </I18nextProvider>,
  );
}

describe('PrintButton', () => {
  it('opens the browser print dialogue and says how to get a PDF from it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderButton('en');
    const button = await screen.findByRole('button', { name: 'Print / save as PDF' });
    expect(button).toHaveAccessibleDescription(/Save as PDF/);
    await userEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('speaks Polish in a Polish session', async () => {
    await renderButton('pl');
    const button = await screen.findByRole('button', { name: 'Drukuj / zapisz jako PDF' });
    expect(button).toHaveAccessibleDescription(/Zapisz jako PDF/);
  });
});
