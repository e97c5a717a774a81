import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import en from '@locales/en/common.json';
import pl from '@locales/pl/common.json';
import { completedSteps } from '@/domain/steps';
import * as repository from '@/storage/repository';
import { listAssessments } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

describe('load example', () => {
  it('stores the complete PKES example and opens its workspace at step 1', async () => {
    const { user } = await renderApp();
    const empty = await screen.findByRole('region', { name: en.home.emptyTitle });
    const button = within(empty).getByRole('button', { name: 'Load example' });
    expect(button).toHaveAccessibleDescription(en.home.exampleHint);
    await user.click(button);

    await waitFor(async () => {
      expect(await listAssessments()).toHaveLength(1);
    });
    const [stored] = await listAssessments();
    expect(stored?.name).toBe('Pomeranian Social Economy Cluster (example)');
    expect(stored?.language).toBe('en');
    expect(stored && completedSteps(stored)).toBe(5);
    await waitFor(() => {
      expect(window.location.hash).toBe(`#/a/${stored?.id ?? ''}/describe`);
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pomeranian Social Economy Cluster (example)' })).toBeVisible();
  });

  it('writes the example in Polish when the interface is Polish', async () => {
    const { user } = await renderApp({ language: 'pl' });
    await user.click(within(await screen.findByRole('region', { name: pl.home.emptyTitle })).getByRole('button', { name: 'Wczytaj przykład' }));
    await waitFor(async () => {
      expect(await listAssessments()).toHaveLength(1);
    });
    const [stored] = await listAssessments();
    expect(stored?.name).toBe('Pomorski Klaster Ekonomii Społecznej (przykład)');
    expect(stored?.language).toBe('pl');
    expect(stored?.region).toBe('Województwo pomorskie');
    expect(stored?.goals[0]?.statement).toContain('Operator');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pomorski Klaster Ekonomii Społecznej (przykład)' })).toBeVisible();
  });

  it('offers the button in the header beside "New assessment" once the list is not empty', async () => {
    const { user } = await renderApp();
    await user.click(within(await screen.findByRole('region', { name: en.home.emptyTitle })).getByRole('button', { name: 'Load example' }));
    await waitFor(() => {
      expect(window.location.hash).toMatch(/^#\/a\/.+\/describe$/);
    });
    window.location.hash = '/';
    const list = await screen.findByRole('list', { name: en.home.listLabel });
    expect(within(list).getAllByRole('article')).toHaveLength(1);
    const head = screen.getByRole('link', { name: en.home.new }).parentElement as HTMLElement;
    await user.click(within(head).getByRole('button', { name: 'Load example' }));
    await waitFor(async () => {
      expect(await listAssessments()).toHaveLength(2);
    });
  });

  it('shows an error notice and stays on the home screen when storing fails', async () => {
    const { user } = await renderApp();
    vi.spyOn(repository, 'saveAssessment').mockResolvedValue({ ok: false, reason: 'quota' });
    await user.click(within(await screen.findByRole('region', { name: en.home.emptyTitle })).getByRole('button', { name: 'Load example' }));
    expect(await screen.findByText(en.home.actionFailed)).toBeVisible();
    expect(window.location.hash).toBe('#/');
    expect(await listAssessments()).toHaveLength(0);
  });
});
