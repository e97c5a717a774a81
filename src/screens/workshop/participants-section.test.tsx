import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openWorkshop, stored, workshopAssessment } from './workshop-test-setup';

const participantsRegion = () => within(screen.getByRole('region', { name: 'Participants' }));

// The workspace and the workshop page are lazy chunks; loading them once keeps their first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
  await import('./workshop-screen');
}, 30_000);

describe('Participants', { timeout: 20_000 }, () => {
  it('adds a participant with a sector and lists them with where the ratings come from and their progress', async () => {
    const a = workshopAssessment([]);
    const { user } = await openWorkshop(a);
    expect(screen.getByText('0 participants on the list')).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Name or label' }), 'Maria K.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sector (optional)' }), 'Social economy and civil society');
    await user.click(screen.getByRole('button', { name: 'Add participant' }));

    const list = screen.getByRole('list', { name: 'Participants and their progress' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Maria K.');
    expect(item).toHaveTextContent('Social economy and civil society');
    expect(item).toHaveTextContent('Rates on this laptop');
    expect(item).toHaveTextContent('0 of 16 ratings');
    expect(screen.getByText('1 participant on the list')).toBeVisible();
    expect(participantsRegion().getByRole('status')).toHaveTextContent('Maria K. was added.');
    // Ready for the next name
    expect(screen.getByRole('textbox', { name: 'Name or label' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Name or label' })).toHaveFocus();
    await vi.waitFor(async () => {
      expect((await stored(a.id)).participants).toMatchObject([{ label: 'Maria K.', sector: 'social', ballotCreatedAt: null }]);
    });
  });

  it('refuses an empty name and a name already on the list, saying why', async () => {
    const a = workshopAssessment([{ id: 'p1', label: 'Anna' }]);
    const { user } = await openWorkshop(a);
    const name = screen.getByRole('textbox', { name: 'Name or label' });

    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(screen.getByText('Enter a name or label.')).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Enter a name or label\./);
    expect(name).toHaveFocus();

    await user.type(name, ' anna ');
    expect(screen.queryByText('Enter a name or label.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(screen.getByText('Another participant already has this name. Add an initial or a number.')).toBeVisible();
    expect(within(screen.getByRole('list', { name: 'Participants and their progress' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows ballot participants with the ballot’s date and counts their ratings', async () => {
    const a = workshopAssessment([{ id: 'b1', label: 'Piotr', sector: 'academia', ratings: { finance: [2, 4], services: ['na', null] } }]);
    const ballot = { ...a, participants: a.participants.map((p) => ({ ...p, ballotCreatedAt: '2026-03-02T09:30:00.000Z' })) };
    await openWorkshop(ballot);
    const item = participantsRegion().getByRole('listitem');
    expect(item).toHaveTextContent(/Ballot of 2 Mar 2026/);
    expect(item).toHaveTextContent('3 of 16 ratings');
    expect(item).toHaveTextContent('Academia and research');
  });

  it('edits a participant’s label and sector', async () => {
    const a = workshopAssessment([{ id: 'p1', label: 'Anna' }, { id: 'p2', label: 'Ben' }]);
    const { user } = await openWorkshop(a);
    await user.click(screen.getByRole('button', { name: 'Edit Ben' }));
    const form = screen.getByRole('form', { name: 'Edit Ben' });
    const label = within(form).getByRole('textbox', { name: 'Name or label' });
    expect(label).toHaveFocus();
    await user.clear(label);
    await user.type(label, 'Anna');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByText('Another participant already has this name. Add an initial or a number.')).toBeVisible();
    await user.clear(label);
    await user.type(label, 'Ben W.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Sector (optional)' }), 'Public sector');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Edit Ben W.' })).toHaveFocus();
    await vi.waitFor(async () => {
      expect((await stored(a.id)).participants[1]).toMatchObject({ label: 'Ben W.', sector: 'public' });
    });
  });

  it('removes a participant and their ratings after a confirmation', async () => {
    const a = workshopAssessment([
      { id: 'p1', label: 'Anna', ratings: { finance: [2, 4] } },
      { id: 'p2', label: 'Ben', ratings: { finance: [3, 5] } },
    ]);
    const { user } = await openWorkshop(a);
    await user.click(screen.getByRole('button', { name: 'Remove Anna' }));
    const question = screen.getByRole('alert');
    expect(question).toHaveTextContent('Remove “Anna” from the list? Their ratings (2 of 16) are deleted too.');
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Remove Anna' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove Anna' }));
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Yes, remove' }));
    expect(screen.queryByText('Anna')).not.toBeInTheDocument();
    expect(participantsRegion().getByRole('status')).toHaveTextContent('Anna was removed together with their ratings.');
    await vi.waitFor(async () => {
      const after = await stored(a.id);
      expect(after.participants.map((p) => p.label)).toEqual(['Ben']);
      expect(after.dimensions.finance.participantRatings.map((r) => r.participantId)).toEqual(['p2']);
    });
  });

  it('counts participants with Polish plurals', async () => {
    const people = ['A', 'B', 'C', 'D', 'E'].map((label) => ({ id: label, label }));
    await openWorkshop(workshopAssessment(people.slice(0, 2)), 'pl');
    expect(screen.getByText('2 osoby na liście')).toBeVisible();
  });

  it('says “5 osób” for five participants in Polish', async () => {
    const people = ['A', 'B', 'C', 'D', 'E'].map((label) => ({ id: label, label }));
    await openWorkshop(workshopAssessment(people), 'pl');
    expect(screen.getByText('5 osób na liście')).toBeVisible();
    expect(screen.getByText('Komplet ocen: 0 z 5 osób.')).toBeVisible();
  });
});
