import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openWorkshop, stored, workshopAssessment } from './workshop-test-setup';

beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
  await import('./workshop-screen');
}, 30_000);

const card = (dimension: string) => within(screen.getByRole('article', { name: dimension }));
const profileGroup = (dimension: string, profile: RegExp) => within(card(dimension).getByRole('group', { name: profile }));

describe('Private scoring on one laptop', { timeout: 20_000 }, () => {
  it('lets each participant rate alone: the next one sees neither the last one’s ratings nor the results', async () => {
    const a = workshopAssessment([
      { id: 'p1', label: 'Anna' },
      { id: 'p2', label: 'Ben', ratings: { membership: [5, 5] } },
    ]);
    const { user } = await openWorkshop(a);
    await user.click(screen.getByRole('button', { name: 'Start private scoring' }));

    // The cover: names and progress only
    const cover = screen.getByRole('region', { name: 'Whose turn is it?' });
    expect(screen.getByRole('heading', { name: 'Whose turn is it?' })).toHaveFocus();
    expect(within(cover).getByRole('button', { name: 'Anna: 0 of 16 ratings' })).toBeVisible();
    expect(within(cover).getByRole('button', { name: 'Ben: 2 of 16 ratings' })).toBeVisible();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Participants' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal all ratings' })).not.toBeInTheDocument();

    await user.click(within(cover).getByRole('button', { name: 'Anna: 0 of 16 ratings' }));
    expect(screen.getByRole('heading', { name: 'Your ratings, Anna' })).toHaveFocus();
    expect(screen.getAllByRole('article')).toHaveLength(8);
    expect(screen.getByText('Who can become a member, and on what terms?')).toBeVisible();
    // Ben's 5s are not shown on Anna's form
    expect(profileGroup('Membership model', /^Baseline/).getByRole('radio', { name: '5 – high' })).not.toBeChecked();
    expect(screen.queryByText(/Ben/)).not.toBeInTheDocument();

    await user.click(profileGroup('Financial model', /^Baseline/).getByRole('radio', { name: '2 – rather low' }));
    await user.click(profileGroup('Financial model', /^Ideal/).getByRole('radio', { name: '4 – rather high' }));
    await user.type(card('Financial model').getByRole('textbox', { name: 'Your note (optional)' }), 'One EU project');
    expect(screen.getByText('14 ratings are still open. You can hand over anyway.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'I’m done – hand over' }));

    // Back on the cover: Anna's progress, none of her values
    const coverAgain = screen.getByRole('region', { name: 'Whose turn is it?' });
    expect(within(coverAgain).getByRole('button', { name: 'Anna: 2 of 16 ratings' })).toBeVisible();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(/rather low|rather high|One EU project/)).not.toBeInTheDocument();

    await user.click(within(coverAgain).getByRole('button', { name: 'Ben: 2 of 16 ratings' }));
    expect(screen.getByRole('heading', { name: 'Your ratings, Ben' })).toBeVisible();
    expect(profileGroup('Financial model', /^Baseline/).getByRole('radio', { name: '2 – rather low' })).not.toBeChecked();
    expect(profileGroup('Financial model', /^Ideal/).getByRole('radio', { name: '4 – rather high' })).not.toBeChecked();
    expect(card('Financial model').getByRole('textbox', { name: 'Your note (optional)' })).toHaveValue('');
    expect(profileGroup('Membership model', /^Baseline/).getByRole('radio', { name: '5 – high' })).toBeChecked();
    expect(screen.queryByText(/Anna|One EU project/)).not.toBeInTheDocument();

    await vi.waitFor(async () => {
      expect((await stored(a.id)).dimensions.finance.participantRatings).toEqual([
        { participantId: 'p1', baseline: { value: 2, note: 'One EU project' }, ideal: { value: 4, note: '' } },
      ]);
    });
  });

  it('returns to the page when private scoring ends, with the focus on its start button', async () => {
    const { user } = await openWorkshop(workshopAssessment([{ id: 'p1', label: 'Anna' }]));
    await user.click(screen.getByRole('button', { name: 'Start private scoring' }));
    await user.click(screen.getByRole('button', { name: 'Anna: 0 of 16 ratings' }));
    await user.click(screen.getByRole('button', { name: 'This is not me – back to the list' }));
    await user.click(screen.getByRole('button', { name: 'End private scoring' }));
    expect(screen.getByRole('region', { name: 'Participants' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Start private scoring' })).toHaveFocus();
  });

  it('cannot start while the ratings are revealed, nor without participants', async () => {
    await openWorkshop(workshopAssessment([{ id: 'p1', label: 'Anna' }], true));
    expect(screen.getByRole('button', { name: 'Start private scoring' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Start private scoring' })).toHaveAccessibleDescription(
      'The ratings are revealed. Hide them again to start a new private round.',
    );
  });
});
