import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import en from '@locales/en/ballot.json';
import common from '@locales/en/common.json';
import type { Assessment } from '@/domain/assessment';
import { emptyBallotRatings } from '@/domain/ballot';
import { buildInvitation } from '@/domain/ballot-format';
import { buildBackup } from '@/domain/backup-format';
import { makeAssessment } from '@/lib/test-assessment';
import { useBallotStore } from '@/state/ballot-store';
import { listBallotDrafts } from '@/storage/ballot-repository';
import { getAssessment, listAssessments } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

const NOW = '2026-03-14T09:00:00.000Z';
const file = (value: unknown, name: string) => new File([JSON.stringify(value)], name, { type: 'application/json' });
const ballot = (a: Assessment, label: string) => ({
  format: 'csei-navigator-ballot',
  formatVersion: 1,
  appVersion: '0.1.0',
  createdAt: NOW,
  assessmentId: a.id,
  participant: { id: `p-${label}`, label, sector: null },
  ratings: emptyBallotRatings(),
});

async function section() {
  // The section's texts load on their own: give a busy machine time.
  return screen.findByRole('region', { name: en.home.title }, { timeout: 8000 });
}

afterEach(() => {
  useBallotStore.getState().close();
  useBallotStore.setState(useBallotStore.getInitialState(), true);
});

describe('home screen: ballots', () => {
  it('opens an invitation as the participant’s ballot, lists it, and opens the same draft for the same invitation', async () => {
    const { user } = await renderApp();
    const invitation = buildInvitation(makeAssessment({ name: 'Kaszubski Klaster' }), '0.1.0', NOW);
    await user.upload(within(await section()).getByLabelText(en.home.open), file(invitation, 'inv.json'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your ballot: Kaszubski Klaster' }, { timeout: 8000 })).toBeVisible();

    await user.click(screen.getByRole('link', { name: common.nav.home }));
    const list = await within(await section()).findByRole('list', { name: en.home.yours });
    expect(within(list).getByRole('link', { name: 'Kaszubski Klaster' })).toHaveAttribute('href', `#/ballot/${invitation.assessment.id}`);
    expect(within(list).getByText('0 of 16 ratings given')).toBeVisible();
    expect(within(list).getByText(en.send.notDownloaded)).toBeVisible();

    // The backup panel's import takes an invitation too, and opens the draft that exists.
    await user.upload(screen.getByLabelText(common.backup.import), file(invitation, 'inv.json'));
    expect(await screen.findByText('You already had a ballot for “Kaszubski Klaster” on this device. It is open, with your answers.')).toBeVisible();
    expect(await listBallotDrafts()).toHaveLength(1);
  });

  it('merges a ballot into the assessment stored here and links to its workshop page', async () => {
    const a = { ...makeAssessment({ name: 'Stored cluster' }), revision: 1 };
    const { user } = await renderApp({ seed: [a] });
    const here = await section();
    await user.upload(within(here).getByLabelText(en.home.open), file(ballot(a, 'Ewa'), 'ewa.json'));
    expect(await within(here).findByText('Ewa: ballot added (ewa.json).')).toBeVisible();
    expect(within(here).getByRole('link', { name: en.home.toWorkshop })).toHaveAttribute('href', `#/a/${a.id}/workshop`);
    await waitFor(async () => {
      expect((await getAssessment(a.id))?.participants.map((p) => p.label)).toEqual(['Ewa']);
    });
  });

  it('refuses a ballot whose assessment is not on this device, naming the file', async () => {
    const a = { ...makeAssessment({ name: 'Stored cluster' }), revision: 1 };
    const { user } = await renderApp({ seed: [a] });
    const before = await listAssessments();
    const here = await section();
    await user.upload(within(here).getByLabelText(en.home.open), file(ballot(makeAssessment(), 'Ewa'), 'lost.json'));
    const alert = await within(here).findByRole('alert');
    expect(alert).toHaveTextContent('“lost.json” was not imported');
    expect(alert).toHaveTextContent(en.import.errors['no-assessment']);
    expect(alert).toHaveTextContent(en.import.nothingChanged);
    expect(await listAssessments()).toEqual(before);
  });

  it('still imports a backup through the section’s button', async () => {
    const { user } = await renderApp();
    await user.upload(within(await section()).getByLabelText(en.home.open), file(buildBackup([makeAssessment({ name: 'From backup' })], '0.1.0', NOW), 'b.json'));
    expect(await screen.findByText('Import finished: 1 added, 0 kept as copies, 0 already here.')).toBeVisible();
  });
});
