import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@locales/en/ballot.json';
import pl from '@locales/pl/ballot.json';
import type { BallotDraft } from '@/domain/ballot';
import { newBallotDraft } from '@/domain/ballot';
import { parseExchangeFile } from '@/domain/ballot-parse';
import { useBallotStore } from '@/state/ballot-store';
import { getBallotDraft, putBallotDraft } from '@/storage/ballot-repository';
import { closeStorage, openStorage } from '@/storage/repository';
import { freshDbName, renderApp, resetApp } from '../../../tests/setup/render-app';

const ASSESSMENT_ID = 'a-kaszuby';

function draft(): BallotDraft {
  return newBallotDraft(
    { id: ASSESSMENT_ID, name: 'Kaszubski Klaster', region: 'Kaszuby', mode: 'create' },
    { participantId: 'p-1', now: '2026-03-14T09:00:00.000Z' },
  );
}

/** Stores a draft in a fresh database, then starts the app on its ballot screen. */
async function renderBallot(language: 'en' | 'pl' = 'en', dbName = freshDbName(), seed: BallotDraft | null = draft()) {
  if (seed) {
    await openStorage(dbName);
    await putBallotDraft(seed);
    closeStorage();
  }
  const result = await renderApp({ language, dbName, route: `/ballot/${ASSESSMENT_ID}` });
  // The screen and its texts load lazily: give a busy machine time.
  await screen.findByRole('heading', { level: 1 }, { timeout: 8000 });
  return { ...result, dbName };
}

/** What downloadBlob saves. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  let lastBlob: Blob | null = null;
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      lastBlob = blob;
      return 'blob:ballot';
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) saved.push({ name: this.download, blob: lastBlob });
  });
  return saved;
}

const dimension = (name: string) => screen.getByRole('article', { name: new RegExp(name) });

beforeEach(() => {
  useBallotStore.setState(useBallotStore.getInitialState(), true);
});

afterEach(() => {
  useBallotStore.getState().close();
  vi.restoreAllMocks();
});

describe('BallotScreen', () => {
  it('shows the cluster, the eight dimensions with their guiding question, and counts the ratings given', async () => {
    const { user } = await renderBallot();
    expect(screen.getByRole('heading', { level: 1, name: 'Your ballot: Kaszubski Klaster' })).toBeVisible();
    expect(screen.getByText('Region: Kaszuby')).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(8);
    const finance = dimension('Financial model');
    expect(within(finance).getByText('What resources do the planned activities need, and how can they be financed?')).toBeVisible();
    expect(screen.getAllByText('0 of 16 ratings given')[0]).toBeVisible();

    await user.click(within(within(finance).getByRole('group', { name: en.ratings.baseline })).getByLabelText('2 – rather low'));
    await user.click(within(within(finance).getByRole('group', { name: en.ratings.ideal })).getByLabelText('Don’t know'));
    expect(screen.getAllByText('2 of 16 ratings given')).toHaveLength(2);
    expect(within(finance).getByText('Guidance: Financial model')).toBeVisible();
  });

  it('keeps what was typed when the app is opened again', async () => {
    const { user, dbName } = await renderBallot();
    await user.type(screen.getByRole('textbox', { name: /Your name or a label/ }), 'Ola');
    await user.selectOptions(screen.getByRole('combobox', { name: en.about.sector }), en.sectors.academia);
    const purpose = dimension('Viable purpose');
    await user.click(within(within(purpose).getByRole('group', { name: en.ratings.ideal })).getByLabelText('5 – high'));
    await user.type(within(purpose).getByRole('textbox', { name: en.ratings.idealNote }), 'jasny cel');
    expect(await screen.findByText(en.save.saved, {}, { timeout: 3000 })).toBeVisible();

    resetApp();
    useBallotStore.setState(useBallotStore.getInitialState(), true);
    await renderBallot('en', dbName, null);
    expect(screen.getByRole('textbox', { name: /Your name or a label/ })).toHaveValue('Ola');
    expect(screen.getByRole('combobox', { name: en.about.sector })).toHaveValue('academia');
    const again = dimension('Viable purpose');
    expect(within(within(again).getByRole('group', { name: en.ratings.ideal })).getByLabelText('5 – high')).toBeChecked();
    expect(within(again).getByRole('textbox', { name: en.ratings.idealNote })).toHaveValue('jasny cel');
  });

  it('asks for a name first, then downloads a ballot file with the ratings and shows when', async () => {
    const downloads = captureDownloads();
    const { user } = await renderBallot();
    const button = screen.getByRole('button', { name: en.send.download });
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(en.errors['label-required']);
    const label = screen.getByRole('textbox', { name: /Your name or a label/ });
    expect(label).toHaveFocus();
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(downloads).toHaveLength(0);
    expect(screen.getByText(en.send.notDownloaded)).toBeVisible();

    await user.type(label, 'Anna Żak');
    expect(label).not.toHaveAttribute('aria-invalid');
    await user.click(within(within(dimension('Financial model')).getByRole('group', { name: en.ratings.baseline })).getByLabelText('3 – medium'));
    await user.click(button);

    await waitFor(() => {
      expect(downloads).toHaveLength(1);
    });
    expect(downloads[0]?.name).toMatch(/^kaszubski-klaster_\d{4}-\d{2}-\d{2}_ballot_anna-zak\.json$/);
    const parsed = parseExchangeFile(await (downloads[0]?.blob ?? new Blob()).text());
    if (!parsed.ok || parsed.kind !== 'ballot') throw new Error('the download is not a ballot');
    expect(parsed.ballot.participant).toEqual({ id: 'p-1', label: 'Anna Żak', sector: null });
    expect(parsed.ballot.ratings.finance.baseline.value).toBe(3);
    expect(parsed.ballot.ratings.membership.baseline.value).toBeNull();
    expect(await screen.findByText(/^Ballot saved as kaszubski-klaster_/)).toBeVisible();
    expect(screen.getByText(/^Last downloaded:/)).toBeVisible();
    expect(screen.queryByText(en.send.changedSince)).not.toBeInTheDocument();

    await user.click(within(within(dimension('Financial model')).getByRole('group', { name: en.ratings.baseline })).getByLabelText('4 – rather high'));
    expect(screen.getByText(en.send.changedSince)).toBeVisible();
  });

  it('deletes the draft after a confirmation and goes back to the start page', async () => {
    const { user } = await renderBallot();
    await user.click(screen.getByRole('button', { name: en.remove.button }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete your ballot for “Kaszubski Klaster” from this device?');
    await user.click(screen.getByRole('button', { name: en.remove.cancel }));
    expect(await getBallotDraft(ASSESSMENT_ID)).toBeDefined();
    await user.click(screen.getByRole('button', { name: en.remove.button }));
    await user.click(screen.getByRole('button', { name: en.remove.yes }));
    await waitFor(() => {
      expect(window.location.hash).toBe('#/');
    });
    expect(await screen.findByText('Your ballot for “Kaszubski Klaster” was deleted from this device.')).toBeVisible();
    expect(await getBallotDraft(ASSESSMENT_ID)).toBeUndefined();
  });

  it('speaks Polish', async () => {
    await renderBallot('pl');
    expect(screen.getByRole('heading', { level: 1, name: 'Twoja karta oceny: Kaszubski Klaster' })).toBeVisible();
    expect(screen.getByRole('button', { name: pl.send.download })).toBeVisible();
    expect(screen.getAllByText('Oceny: 0 z 16')[0]).toBeVisible();
    expect(screen.getByRole('option', { name: pl.sectors.social })).toBeInTheDocument();
  });

  it('says so when the ballot is not on this device', async () => {
    await renderBallot('en', freshDbName(), null);
    expect(screen.getByRole('heading', { level: 1, name: en.missingTitle })).toBeVisible();
    expect(screen.getByRole('link', { name: en.back })).toHaveAttribute('href', '#/');
  });
});
