import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupAssessment } from '@/charts/group-test-assessment';
import type { Assessment } from '@/domain/assessment';
import { makeAssessment } from '@/lib/test-assessment';
import { renderApp } from '../../../tests/setup/render-app';

// The presentation and the workspace are lazy chunks; loading them once keeps their transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/present/present-screen');
  await import('@/screens/workspace/workspace-screen');
  await import('@/charts/responsive-radar');
  await import('@/charts/responsive-group-radar');
}, 30_000);

async function present(assessment: Assessment, view: string) {
  const app = await renderApp({ seed: [{ ...assessment, revision: 1 }], route: `/a/${assessment.id}/present/${view}` });
  await screen.findByRole('heading', { level: 1 });
  return app;
}

const question = () => screen.getByRole('heading', { level: 1 });
const hash = () => window.location.hash;

describe('PresentScreen', () => {
  it('moves between the views with the keyboard and names each one; Escape leaves to the step', async () => {
    const a = makeAssessment({ name: 'Kashubian Cluster' });
    const { user } = await present(a, 'describe');
    expect(question()).toHaveTextContent('Where does our cluster stand today?');
    expect(screen.getByText('Kashubian Cluster')).toBeInTheDocument();
    expect(screen.getByText('View 1 of 8')).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /Spider diagram of the baseline/ })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Where do we want it to be?' })).toBeInTheDocument();
    expect(hash()).toBe(`#/a/${a.id}/present/define`);
    expect(screen.getByText('View 2 of 8: Where do we want it to be?')).toHaveAttribute('aria-live', 'polite');

    await user.keyboard('5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Who does what, and by when?' })).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(await screen.findByRole('heading', { level: 1, name: 'What exactly do we want to achieve?' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scan the code to rate on your phone' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Where does our cluster stand today?' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(question()).toHaveTextContent('Where does our cluster stand today?');

    await user.keyboard('3{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kashubian Cluster' })).toBeInTheDocument();
    expect(hash()).toBe(`#/a/${a.id}/decide`);
  }, 15_000);

  it('has previous and next buttons named after their views, and a button to leave', async () => {
    const a = makeAssessment();
    const { user } = await present(a, 'group');
    const controls = screen.getByRole('navigation', { name: 'Presentation controls' });
    await user.click(within(controls).getByRole('button', { name: 'Next: Disagreements' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Where do we disagree?' })).toBeInTheDocument();
    await user.click(within(controls).getByRole('button', { name: 'Next: Join' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Scan the code to rate on your phone' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /QR code of the join link/ })).toBeInTheDocument();
    expect(within(controls).getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.click(within(controls).getByRole('button', { name: 'Previous: Disagreements' }));
    await user.click(within(controls).getByRole('button', { name: 'Previous: The room’s view' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How does the room see it?' })).toBeInTheDocument();
    await user.click(within(controls).getByRole('button', { name: 'Leave presentation' }));
    expect(await screen.findByRole('heading', { level: 1, name: a.name })).toBeInTheDocument();
    expect(hash()).toBe(`#/a/${a.id}/workshop`);
  });

  it('hides the group’s ratings and the disagreements before they are revealed', async () => {
    const hidden = groupAssessment({ membership: [[1, 5], [3, 5], [5, 4]], composition: [[2, 4], [3, 4], [3, 5]] }, { participants: 3, revealed: false });
    const { user } = await present(hidden, 'group');
    expect(await screen.findByText('Ratings are hidden until the facilitator reveals them.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next: Disagreements' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Where do we disagree?' })).toBeInTheDocument();
    expect(screen.getByText('Ratings are hidden until the facilitator reveals them.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('after the reveal, shows the group radar and lists the dimensions to discuss, most disagreement first', async () => {
    const revealed = groupAssessment(
      { membership: [[2, 5], [3, 5], [4, 4]], composition: [[3, 4], [3, 4], [3, 5]], finance: [[1, 2], [3, 4], [5, 5]] },
      { participants: 3 },
    );
    const { user } = await present(revealed, 'group');
    const figure = await screen.findByRole('figure', { name: /The group’s baseline/ });
    expect(await within(figure).findByRole('img')).toBeInTheDocument();
    expect(figure.querySelector('.radar-band-area')).not.toBeNull();
    await user.keyboard('{ArrowRight}');
    const table = await screen.findByRole('table', { name: 'Dimensions to discuss, most disagreement first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['⚠ Financial model', '⚠ Membership model']);
    expect(within(rows[0] ?? table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['median 3 range 1–5', 'median 4 range 2–5']);
  });

  it('opens the first view for an unknown view', async () => {
    const a = makeAssessment();
    await present(a, 'nonsense');
    expect(await screen.findByRole('heading', { level: 1, name: 'Where does our cluster stand today?' })).toBeInTheDocument();
    expect(hash()).toBe(`#/a/${a.id}/present/describe`);
  });

  it('tells when the assessment is missing, with a way home', async () => {
    await renderApp({ route: '/a/no-such-id/present/define' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Assessment not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all assessments' })).toHaveAttribute('href', '#/');
  });
});
