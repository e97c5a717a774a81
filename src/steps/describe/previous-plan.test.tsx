import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { continueAssessment } from '@/domain/snapshots';
import { exampleAssessment } from '@/lib/test-assessment';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

/** The worked example one year on: its first measure was done, the rest still open, continued as an evaluation. */
function review(): Assessment {
  const previous = exampleAssessment('en');
  previous.measures = previous.measures.map((m, i) => ({ ...m, status: i === 0 ? 'done' : 'in-progress' }));
  let n = 0;
  const next = continueAssessment(previous, { newId: () => `review-${String(++n)}`, now: '2027-03-10T09:00:00.000Z' }, 'Review 2027');
  return { ...next, revision: 1 };
}

describe('an evaluation that continues an earlier plan', () => {
  it('starts DESCRIBE with the measures left open, lets the group update them, and the summary reports what was delivered', async () => {
    const a = review();
    const open = a.measures.slice(1);
    const { user } = await renderApp({ seed: [a], route: `/a/${a.id}/describe` });
    const section = await screen.findByRole('region', { name: 'Where the last plan stands' });
    // Only the measures that were still open are listed, each with its status
    expect(within(section).getAllByRole('listitem')).toHaveLength(open.length);
    expect(within(section).queryByText(a.measures[0]?.title ?? '')).not.toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent(`${String(open.length)} measures were open. 0 delivered since, 0 dropped.`);

    const first = open[0] ?? expect.fail('no open measure');
    const second = open[1] ?? expect.fail('two open measures expected');
    await user.selectOptions(within(section).getByRole('combobox', { name: `Status of “${first.title}”` }), 'Done');
    await user.selectOptions(within(section).getByRole('combobox', { name: `Status of “${second.title}”` }), 'Dropped');
    await user.type(within(section).getByRole('textbox', { name: 'Why it was dropped' }), 'No funding');
    // The updated measures stay in the list, and the counts follow
    expect(within(section).getAllByRole('listitem')).toHaveLength(open.length);
    expect(within(section).getByRole('status')).toHaveTextContent('1 delivered since, 1 dropped.');

    await user.click(screen.getByRole('link', { name: 'Summary' }));
    const delivery = await screen.findByRole('region', { name: /^Since “Pomeranian/ });
    expect(within(delivery).getByRole('heading', { name: 'Delivered: 1 measure' })).toBeVisible();
    expect(within(delivery).getByText(first.title)).toBeVisible();
    expect(within(delivery).getByText(`${second.title} – No funding`)).toBeVisible();
    expect(within(delivery).getByRole('heading', { name: `Still open: ${String(open.length - 2)} measures` })).toBeVisible();

    await expect.poll(async () => (await getAssessment(a.id))?.measures.find((m) => m.id === first.id)?.status, { timeout: 3000 }).toBe('done');
  });

  it('shows nothing of the kind in an assessment that starts from scratch', async () => {
    const a = { ...exampleAssessment('en'), mode: 'evaluate' as const, revision: 1 };
    await renderApp({ seed: [a], route: `/a/${a.id}/describe` });
    await screen.findByRole('article', { name: 'Financial model' });
    expect(screen.queryByRole('region', { name: 'Where the last plan stands' })).not.toBeInTheDocument();
  });
});
