import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openWorkshop, stored, workshopAssessment } from './workshop-test-setup';

beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
  await import('./workshop-screen');
}, 30_000);

describe('Agreed values', { timeout: 20_000 }, () => {
  it('sets the agreed value beside the median and says that the steps now use it', async () => {
    const a = workshopAssessment(
      [
        { id: 'p1', label: 'Anna', ratings: { finance: [1, 4] } },
        { id: 'p2', label: 'Ben', ratings: { finance: [3, 4] } },
        { id: 'p3', label: 'Chris', ratings: { finance: [5, 5] } },
      ],
      true,
    );
    const { user } = await openWorkshop(a);
    const table = screen.getByRole('table', { name: 'Median and agreed value per dimension' });
    const row = within(within(table).getByRole('rowheader', { name: 'Financial model' }).closest('tr') ?? table);
    const baseline = row.getByRole('combobox', { name: 'Agreed baseline: Financial model' });
    expect(row.getAllByRole('cell')[0]).toHaveTextContent('3');
    expect(baseline).toHaveValue('');
    expect(baseline).toHaveAccessibleDescription('Steps use: 3 (median)');

    await user.selectOptions(baseline, '2 – rather low');
    expect(baseline).toHaveAccessibleDescription('Steps use: 2 (agreed)');
    // The median stays in view next to it
    expect(row.getAllByRole('cell')[0]).toHaveTextContent('3');
    await user.selectOptions(row.getByRole('combobox', { name: 'Agreed ideal: Financial model' }), 'Don’t know');
    await user.type(row.getByRole('textbox', { name: 'Note on the agreement: Financial model' }), 'Only one grant');

    await vi.waitFor(async () => {
      expect((await stored(a.id)).dimensions.finance.agreed).toEqual({ baseline: 2, ideal: 'unknown', note: 'Only one grant' });
    });

    await user.selectOptions(baseline, 'Not agreed');
    expect(baseline).toHaveAccessibleDescription('Steps use: 3 (median)');
    await vi.waitFor(async () => {
      expect((await stored(a.id)).dimensions.finance.agreed.baseline).toBeNull();
    });
  });

  it('is not offered before the reveal', async () => {
    await openWorkshop(workshopAssessment([{ id: 'p1', label: 'Anna', ratings: { finance: [1, 4] } }]));
    expect(screen.queryByRole('heading', { name: 'Agreed values' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^Agreed/ })).not.toBeInTheDocument();
  });
});
