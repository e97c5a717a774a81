import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { buildBackup } from '@/domain/backup-format';
import { formatDateTime } from '@/i18n/format';
import { makeAssessment } from '@/lib/test-assessment';
import { listAssessments } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

beforeAll(() => {
  // jsdom has the element but not its modal methods; the real ones are exercised in Chromium (tests/e2e/exports.spec.ts).
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const HERE_AT = '2026-03-01T10:00:00.000Z';
const FILE_AT = '2026-03-10T12:30:00.000Z';

function here(): Assessment {
  return { ...makeAssessment({ name: 'Kashubia network', region: 'Pomorskie' }, HERE_AT), revision: 3 };
}

/** The same assessment as edited on another laptop, in a file of one assessment. */
function fileOf(a: Assessment, changes: Partial<Assessment>): File {
  const elsewhere = { ...a, ...changes, updatedAt: FILE_AT };
  return new File([JSON.stringify(buildBackup([elsewhere], '0.1.0', FILE_AT))], 'kashubia_assessment.json', { type: 'application/json' });
}

async function importAndAsk(language: 'en' | 'pl' = 'en') {
  const a = here();
  const { user } = await renderApp({ language, seed: [a] });
  await screen.findByRole('heading', { level: 3, name: a.name });
  await user.upload(await screen.findByLabelText(language === 'en' ? 'Import backup…' : 'Importuj kopię…'), fileOf(a, { name: 'Kashubia (laptop)', region: 'Kaszuby' }));
  const dialog = await screen.findByRole('dialog');
  return { a, user, dialog };
}

const titles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('importing an assessment that is here with other changes', () => {
  it('asks before writing anything, showing the last change here and in the file', async () => {
    const { a, dialog } = await importAndAsk();
    expect(dialog).toHaveAccessibleName('This assessment is already on this device');
    const choice = within(dialog).getByRole('group', { name: '“Kashubia network”' });
    expect(within(choice).getByText(`Last change on this device: ${formatDateTime(HERE_AT, 'en')}`)).toBeVisible();
    // The newer one is named in words, as both may show the same minute
    expect(within(choice).getByText(`Last change in the file: ${formatDateTime(FILE_AT, 'en')} (newer)`)).toBeVisible();
    expect(choice).toHaveTextContent('Named “Kashubia (laptop)” in the file.');
    // The safe choice is preselected
    expect(within(choice).getByRole('radio', { name: /Import as a copy/ })).toBeChecked();
    expect(await listAssessments()).toEqual([a]);
  });

  it('imports the file’s version as a copy beside the one here', async () => {
    const { a, user, dialog } = await importAndAsk();
    await user.click(within(dialog).getByRole('radio', { name: /Import as a copy/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Import finished: 0 added, 1 imported as copies, 0 replaced, 0 already here.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => {
      expect(titles()).toEqual(['Kashubia (laptop) (copy from file)', 'Kashubia network']);
    });
    const stored = await listAssessments();
    expect(stored.find((s) => s.id === a.id)).toEqual(a);
  });

  it('replaces the one here when the user chooses so', async () => {
    const { a, user, dialog } = await importAndAsk();
    await user.click(within(dialog).getByRole('radio', { name: /Replace the one here/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Import finished: 0 added, 0 imported as copies, 1 replaced, 0 already here.')).toBeVisible();
    await waitFor(() => {
      expect(titles()).toEqual(['Kashubia (laptop)']);
    });
    expect(await listAssessments()).toEqual([{ ...a, name: 'Kashubia (laptop)', region: 'Kaszuby', updatedAt: FILE_AT, revision: 4 }]);
  });

  it.each([
    ['the Cancel button', (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))],
    ['Esc', (dialog: HTMLElement) => fireEvent(dialog, new Event('cancel', { cancelable: true }))],
  ])('writes nothing when cancelled with %s', async (_how, cancel) => {
    const { a, dialog } = await importAndAsk();
    cancel(dialog);
    expect(await screen.findByText('Import cancelled. Nothing was changed.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await listAssessments()).toEqual([a]);
  });

  it('does not ask when the same version is imported again: it is already here', async () => {
    const a = here();
    const { user } = await renderApp({ seed: [a] });
    await screen.findByRole('heading', { level: 3, name: a.name });
    const same = new File([JSON.stringify(buildBackup([{ ...a, revision: 9 }], '0.1.0', FILE_AT))], 'same.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Import backup…'), same);
    expect(await screen.findByText('Import finished: 0 added, 0 kept as copies, 1 already here.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks in Polish, with Polish dates', async () => {
    const { dialog } = await importAndAsk('pl');
    expect(dialog).toHaveAccessibleName('Ta analiza jest już na tym urządzeniu');
    expect(dialog).toHaveTextContent(`Ostatnia zmiana na tym urządzeniu: ${formatDateTime(HERE_AT, 'pl')}`);
    expect(dialog).toHaveTextContent(`Ostatnia zmiana w pliku: ${formatDateTime(FILE_AT, 'pl')} (nowsza)`);
    expect(within(dialog).getByRole('radio', { name: /Zastąp analizę na tym urządzeniu/ })).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Importuj' })).toBeVisible();
  });
});
