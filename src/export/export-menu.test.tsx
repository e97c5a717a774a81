import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import type { BackupEnvelope } from '@/domain/backup-format';
import { exampleAssessment } from '@/lib/test-assessment';
import { useEditorStore } from '@/state/editor-store';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../tests/setup/render-app';
import type * as csv from './csv';
import { buildRatingsCsv } from './csv';

type CsvModule = typeof csv;

// The spreadsheet builder is another module's concern: here it only shows what the menu hands it.
vi.mock('@/export/csv', async (original) => ({
  ...(await original<CsvModule>()),
  buildRatingsCsv: vi.fn(() => Promise.resolve('Dimension;Baseline\r\nMembership;3\r\n')),
}));

/** What the browser was asked to download. */
const downloads: { name: string; blob: Blob }[] = [];
let nextBlob: Blob | null = null;
let failNextUrl = false;

beforeEach(() => {
  downloads.length = 0;
  // jsdom has no object URLs or downloads: the link's click records the file instead.
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      if (failNextUrl) {
        failNextUrl = false;
        throw new Error('no space');
      }
      nextBlob = blob;
      return 'blob:export';
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    if (nextBlob) downloads.push({ name: this.download, blob: nextBlob });
    nextBlob = null;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

async function openSummaryMenu(a: Assessment, language: 'en' | 'pl' = 'en') {
  const app = await renderApp({ language, seed: [a], route: `/a/${a.id}/summary` });
  const open = await screen.findByRole('button', { name: language === 'en' ? 'Export…' : 'Eksportuj…' }, { timeout: 5000 });
  await app.user.click(open);
  const menu = await screen.findByRole('group', { name: language === 'en' ? `Export “${a.name}”` : `Eksport: „${a.name}”` });
  return { ...app, open, menu };
}

async function downloaded(): Promise<{ name: string; blob: Blob }> {
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  return downloads[0] as { name: string; blob: Blob };
}

describe('export menu on the summary page', () => {
  it('says how many milestones have no date and so are not in the calendar file', async () => {
    const a = exampleAssessment('en');
    const [first] = a.measures;
    if (!first) throw new Error('example has no measure');
    a.measures = [{ ...first, cadence: 'dates', milestones: [...first.milestones.map((ms) => ({ ...ms, due: '2026-06-30', offsetDays: null })), { id: 'undated', title: 'Report', due: '', offsetDays: null, done: false }] }, ...a.measures.slice(1)];
    const { menu } = await openSummaryMenu(a);
    const calendar = within(menu).getByRole('button', { name: 'Calendar (.ics)' });
    expect(calendar).toHaveAccessibleDescription(
      'Milestones and deadlines for Outlook, Google or Apple calendars. 1 milestone has no date yet and is not in the calendar: set its date in step DRAFT.',
    );
  });

  it('offers every format, the file’s language (the screen’s by default) and the spreadsheet separator', async () => {
    const { open, menu } = await openSummaryMenu(exampleAssessment('en'));
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getAllByRole('listitem').map((item) => within(item).getByRole('button').textContent)).toEqual([
      'Word (.docx)',
      'Spreadsheet – roadmap (.csv)',
      'Spreadsheet – ratings (.csv)',
      'Calendar (.ics)',
      'Markdown (.md)',
      'Spider diagram picture (PNG)',
      'Spider diagram picture (SVG)',
      'Assessment file (.json)',
    ]);
    const language = within(menu).getByRole('group', { name: 'Language of the file' });
    expect(within(language).getByRole('radio', { name: 'English' })).toBeChecked();
    expect(within(language).getByRole('radio', { name: 'Polski' })).not.toBeChecked();
    const separator = within(menu).getByRole('group', { name: 'Separator in spreadsheets (CSV)' });
    expect(within(separator).getByRole('radio', { name: 'Comma ( , )' })).toBeChecked();
  });

  it('saves the assessment file in the backup format and names it in a status message', async () => {
    const a = exampleAssessment('en');
    const { user, menu } = await openSummaryMenu(a);
    await user.click(within(menu).getByRole('button', { name: 'Assessment file (.json)' }));
    const file = await downloaded();
    expect(file.name).toMatch(new RegExp(`^pomeranian-social-economy-cluster-example_${DATE}_assessment\\.json$`));
    const envelope = JSON.parse(await file.blob.text()) as BackupEnvelope;
    expect(envelope).toMatchObject({ format: 'csei-navigator', formatVersion: 1 });
    expect(envelope.assessments).toEqual([a]);
    expect(await within(menu).findByRole('status')).toHaveTextContent(`Saved as ${file.name}.`);
  });

  it('exports the name just typed, saving it first', async () => {
    const a = exampleAssessment('en');
    const { user, menu } = await openSummaryMenu(a);
    await user.click(screen.getByText('Assessment details'));
    const name = screen.getByLabelText(/Cluster name/);
    await user.clear(name);
    await user.type(name, 'Kashubian Cluster');
    await user.click(within(menu).getByRole('button', { name: 'Assessment file (.json)' }));
    const file = await downloaded();
    expect(file.name).toMatch(/^kashubian-cluster_.*_assessment\.json$/);
    expect((JSON.parse(await file.blob.text()) as BackupEnvelope).assessments[0]?.name).toBe('Kashubian Cluster');
    expect(useEditorStore.getState().saveState).toBe('saved');
    expect((await getAssessment(a.id))?.name).toBe('Kashubian Cluster');
  });

  it('makes a spreadsheet with a byte order mark, the chosen separator and the chosen language', async () => {
    const { user, menu } = await openSummaryMenu(exampleAssessment('pl'), 'pl');
    // Polish by default: semicolon; an English file would have a comma, but the user picks the semicolon for it
    const separator = within(menu).getByRole('group', { name: 'Separator w arkuszach (CSV)' });
    expect(within(separator).getByRole('radio', { name: 'Średnik ( ; )' })).toBeChecked();
    await user.click(within(menu).getByRole('radio', { name: 'English' }));
    expect(within(separator).getByRole('radio', { name: 'Przecinek ( , )' })).toBeChecked();
    await user.click(within(separator).getByRole('radio', { name: 'Średnik ( ; )' }));
    await user.click(within(menu).getByRole('radio', { name: 'Polski' }));
    await user.click(within(menu).getByRole('radio', { name: 'English' }));
    expect(within(separator).getByRole('radio', { name: 'Średnik ( ; )' })).toBeChecked();
    await user.click(within(menu).getByRole('button', { name: 'Arkusz – oceny (.csv)' }));
    const file = await downloaded();
    expect(file.name).toMatch(new RegExp(`^pomorski-klaster-ekonomii-spolecznej-przyklad_${DATE}_ratings\\.csv$`));
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Dimension;Baseline\r\nMembership;3\r\n');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const [report, text, options] = vi.mocked(buildRatingsCsv).mock.calls.at(-1) ?? [];
    expect(report?.meta.name).toBe('Pomorski Klaster Ekonomii Społecznej (przykład)');
    expect(text?.language).toBe('en');
    expect(options).toEqual({ separator: ';' });
  });

  it('does not add a second byte order mark when the spreadsheet has one', async () => {
    vi.mocked(buildRatingsCsv).mockResolvedValueOnce('\uFEFFa,b\r\n');
    const { user, menu } = await openSummaryMenu(exampleAssessment('en'));
    await user.click(within(menu).getByRole('button', { name: 'Spreadsheet – ratings (.csv)' }));
    const bytes = new Uint8Array(await (await downloaded()).blob.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFa,b\r\n');
  });

  it('follows the file’s language with the separator until the user picks one', async () => {
    const { user, menu } = await openSummaryMenu(exampleAssessment('en'));
    await user.click(within(menu).getByRole('radio', { name: 'Polski' }));
    expect(within(menu).getByRole('radio', { name: 'Semicolon ( ; )' })).toBeChecked();
  });

  it('reports a file that could not be made as an alert, and the next try works', async () => {
    const { user, menu } = await openSummaryMenu(exampleAssessment('en'));
    failNextUrl = true;
    await user.click(within(menu).getByRole('button', { name: 'Markdown (.md)' }));
    expect(await within(menu).findByRole('alert')).toHaveTextContent('The file could not be made. Nothing was changed');
    await user.click(within(menu).getByRole('button', { name: 'Markdown (.md)' }));
    expect((await downloaded()).name).toMatch(/_plan\.md$/);
    expect(within(menu).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('closes with Esc, back to its button', async () => {
    const { user, open, menu } = await openSummaryMenu(exampleAssessment('en'));
    await user.click(within(menu).getByRole('radio', { name: 'Polski' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Export “/ })).not.toBeInTheDocument();
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(open).toHaveFocus();
  });
});

describe('export menu on the home screen', () => {
  it('opens from an assessment’s card and exports that assessment', async () => {
    const a = exampleAssessment('en');
    const { user } = await renderApp({ seed: [a] });
    const actions = await screen.findByRole('group', { name: `Actions for ${a.name}` });
    const open = within(actions).getByRole('button', { name: 'Export…' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    const menu = await screen.findByRole('group', { name: `Export “${a.name}”` });
    expect(open).toHaveAttribute('aria-controls', menu.id);
    await user.click(within(menu).getByRole('button', { name: 'Assessment file (.json)' }));
    const file = await downloaded();
    expect((JSON.parse(await file.blob.text()) as BackupEnvelope).assessments).toEqual([a]);
  });
});
