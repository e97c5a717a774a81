import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '@locales/en/common.json';
import { localIsoDate } from '@/i18n/format';
import { listAssessments } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed test.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

describe('create screen', () => {
  it('refuses to create an assessment without a name, and says why at the field', async () => {
    const { user } = await renderApp({ route: '/new' });
    const name = await screen.findByRole('textbox', { name: 'Cluster name' });
    await user.type(screen.getByRole('textbox', { name: 'Region' }), 'Pomorskie');
    await user.type(name, '   ');
    await user.click(screen.getByRole('button', { name: 'Create and open' }));

    const error = en.create.errors['name-required'];
    expect(screen.getByText(error)).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining(error));
    expect(name).toHaveFocus();
    expect(window.location.hash).toBe('#/new');
    expect(await listAssessments()).toEqual([]);
  });

  it('starts with creation mode and today as the session date', async () => {
    await renderApp({ route: '/new' });
    expect(await screen.findByRole('radio', { name: /Create a cluster/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Evaluate a cluster/ })).not.toBeChecked();
    expect(screen.getByLabelText('Date of the session')).toHaveValue(localIsoDate());
  });

  it('stores a valid assessment and opens its workspace', async () => {
    const { user } = await renderApp({ route: '/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Cluster name' }), '  Kashubian cluster  ');
    await user.type(screen.getByRole('textbox', { name: 'Region' }), 'Pomorskie');
    await user.click(screen.getByRole('radio', { name: /Evaluate a cluster/ }));
    await user.type(screen.getByRole('textbox', { name: 'Facilitator' }), 'Anna Nowak');
    const date = screen.getByLabelText('Date of the session');
    await user.clear(date);
    await user.type(date, '2026-04-15');
    await user.click(screen.getByRole('button', { name: 'Create and open' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kashubian cluster' }, { timeout: 3000 })).toBeVisible();
    const stored = await listAssessments();
    expect(stored).toHaveLength(1);
    const [created] = stored;
    expect(created).toMatchObject({
      name: 'Kashubian cluster',
      region: 'Pomorskie',
      mode: 'evaluate',
      facilitator: 'Anna Nowak',
      date: '2026-04-15',
      language: 'en',
      revision: 1,
    });
    expect(window.location.hash).toBe(`#/a/${created?.id ?? 'missing'}/describe`);
  });

  it('goes back to the list without storing anything when cancelled', async () => {
    const { user } = await renderApp({ route: '/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Cluster name' }), 'Draft');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await waitFor(() => {
      expect(window.location.hash).toBe('#/');
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
    expect(await listAssessments()).toEqual([]);
  });
});
