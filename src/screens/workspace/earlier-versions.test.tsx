import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { retain, utcDay } from '@/domain/local-backups';
import { makeAssessment } from '@/lib/test-assessment';
import { forgetCopies, startLocalBackups } from '@/state/local-backup-actions';
import { listLocalBackups, takeLocalBackup } from '@/storage/local-backup-repository';
import { closeStorage, getAssessment, listAssessments, openStorage, putAssessments } from '@/storage/repository';
import { freshDbName, renderApp } from '../../../tests/setup/render-app';

afterEach(() => {
  forgetCopies();
});

const base = (): Assessment => ({ ...makeAssessment({ name: 'Kashubia', region: 'Kaszuby' }), revision: 3 });

/**
 * A database where each of `versions` was stored and copied at its time; then the app starts on it with
 * `current` stored and open in the workspace.
 */
async function startWith(current: Assessment, versions: [Assessment, string][]) {
  const dbName = freshDbName();
  await openStorage(dbName);
  for (const [version, takenAt] of versions) {
    await putAssessments([version]);
    const taken = await takeLocalBackup(version.id, takenAt, { due: () => true, keep: (copies) => retain(copies, takenAt, utcDay) });
    if (!taken.ok || !taken.taken) throw new Error('copy not taken');
  }
  closeStorage();
  return renderApp({ dbName, seed: [current], route: `/a/${current.id}/describe` });
}

async function openVersions(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByText('Earlier versions', {}, { timeout: 5000 }));
  return screen.findByRole('list', { name: 'Earlier versions of this assessment, newest first' });
}

describe('earlier versions in the workspace', () => {
  it('lists the copies newest first with what they held, and marks the one equal to the saved state', async () => {
    const now = base();
    const morning = { ...now, region: 'Pomorze', revision: 1 };
    const { user } = await startWith(now, [
      [morning, '2026-03-14T08:00:00.000Z'],
      [{ ...now, name: 'Kashubian network', revision: 2 }, '2026-03-14T09:00:00.000Z'],
      [now, '2026-03-14T10:00:00.000Z'],
    ]);
    const list = await openVersions(user);
    const items = await within(list).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Same as the saved state');
    expect(within(items[0] as HTMLElement).queryByRole('button')).toBeNull();
    expect(items[1]).toHaveTextContent('0 steps of 5 complete · 0 of 8 dimensions rated · 0 goals · then named “Kashubian network”');
    expect(within(items[2] as HTMLElement).getByRole('button', { name: /^Restore the version of / })).toBeVisible();
  });

  it('asks before restoring; Cancel changes nothing', async () => {
    const now = base();
    const { user } = await startWith(now, [[{ ...now, region: 'Pomorze', revision: 1 }, '2026-03-14T08:00:00.000Z']]);
    const list = await openVersions(user);
    await user.click(await within(list).findByRole('button', { name: /^Restore the version of / }));
    const question = within(list).getByRole('alert');
    expect(question).toHaveFocus();
    expect(question).toHaveTextContent(/What you see now is first kept as a new assessment, “Kashubia \(before restore .+\)”, so nothing is lost\./);
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(within(list).queryByRole('alert')).toBeNull();
    expect(await listAssessments()).toHaveLength(1);
    expect((await getAssessment(now.id))?.region).toBe('Kaszuby');
  });

  it('restores a version: the current state is kept as a new assessment and the version is saved over the open one', async () => {
    const now = base();
    const { user } = await startWith(now, [[{ ...now, region: 'Pomorze', facilitator: 'Ola', revision: 1 }, '2026-03-14T08:00:00.000Z']]);
    const list = await openVersions(user);
    await user.click(await within(list).findByRole('button', { name: /^Restore the version of / }));
    await user.click(within(list).getByRole('button', { name: 'Yes, restore' }));

    await waitFor(async () => {
      expect((await getAssessment(now.id))?.region).toBe('Pomorze');
    });
    const stored = await getAssessment(now.id);
    // Saved through the editor on top of the revision it had: the revision check stays in force.
    expect(stored).toMatchObject({ id: now.id, facilitator: 'Ola', revision: now.revision + 1, createdAt: now.createdAt });
    const all = await listAssessments();
    const kept = all.find((a) => a.id !== now.id);
    expect(kept).toMatchObject({ region: 'Kaszuby', facilitator: 'Anna', revision: 1 });
    expect(kept?.name).toMatch(/^Kashubia \(before restore .+\)$/);
    expect(await screen.findByText(/^The version of .+ is back\. The state before it is kept as “Kashubia \(before restore .+\)” on the home screen\.$/)).toBeVisible();
    // The workspace shows the restored text.
    await user.click(screen.getByText('Assessment details'));
    expect(screen.getByLabelText('Region', { exact: true })).toHaveValue('Pomorze');
  });

  it('takes a copy when an edit is saved, and not again for the next saves', async () => {
    const now = base();
    const stop = startLocalBackups();
    const { user } = await renderApp({ seed: [now], route: `/a/${now.id}/describe` });
    await user.click(await screen.findByText('Assessment details'));
    await user.type(screen.getByLabelText('Region', { exact: true }), ' Północ');
    await waitFor(async () => {
      expect((await listLocalBackups(now.id)).map((c) => c.assessment.region)).toEqual([expect.stringMatching(/^Kaszuby/)]);
    }, { timeout: 4000 });
    await user.type(screen.getByLabelText('Region', { exact: true }), '!');
    await waitFor(async () => {
      expect((await getAssessment(now.id))?.region).toBe('Kaszuby Północ!');
    }, { timeout: 4000 });
    expect(await listLocalBackups(now.id)).toHaveLength(1);
    stop();
  });
});
