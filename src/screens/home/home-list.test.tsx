import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '@locales/en/common.json';
import type { Assessment } from '@/domain/assessment';
import { makeAssessment } from '@/lib/test-assessment';
import { renderApp } from '../../../tests/setup/render-app';

const at = (day: number) => new Date(Date.UTC(2026, 2, 1, 10) + day * 3_600_000).toISOString();
const stored = (overrides: Parameters<typeof makeAssessment>[0], day: number): Assessment => ({ ...makeAssessment(overrides, at(day)), revision: 1 });

const shownNames = () =>
  within(screen.getByRole('list', { name: en.home.listLabel }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('the home list of a large archive', () => {
  it('renders only the rows near the screen, and every row says its place in the whole list', async () => {
    const many = Array.from({ length: 60 }, (_, i) => stored({ name: `Cluster ${String(i).padStart(2, '0')}` }, i));
    await renderApp({ seed: many });
    expect(await screen.findByRole('heading', { level: 2, name: '60 assessments on this device' })).toBeVisible();
    const rows = within(screen.getByRole('list', { name: en.home.listLabel })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-setsize', '60');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(shownNames()[0]).toBe('Cluster 59');
  });

  it('finds a row far down the list by its region, ignoring case and Polish letters', async () => {
    const many = Array.from({ length: 60 }, (_, i) => stored({ name: `Cluster ${String(i)}`, region: i === 0 ? 'Łódzkie' : 'Pomorskie' }, i));
    const { user } = await renderApp({ seed: many });
    const search = await screen.findByRole('searchbox', { name: en.listTools.search });
    await user.type(search, 'LODZ');
    await waitFor(() => {
      expect(shownNames()).toEqual(['Cluster 0']);
    });
    expect(screen.getByText('1 matches')).toBeVisible();
    await user.type(search, 'x');
    expect(await screen.findByText(en.listTools.noMatch)).toBeVisible();
    await user.clear(search);
    await waitFor(() => {
      expect(shownNames()[0]).toBe('Cluster 59');
    });
    expect(screen.queryByText(en.listTools.noMatch)).toBeNull();
  });

  it('sorts by name and region, and filters by mode', async () => {
    const list = [
      stored({ name: 'Beta', region: 'Śląskie', facilitator: 'Anna', mode: 'create' }, 3),
      stored({ name: 'alfa', region: '', facilitator: 'Jan', mode: 'evaluate' }, 2),
      stored({ name: 'Gamma', region: 'Pomorskie', facilitator: 'Ewa', mode: 'evaluate' }, 1),
    ];
    const { user } = await renderApp({ seed: list });
    const sort = await screen.findByRole('combobox', { name: en.listTools.sort });
    expect(shownNames()).toEqual(['Beta', 'alfa', 'Gamma']);
    await user.selectOptions(sort, en.listTools.sorts.name);
    await waitFor(() => {
      expect(shownNames()).toEqual(['alfa', 'Beta', 'Gamma']);
    });
    await user.selectOptions(sort, en.listTools.sorts.region);
    await waitFor(() => {
      expect(shownNames()).toEqual(['Gamma', 'Beta', 'alfa']);
    });
    await user.selectOptions(screen.getByRole('combobox', { name: en.listTools.mode }), en.mode.evaluate);
    await waitFor(() => {
      expect(shownNames()).toEqual(['Gamma', 'alfa']);
    });
    expect(screen.getByText('2 match')).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: en.listTools.mode }), en.listTools.allModes);
    await user.selectOptions(sort, en.listTools.sorts.updated);
    await waitFor(() => {
      expect(shownNames()).toEqual(['Beta', 'alfa', 'Gamma']);
    });
    expect(screen.queryByText(/match/)).toBeNull();
  });
});
