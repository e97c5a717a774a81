import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { everywhere, openWorkshop, stored, workshopAssessment } from './workshop-test-setup';

beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
  await import('./workshop-screen');
}, 30_000);

/** Anna rated everything; Ben and Chris only some. Financial model's baseline: 1, 3, 5 (flagged); membership: 3, 3, 4. */
const people = () =>
  workshopAssessment([
    { id: 'p1', label: 'Anna', ratings: { ...everywhere(3, 4), finance: [1, 4], membership: [3, 4] } },
    { id: 'p2', label: 'Ben', ratings: { finance: [3, 4], membership: [3, 'unknown'] } },
    { id: 'p3', label: 'Chris', ratings: { finance: [5, 5], membership: [4, 'na'] } },
  ]);

const rowCells = (table: HTMLElement, dimension: string) =>
  within(within(table).getByRole('rowheader', { name: dimension }).closest('tr') ?? table)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Reveal and results', { timeout: 20_000 }, () => {
  it('shows only progress before the reveal, and the group figures after it', async () => {
    const a = people();
    const { user } = await openWorkshop(a);
    expect(screen.getByText('1 of 3 participants have rated everything.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Results' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Median|Discuss/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reveal all ratings' }));
    const question = screen.getByRole('alert');
    expect(question).toHaveTextContent('Reveal the ratings of all 3 participants now?');
    expect(question).toHaveTextContent('1 has rated everything.');
    expect(question).toHaveTextContent('2 have not finished; the missing ratings simply do not count.');
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Yes, reveal' }));

    const table = screen.getByRole('table', { name: 'Group ratings per dimension: Baseline' });
    // Median, mean, lowest–highest, scores, n/a, don't know, discuss
    expect(rowCells(table, 'Financial model')).toEqual(['3', '3', '1–5', '3', '0', '0', '⚑ Discuss']);
    expect(rowCells(table, 'Membership model')).toEqual(['3', '3.3', '3–4', '3', '0', '0', '']);
    expect(rowCells(table, 'Viable purpose')).toEqual(['3', '3', '3–3', '1', '0', '0', '']);
    const discuss = screen.getByRole('region', { name: 'Discuss first' });
    expect(within(discuss).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Financial model – 4 points apart']);

    await user.click(screen.getByRole('radio', { name: 'Ideal' }));
    const ideal = screen.getByRole('table', { name: 'Group ratings per dimension: Ideal' });
    expect(rowCells(ideal, 'Membership model')).toEqual(['4', '4', '4–4', '1', '1', '1', '']);
    expect(rowCells(ideal, 'Financial model')).toEqual(['4', '4.3', '4–5', '3', '0', '0', '']);
    await vi.waitFor(async () => {
      expect((await stored(a.id)).workshop.revealed).toBe(true);
    });

    await user.click(screen.getByRole('button', { name: 'Hide again for a new round' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal all ratings' })).toBeVisible();
    await vi.waitFor(async () => {
      expect((await stored(a.id)).workshop.revealed).toBe(false);
    });
  });

  it('sorts the table by the shown profile’s disagreement, keeping the method’s order among ties', async () => {
    const { user } = await openWorkshop({ ...people(), workshop: { revealed: true } });
    const table = screen.getByRole('table', { name: 'Group ratings per dimension: Baseline' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Most disagreement first');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent).slice(0, 3)).toEqual([
      'Financial model',
      'Membership model',
      'Cross-sectoral composition',
    ]);
  });

  it('writes numbers with a decimal comma in Polish', async () => {
    const a = workshopAssessment(
      [
        { id: 'p1', label: 'Anna', ratings: { finance: [3, 5] } },
        { id: 'p2', label: 'Ben', ratings: { finance: [4, 5] } },
      ],
      true,
    );
    await openWorkshop(a, 'pl');
    const table = screen.getByRole('table', { name: 'Oceny grupy według wymiarów: Punkt wyjścia' });
    expect(rowCells(table, 'Model finansowy')[0]).toBe('3,5');
  });
});

describe('Sector views', { timeout: 20_000 }, () => {
  it('shows sectors of 3 or more, hides smaller ones and withholds cells answered by fewer than 3', async () => {
    const a = workshopAssessment(
      [
        { id: 'p1', label: 'P1', sector: 'public', ratings: { finance: [2, 4], services: [3, 4] } },
        { id: 'p2', label: 'P2', sector: 'public', ratings: { finance: [3, 4], services: [4, 4] } },
        { id: 'p3', label: 'P3', sector: 'public', ratings: { finance: [5, 5] } },
        { id: 'u1', label: 'U1', sector: 'academia', ratings: { finance: [1, 1] } },
        { id: 'u2', label: 'U2', sector: 'academia', ratings: { finance: [1, 1] } },
        { id: 'x1', label: 'X1', ratings: { finance: [4, 4] } },
      ],
      true,
    );
    await openWorkshop(a);
    const table = screen.getByRole('table', { name: 'Median per sector: Baseline' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Dimension', 'Public']);
    expect(rowCells(table, 'Financial model')).toEqual(['3']);
    expect(rowCells(table, 'Portfolio of services')).toEqual(['withheld']);
    expect(screen.getByText('“withheld”: fewer than 3 participants of this sector answered this dimension.')).toBeVisible();
    const hidden = within(screen.getByRole('list', { name: 'Sectors not shown' }));
    expect(hidden.getByText('Academia and research: 2 participants, fewer than 3.')).toBeVisible();
    expect(hidden.getByText('Private sector: 0 participants, fewer than 3.')).toBeVisible();
    expect(screen.getByText('1 participant gave no sector and appears in no sector view.')).toBeVisible();
    // The academia's 1s are nowhere in the sectors' table
    expect(within(table).queryByText('1')).not.toBeInTheDocument();
  });
});
