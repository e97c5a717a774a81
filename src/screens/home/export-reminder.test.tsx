import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '@/lib/download';
import { makeAssessment } from '@/lib/test-assessment';
import { useAppStore } from '@/state/app-store';
import { SETTING_REMINDER_SNOOZED } from '@/state/export-reminder-actions';
import { SETTING_LAST_BACKUP } from '@/state/storage-boot';
import { closeStorage, getSetting, openStorage, setSetting } from '@/storage/repository';
import { freshDbName, renderApp } from '../../../tests/setup/render-app';

vi.mock('@/lib/download', () => ({ downloadBlob: vi.fn() }));

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

async function withSettings(settings: Record<string, string>): Promise<string> {
  const dbName = freshDbName();
  await openStorage(dbName);
  for (const [key, value] of Object.entries(settings)) await setSetting(key, value);
  closeStorage();
  return dbName;
}

describe('the export reminder on the home screen', () => {
  it('is not shown on the first day of work', async () => {
    await renderApp({ seed: [makeAssessment({ name: 'Fresh' }, ago(0.5))] });
    expect(await screen.findByRole('heading', { level: 3, name: 'Fresh' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Time to export a backup' })).toBeNull();
  });

  it('asks for a first backup when work is older than a day; "Export all now" makes it and the reminder goes', async () => {
    const { user } = await renderApp({ seed: [makeAssessment({ name: 'Older' }, ago(2))] });
    const reminder = await screen.findByRole('region', { name: 'Time to export a backup' });
    expect(reminder).toHaveTextContent('Nothing has been exported from this device yet.');
    await user.click(within(reminder).getByRole('button', { name: 'Export all now' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Time to export a backup' })).toBeNull();
    });
    expect(downloadBlob).toHaveBeenCalledTimes(1);
    expect(useAppStore.getState().lastBackupAt).not.toBeNull();
    expect(await getSetting(SETTING_LAST_BACKUP)).toBe(useAppStore.getState().lastBackupAt);
  });

  it('counts the days since an old backup when something changed after it, in Polish with the right plural', async () => {
    const dbName = await withSettings({ [SETTING_LAST_BACKUP]: ago(12.5) });
    await renderApp({ dbName, language: 'pl', seed: [makeAssessment({ name: 'Zmieniona' }, ago(1))] });
    const reminder = await screen.findByRole('region', { name: 'Czas wyeksportować kopię zapasową' });
    expect(reminder).toHaveTextContent('Ostatnia kopia zapasowa ma 12 dni, a od tego czasu analizy się zmieniły.');
  });

  it('is put off for a day by "Remind me tomorrow", remembered on this device', async () => {
    const dbName = freshDbName();
    const { user, unmount } = await renderApp({ dbName, seed: [makeAssessment({ name: 'Older' }, ago(3))] });
    const reminder = await screen.findByRole('region', { name: 'Time to export a backup' });
    await user.click(within(reminder).getByRole('button', { name: 'Remind me tomorrow' }));
    // It goes once the choice is stored, so that a page closed right away still remembers it
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Time to export a backup' })).toBeNull();
    });
    expect(typeof (await getSetting(SETTING_REMINDER_SNOOZED))).toBe('string');
    unmount();
  });

  it('stays away while put off', async () => {
    const snoozed = await withSettings({ [SETTING_REMINDER_SNOOZED]: ago(0.9) });
    await renderApp({ dbName: snoozed, seed: [makeAssessment({ name: 'Older' }, ago(3))] });
    expect(await screen.findByRole('heading', { level: 3, name: 'Older' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Time to export a backup' })).toBeNull();
  });

  it('comes back once the day is over', async () => {
    const snoozed = await withSettings({ [SETTING_REMINDER_SNOOZED]: ago(1.1) });
    await renderApp({ dbName: snoozed, seed: [makeAssessment({ name: 'Older' }, ago(3))] });
    expect(await screen.findByRole('region', { name: 'Time to export a backup' })).toBeVisible();
  });
});
