import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@/domain/assessment';
import type { IdeaPickerProps } from './idea-picker';
import { IdeaPicker } from './idea-picker';
import { IdeaLibrary } from './idea-library';
import { setTestLanguage } from '../../tests/setup/render-app';

async function renderPicker(props: IdeaPickerProps, language: Language = 'en') {
  await setTestLanguage(language);
  const user = userEvent.setup();
  render(
    <Suspense fallback={null}>
      <IdeaPicker {...props} />
    </Suspense>,
  );
  await screen.findByRole('search');
  return user;
}

const titles = () =>
  within(screen.getByRole('list', { name: /Ideas found|Znalezione pomysły/ }))
    .getAllByRole('heading')
    .map((h) => h.textContent);
const count = () => screen.getByRole('status').textContent;

describe('IdeaPicker in a step', () => {
  it('starts filtered to the dimension, the assessment’s mode and the kind the step needs', async () => {
    await renderPicker({ dimension: 'finance', mode: 'evaluate', level: 5, use: 'goal', onUse: vi.fn() });
    expect(screen.getByRole('combobox', { name: 'Dimension' })).toHaveDisplayValue('Financial model');
    expect(screen.getByRole('combobox', { name: 'Useful when' })).toHaveDisplayValue('evaluating a cluster');
    // The kind is fixed by the step: no kind filter
    expect(screen.queryByRole('combobox', { name: 'Kind' })).not.toBeInTheDocument();
    expect(titles()).toEqual([
      'No funding source above 40%',
      'Income the cluster earns itself',
      'Fixed costs paid from stable income',
      'An operating reserve',
      'A full funding pipeline',
    ]);
    expect(count()).toBe('5 ideas');
    // Each idea says where it comes from
    const first = screen.getAllByRole('listitem').find((li) => li.classList.contains('idea-item')) ?? expect.fail('no idea');
    expect(within(first).getByText('Source: Pomeranian cluster model, § Risks: financial')).toBeVisible();
    expect(within(first).getByText('Suggested indicator: Share of the budget from the largest single source')).toBeVisible();
  });

  it('searches ignoring case and Polish letters, across all dimensions once the filter is widened', async () => {
    const user = await renderPicker({ dimension: 'membership', mode: 'create', level: 5, use: 'measure', onUse: vi.fn() }, 'pl');
    await user.type(screen.getByRole('searchbox', { name: 'Szukaj pomysłów' }), 'SKLADEK czlonkowskich');
    expect(screen.getByText('Żaden pomysł nie pasuje. Zmień wyszukiwanie albo poszerz filtry.')).toBeVisible();
    expect(count()).toBe('0 pomysłów');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Wymiar' }), 'Wszystkie wymiary');
    expect(titles()).toEqual(['Ustalić skalę składek członkowskich według wielkości organizacji']);
    expect(count()).toBe('1 pomysł');
  });

  it('clears the search and filters when nothing matches', async () => {
    const user = await renderPicker({ dimension: 'purpose', mode: 'create', level: 5, use: 'goal', onUse: vi.fn() });
    await user.type(screen.getByRole('searchbox', { name: 'Search ideas' }), 'no such words');
    await user.click(screen.getByRole('button', { name: 'Clear the search and filters' }));
    expect(screen.getByRole('searchbox', { name: 'Search ideas' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Dimension' })).toHaveDisplayValue('All dimensions');
    expect(count()).toBe('48 ideas');
  });

  it('hands the chosen idea and its texts to the step', async () => {
    const onUse = vi.fn();
    const user = await renderPicker({ dimension: 'collaboration', mode: 'create', level: 5, use: 'measure', onUse });
    await user.click(screen.getByRole('button', { name: 'Add as measure: Run 3 partner roundtables' }));
    expect(onUse).toHaveBeenCalledTimes(1);
    const [idea, texts] = onUse.mock.calls[0] as [unknown, unknown];
    expect(idea).toMatchObject({ id: 'collaboration-measure-roundtables', kind: 'measure' });
    expect(texts).toMatchObject({ title: 'Run 3 partner roundtables', milestones: ['First roundtable held', 'Second roundtable held', 'Third roundtable held and agreed steps summarised'] });
  });
});

describe('IdeaLibrary on the library page', () => {
  it('lists every idea read-only, with a kind filter and no buttons to use them', async () => {
    await setTestLanguage('en');
    const user = userEvent.setup();
    render(
      <Suspense fallback={null}>
        <IdeaLibrary />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Ideas for goals and measures' })).toBeVisible();
    expect(count()).toBe('97 ideas');
    expect(screen.queryByRole('button', { name: /^Use as goal|^Add as measure/ })).not.toBeInTheDocument();
    // Idea titles sit under the section heading
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(97);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'measures only');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dimension' }), 'Coordinating body');
    expect(titles()).toContain('Hire a full-time coordinator');
    expect(count()).toBe('6 ideas');
  });
});
