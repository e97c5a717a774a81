import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '@locales/en/ballot.json';
import type { Assessment } from '@/domain/assessment';
import { emptyBallotRatings } from '@/domain/ballot';
import type { BallotEnvelope } from '@/domain/ballot-format';
import { parseExchangeFile } from '@/domain/ballot-parse';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { makeAssessment } from '@/lib/test-assessment';
import { useEditorStore } from '@/state/editor-store';
import { getAssessment } from '@/storage/repository';
import { bootTestStorage, setTestLanguage } from '../../../tests/setup/render-app';
import { BallotExchange } from './ballot-exchange';

/** The panel as the workshop page shows it: on the assessment open in the editor store. */
function Harness() {
  const assessment = useEditorStore((s) => s.assessment);
  return assessment ? <BallotExchange assessment={assessment} /> : null;
}

async function renderPanel(a: Assessment) {
  await bootTestStorage(undefined, [a]);
  await setTestLanguage('en');
  await i18next.loadNamespaces(['ballot']);
  await useEditorStore.getState().open(a.id);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<p>loading</p>}>
        <Harness />
      </Suspense>
    </I18nextProvider>,
  );
  const panel = await screen.findByRole('region', { name: en.exchange.title });
  return { user, panel };
}

function ballotFile(assessmentId: string, label: string, name: string, createdAt = '2026-03-14T10:00:00.000Z'): File {
  const ratings = emptyBallotRatings();
  for (const id of DIMENSION_IDS) ratings[id] = { baseline: { value: 2, note: '' }, ideal: { value: 4, note: '' } };
  ratings.services.ideal.value = null;
  const ballot: BallotEnvelope = {
    format: 'csei-navigator-ballot',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt,
    assessmentId,
    participant: { id: `p-${label}`, label, sector: 'private' },
    ratings,
  };
  return new File([JSON.stringify(ballot)], name, { type: 'application/json' });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('BallotExchange', () => {
  it('downloads the invitation of the open assessment', async () => {
    const a = { ...makeAssessment({ name: 'Kaszubski Klaster' }), revision: 1 };
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:invitation';
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user, panel } = await renderPanel(a);
    await user.click(within(panel).getByRole('button', { name: en.exchange.downloadInvitation }));
    expect(within(panel).getByText(/^Invitation saved as kaszubski-klaster_\d{4}-\d{2}-\d{2}_invitation\.json\.$/)).toBeVisible();
    const parsed = parseExchangeFile(await (blobs[0] ?? new Blob()).text());
    expect(parsed).toMatchObject({ ok: true, kind: 'invitation', invitation: { assessment: { id: a.id, name: 'Kaszubski Klaster' } } });
  });

  it('imports a good ballot and refuses a foreign one by name, changing nothing for it', async () => {
    const a = { ...makeAssessment({ name: 'Here' }), revision: 1 };
    const { user, panel } = await renderPanel(a);
    expect(within(panel).getByText(en.exchange.none)).toBeVisible();

    await user.upload(within(panel).getByLabelText(en.exchange.import), [
      ballotFile(a.id, 'Anna', 'anna.json'),
      ballotFile('someone-elses-assessment', 'Piotr', 'piotr.json'),
    ]);

    const status = await within(panel).findByText('Files read: 2. New participants: 1, replaced: 0, ignored: 0, refused: 1.');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(within(panel).getByText('Anna: ballot added (anna.json).')).toBeVisible();
    const alert = within(panel).getByRole('alert');
    expect(alert).toHaveTextContent('“piotr.json” was not imported');
    expect(alert).toHaveTextContent(en.import.errors['other-assessment']);
    expect(alert).toHaveTextContent(en.import.nothingChanged);

    const table = within(panel).getByRole('table', { name: en.exchange.received });
    const row = within(table).getByRole('row', { name: /Anna/ });
    expect(within(row).getByText(en.sectors.private)).toBeVisible();
    expect(within(row).getByText('15 of 16 ratings given')).toBeVisible();
    expect(within(table).queryByText('Piotr')).not.toBeInTheDocument();

    await useEditorStore.getState().flush();
    await waitFor(async () => {
      expect((await getAssessment(a.id))?.participants.map((p) => p.label)).toEqual(['Anna']);
    });
  });

  it('tells when a newer ballot replaces an earlier one and when an older one is ignored', async () => {
    const a = { ...makeAssessment(), revision: 1 };
    const { user, panel } = await renderPanel(a);
    const input = within(panel).getByLabelText(en.exchange.import);
    await user.upload(input, [ballotFile(a.id, 'Anna', 'anna-1.json', '2026-03-14T10:00:00.000Z')]);
    await within(panel).findByText('Anna: ballot added (anna-1.json).');
    await user.upload(input, [ballotFile(a.id, 'Anna', 'anna-2.json', '2026-03-14T12:00:00.000Z'), ballotFile(a.id, 'Anna', 'anna-0.json', '2026-03-14T08:00:00.000Z')]);
    expect(await within(panel).findByText(/^Anna’s ballot replaced the earlier one from 14 Mar 2026/)).toBeVisible();
    expect(within(panel).getByText(/^anna-0\.json is older than Anna’s ballot from 14 Mar 2026, .* that is already here, so it was ignored\.$/)).toBeVisible();
    expect(within(panel).getAllByRole('row')).toHaveLength(2);
  });
});
