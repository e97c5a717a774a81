import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '@locales/en/common.json';
import type { Assessment } from '@/domain/assessment';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { completedSteps } from '@/domain/steps';
import { makeAssessment } from '@/lib/test-assessment';
import { getAssessment, listAssessments } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

function stored(overrides: Parameters<typeof makeAssessment>[0], updatedAt: string): Assessment {
  return { ...makeAssessment(overrides, updatedAt), revision: 1 };
}

/** Step 1 (describe) done: every dimension rated today, resources inside and around noted, a strength named. */
function describeDone(a: Assessment): Assessment {
  const done = structuredClone(a);
  for (const id of DIMENSION_IDS) done.dimensions[id].baseline.value = 3;
  done.dimensions.membership.strengths = 'Many active NGOs';
  done.resources.internal.people = 'Two coordinators';
  done.resources.external.ecosystem = 'Regional social economy centre';
  return done;
}

const kashubia = () => stored({ name: 'Kashubia network', region: 'Pomorskie', mode: 'evaluate' }, '2026-03-01T10:00:00.000Z');
const gdansk = () => describeDone(stored({ name: 'Gdańsk circle', region: '', mode: 'create' }, '2026-03-05T10:00:00.000Z'));

describe('home screen', () => {
  it('explains the app when nothing is stored and links to a new assessment', async () => {
    const { user } = await renderApp();
    const empty = await screen.findByRole('region', { name: en.home.emptyTitle });
    expect(within(empty).getByText(en.home.emptyText)).toBeVisible();
    expect(en.home.emptyText.match(/[.!?](\s|$)/g)).toHaveLength(2);
    await user.click(within(empty).getByRole('link', { name: 'New assessment' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
    expect(window.location.hash).toBe('#/new');
  });

  it('lists stored assessments, newest change first, with mode, region and progress', async () => {
    // Given the older one is stored first, and the newer one has its first step done
    const newer = gdansk();
    expect(completedSteps(newer), 'test data: only step 1 is complete').toBe(1);
    await renderApp({ seed: [kashubia(), newer] });
    expect(await screen.findByRole('heading', { level: 2, name: '2 assessments on this device' })).toBeVisible();
    const list = screen.getByRole('list', { name: 'Saved assessments' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual(['Gdańsk circle', 'Kashubia network']);
    const [newest, oldest] = cards as [HTMLElement, HTMLElement];
    expect(within(newest).getByText('Create a cluster')).toBeVisible();
    expect(within(newest).getByText('No region given')).toBeVisible();
    expect(within(newest).getByText('Steps done: 1 of 5')).toBeVisible();
    expect(within(oldest).getByText('Evaluate a cluster')).toBeVisible();
    expect(within(oldest).getByText('Pomorskie')).toBeVisible();
    expect(within(oldest).getByText('Steps done: 0 of 5')).toBeVisible();
    expect(screen.queryByRole('region', { name: en.home.emptyTitle })).not.toBeInTheDocument();
  });

  it('refuses an empty name when renaming, then stores the new name', async () => {
    const original = kashubia();
    const { user } = await renderApp({ seed: [original] });
    const card = await screen.findByRole('article', { name: 'Kashubia network' });
    await user.click(within(card).getByRole('button', { name: 'Rename' }));
    const input = within(card).getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    await user.click(within(card).getByRole('button', { name: 'Save' }));

    const error = en.create.errors['name-required'];
    expect(within(card).getByText(error)).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(error);
    expect((await getAssessment(original.id))?.name).toBe('Kashubia network');

    await user.type(input, '  Kashubian cluster ');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('article', { name: 'Kashubian cluster' })).toBeVisible();
    expect(screen.queryByRole('article', { name: 'Kashubia network' })).not.toBeInTheDocument();
    expect((await getAssessment(original.id))?.name).toBe('Kashubian cluster');
    expect(screen.getByText('Renamed to “Kashubian cluster”.')).toBeVisible();
  });

  it('duplicates an assessment as a "(copy)"', async () => {
    const { user } = await renderApp({ seed: [kashubia()] });
    const card = await screen.findByRole('article', { name: 'Kashubia network' });
    await user.click(within(card).getByRole('button', { name: 'Duplicate' }));

    expect(await screen.findByRole('article', { name: 'Kashubia network (copy)' })).toBeVisible();
    expect(screen.getByRole('article', { name: 'Kashubia network' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: '2 assessments on this device' })).toBeVisible();
    expect(screen.getByText('Copy created: “Kashubia network (copy)”.')).toBeVisible();
    expect((await listAssessments()).map((a) => a.name).sort()).toEqual(['Kashubia network', 'Kashubia network (copy)']);
  });

  it('asks before deleting, and Undo brings the assessment back unchanged', async () => {
    const original = kashubia();
    const { user } = await renderApp({ seed: [original, gdansk()] });
    const card = await screen.findByRole('article', { name: 'Kashubia network' });
    await user.click(within(card).getByRole('button', { name: 'Delete' }));

    // Nothing is deleted until the user confirms
    expect(within(card).getByRole('alert')).toHaveTextContent('Delete “Kashubia network” from this device?');
    expect(await getAssessment(original.id)).toBeDefined();
    await user.click(within(card).getByRole('button', { name: 'Yes, delete' }));

    await waitFor(() => {
      expect(screen.queryByRole('article', { name: 'Kashubia network' })).not.toBeInTheDocument();
    });
    expect(await getAssessment(original.id)).toBeUndefined();
    expect(screen.getByText('“Kashubia network” was deleted.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Kashubia network' })).toBeVisible();
    expect(await screen.findByText('“Kashubia network” is back.')).toBeVisible();
    expect(await getAssessment(original.id)).toEqual(original);
  });

  it('keeps the assessment when the deletion is cancelled', async () => {
    const original = kashubia();
    const { user } = await renderApp({ seed: [original] });
    const card = await screen.findByRole('article', { name: 'Kashubia network' });
    await user.click(within(card).getByRole('button', { name: 'Delete' }));
    await user.click(within(card).getByRole('button', { name: 'Cancel' }));
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Delete' })).toBeVisible();
    expect(await getAssessment(original.id)).toEqual(original);
  });

  it.each([
    [1, '1 analiza na tym urządzeniu'],
    [2, '2 analizy na tym urządzeniu'],
    [5, '5 analiz na tym urządzeniu'],
  ])('counts %i assessments with the Polish plural form', async (count, text) => {
    const seed = Array.from({ length: count }, (_, i) => stored({ name: `Klaster ${String(i + 1)}` }, `2026-03-0${String(i + 1)}T10:00:00.000Z`));
    await renderApp({ language: 'pl', seed });
    expect(await screen.findByRole('heading', { level: 2, name: text })).toBeVisible();
    expect(within(screen.getByRole('list', { name: 'Zapisane analizy' })).getAllByRole('article')).toHaveLength(count);
  });
});
