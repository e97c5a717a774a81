import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSetting } from '@/storage/repository';
import { renderApp } from '../../tests/setup/render-app';

describe('language switch', () => {
  it('switches the interface to Polish and back to English, and remembers the choice', async () => {
    const { user } = await renderApp({ language: 'en' });
    const group = await screen.findByRole('group', { name: 'Language' });
    const english = within(group).getByRole('button', { name: 'English' });
    const polish = within(group).getByRole('button', { name: 'Polski' });
    expect(screen.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(polish).toHaveAttribute('aria-pressed', 'false');

    await user.click(polish);

    expect(await screen.findByRole('heading', { level: 1, name: 'Analizy' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Nie ma jeszcze żadnej analizy' })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Eksportuj wszystko' })).toBeVisible();
    expect(screen.queryByText('Assessments')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pl');
    expect(screen.getByRole('group', { name: 'Język' })).toBeVisible();
    expect(polish).toHaveAttribute('aria-pressed', 'true');
    expect(english).toHaveAttribute('aria-pressed', 'false');
    await waitFor(async () => {
      expect(await getSetting('language')).toBe('pl');
    });

    await user.click(english);

    expect(await screen.findByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'No assessments yet' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(polish).toHaveAttribute('aria-pressed', 'false');
    await waitFor(async () => {
      expect(await getSetting('language')).toBe('en');
    });
  });

  it('keeps each language name in its own language, whatever the interface language', async () => {
    await renderApp({ language: 'pl' });
    const group = await screen.findByRole('group', { name: 'Język' });
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(within(group).getByRole('button', { name: 'Polski' })).toHaveAttribute('lang', 'pl');
    expect(within(group).getByRole('button', { name: 'Polski' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('pl');
  });
});
