import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { reloadToHome } from '@/lib/reload';
import { listAssessments, openStorage } from '@/storage/repository';
import { readJournal, writeJournal } from '@/storage/unload-journal';
import { freshDbName, renderApp } from '../../../tests/setup/render-app';

vi.mock('@/lib/reload', () => ({ reloadToHome: vi.fn() }));

describe('Delete all my data', () => {
  it('names everything that will go before anything is deleted; Cancel keeps it all', async () => {
    const { user } = await renderApp({ route: '/about', seed: [makeAssessment({ name: 'A' }), makeAssessment({ name: 'B' })] });
    const section = await screen.findByRole('region', { name: 'Delete all my data' });
    await user.click(within(section).getByRole('button', { name: 'Delete all my data…' }));
    const question = within(section).getByRole('alert');
    expect(question).toHaveFocus();
    expect(within(question).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'all 2 assessments, with all they hold (ratings, plans, snapshots)',
      'ballots filled in on this device',
      'the automatic earlier versions of assessments',
      'settings: the chosen language, the date of the last backup and the reminder',
    ]);
    expect(question).toHaveTextContent('This cannot be undone.');
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(within(section).queryByRole('alert')).toBeNull();
    expect(within(section).getByRole('button', { name: 'Delete all my data…' })).toHaveFocus();
    expect(await listAssessments()).toHaveLength(2);
    expect(reloadToHome).not.toHaveBeenCalled();
  });

  it('says so in Polish, with the right plural form', async () => {
    const seed = [1, 2, 3, 4, 5].map((n) => makeAssessment({ name: `Ocena ${String(n)}` }));
    const { user } = await renderApp({ route: '/about', language: 'pl', seed });
    const section = await screen.findByRole('region', { name: 'Usuń wszystkie moje dane' });
    await user.click(within(section).getByRole('button', { name: 'Usuń wszystkie moje dane…' }));
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/^wszystkich 5 analiz wraz z całą zawartością/);
  });

  it('deletes the database and the unload journal once confirmed, then starts the app afresh', async () => {
    const dbName = freshDbName();
    const { user } = await renderApp({ route: '/about', dbName, seed: [makeAssessment({ name: 'A' })] });
    writeJournal(makeAssessment(), '2026-03-14T08:00:00.000Z');
    const section = await screen.findByRole('region', { name: 'Delete all my data' });
    await user.click(within(section).getByRole('button', { name: 'Delete all my data…' }));
    await user.click(within(section).getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => {
      expect(reloadToHome).toHaveBeenCalledTimes(1);
    });
    expect(readJournal()).toBeNull();
    // The data is gone: the app would start on an empty database.
    await openStorage(dbName);
    expect(await listAssessments()).toEqual([]);
  });
});
