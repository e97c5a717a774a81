import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assessment, Language, Mode } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { RatingValue } from '@/domain/rating';
import { makeAssessment } from '@/lib/test-assessment';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

/** Baseline and ideal per dimension: gaps 2, 1, 3, 0, 4, 1, not comparable, 2. */
const PROFILE: Record<DimensionId, [RatingValue, RatingValue]> = {
  membership: [2, 4],
  composition: [3, 4],
  operations: [1, 4],
  coordination: [3, 3],
  finance: [1, 5],
  services: [2, 3],
  purpose: ['unknown', 4],
  collaboration: [2, 4],
};

type Options = { mode?: Mode; language?: Language; focus?: readonly DimensionId[]; edit?: (a: Assessment) => void };

/** Stores the rated assessment and opens its DECIDE step once the guidance texts are there. */
async function openDecide({ mode = 'create', language = 'en', focus = [], edit }: Options = {}) {
  const assessment: Assessment = { ...makeAssessment({ mode, language }), revision: 1 };
  for (const id of DIMENSION_IDS) {
    [assessment.dimensions[id].baseline.value, assessment.dimensions[id].ideal.value] = PROFILE[id];
  }
  assessment.decision.focus = focus.map((dimension) => ({ dimension, rationale: '' }));
  edit?.(assessment);
  const app = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/decide`, language });
  const table = await screen.findByRole('table', { name: language === 'en' ? 'Baseline, ideal and gap' : 'Punkt wyjścia, poziom docelowy i luka' });
  return { ...app, id: assessment.id, table };
}

const stored = async (id: string) => (await getAssessment(id)) ?? expect.fail('assessment not stored');
/** Each row as the user reads it: dimension, baseline, ideal, gap. */
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').slice(0, 3).map((c) => c.textContent)]);
const rowOrder = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((h) => h.textContent);

/** Three participants rated the financial model's baseline 2, 3 and 5 (median 3). */
function withWorkshop(a: Assessment): void {
  a.participants = ['p1', 'p2', 'p3'].map((id) => ({ id, label: id, sector: null, ballotCreatedAt: null }));
  a.dimensions.finance.participantRatings = ([2, 3, 5] as const).map((value, i) => ({
    participantId: `p${String(i + 1)}`,
    baseline: { value, note: '' },
    ideal: { value: 5, note: '' },
  }));
}

describe('DECIDE step', () => {
  it('uses the workshop only once revealed: the median, then the agreed value with the median beside it', async () => {
    const hidden = await openDecide({ edit: withWorkshop });
    expect(rows(hidden.table)[4]).toEqual(['Financial model', '1', '5', '4']);
    hidden.unmount();

    const revealed = await openDecide({ edit: (a) => { withWorkshop(a); a.workshop.revealed = true; } });
    expect(rows(revealed.table)[4]).toEqual(['Financial model', '3 (group median)', '5 (group median)', '2']);
    revealed.unmount();

    const agreed = await openDecide({
      edit: (a) => {
        withWorkshop(a);
        a.workshop.revealed = true;
        a.dimensions.finance.agreed = { baseline: 2, ideal: null, note: 'after the discussion' };
      },
    });
    expect(rows(agreed.table)[4]).toEqual(['Financial model', '2 (agreed; median 3)', '5 (group median)', '3']);
  });

  it('compares baseline and ideal per dimension, and lists what cannot be compared', async () => {
    const { table } = await openDecide();
    expect(rows(table)).toEqual([
      ['Membership model', '2', '4', '2'],
      ['Cross-sectoral composition', '3', '4', '1'],
      ['Ownership and operational model', '1', '4', '3'],
      ['Coordinating body', '3', '3', '0'],
      ['Financial model', '1', '5', '4'],
      ['Portfolio of services', '2', '3', '1'],
      ['Viable purpose', 'don’t know', '4', '–'],
      ['Collaboration among stakeholders', '2', '4', '2'],
    ]);
    expect(screen.getByText('Not compared (not rated, not applicable or don’t know): Viable purpose')).toBeVisible();
    // The evaluation sub-modes belong to evaluation mode only
    expect(screen.queryByRole('group', { name: 'What does the group do in this evaluation?' })).not.toBeInTheDocument();
  });

  it('sorts the rows by the largest gap, with what cannot be compared last', async () => {
    const { user, table } = await openDecide();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Largest gap first');
    expect(rowOrder(table)).toEqual([
      'Financial model',
      'Ownership and operational model',
      'Membership model',
      'Collaboration among stakeholders',
      'Cross-sectoral composition',
      'Portfolio of services',
      'Coordinating body',
      'Viable purpose',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Order of the method');
    expect(rowOrder(table)[0]).toBe('Membership model');
  });

  it('changes the suggestion when a dimension is tagged as a bottleneck', async () => {
    const { user, id } = await openDecide();
    expect(screen.getByText('Suggested: Financial model, Ownership and operational model, Membership model')).toBeVisible();
    expect(screen.getByText('Same score as the last suggestion, left out by the tie-break: Collaboration among stakeholders')).toBeVisible();
    expect(screen.getByText('Collaboration among stakeholders: score 2')).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: 'Bottleneck: Collaboration among stakeholders' }));

    expect(screen.getByText('Suggested: Financial model, Ownership and operational model, Collaboration among stakeholders')).toBeVisible();
    expect(screen.getByText('Collaboration among stakeholders: score 3')).toBeVisible();
    expect(screen.queryByText(/left out by the tie-break/)).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await stored(id)).dimensions.collaboration.tags).toEqual({ bottleneck: true, leverage: false, feasible: false });
    });
  });

  it('takes over the suggestion as three focus dimensions, each with a rationale, and advises when the count is not three', async () => {
    const { user, id } = await openDecide();
    const accept = screen.getByRole('button', { name: 'Use this suggestion' });
    expect(screen.getByText(/^No focus dimension chosen yet\./)).toBeVisible();

    await user.click(accept);

    for (const name of ['Financial model', 'Ownership and operational model', 'Membership model']) {
      expect(screen.getByRole('checkbox', { name: `Focus on ${name}` })).toBeChecked();
      expect(screen.getByRole('textbox', { name: `Why ${name}?` })).toBeVisible();
    }
    expect(screen.getByRole('checkbox', { name: 'Focus on Collaboration among stakeholders' })).not.toBeChecked();
    expect(screen.getAllByRole('textbox', { name: /^Why / })).toHaveLength(3);
    expect(accept).toBeDisabled();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await stored(id)).decision.focus.map((f) => f.dimension)).toEqual(['finance', 'operations', 'membership']);
    });

    await user.click(screen.getByRole('checkbox', { name: 'Focus on Portfolio of services' }));
    expect(screen.getByRole('note')).toHaveTextContent(/^4 focus dimensions chosen\. The method advises about three/);
    expect(accept).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: 'Focus on Portfolio of services' }));
    await user.click(screen.getByRole('checkbox', { name: 'Focus on Membership model' }));
    expect(screen.getByRole('note')).toHaveTextContent(/^2 focus dimensions chosen\./);
    expect(screen.queryByRole('textbox', { name: 'Why Membership model?' })).not.toBeInTheDocument();
  });

  it.each([
    [1, 'Wybrano 1 wymiar priorytetowy.'],
    [2, 'Wybrano 2 wymiary priorytetowe.'],
    [5, 'Wybrano 5 wymiarów priorytetowych.'],
  ])('advises about three with the Polish plural form for %i focus dimensions', async (count, text) => {
    await openDecide({ language: 'pl', focus: DIMENSION_IDS.slice(0, count) });
    expect(screen.getByRole('note')).toHaveTextContent(new RegExp(`^${text} Metoda zaleca około trzech`));
  });

  it('says so when the end date is before the start date', async () => {
    const { user, id } = await openDecide();
    const [timeframe] = screen.getAllByRole('group', { name: 'Timeframe' });
    if (!timeframe) throw new Error('no timeframe');
    const end = within(timeframe).getByLabelText('End');
    const timeframeItem = 'The timeframe: a start date and an end date after it';
    await user.type(within(timeframe).getByLabelText('Start'), '2026-06-01');
    await user.type(end, '2026-03-01');

    const error = 'The end date is before the start date.';
    expect(screen.getByText(error)).toBeVisible();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(error);
    expect(within(screen.getByRole('region', { name: 'Still open in this step' })).getByText(timeframeItem)).toBeVisible();

    await user.clear(end);
    await user.type(end, '2026-12-31');

    expect(screen.queryByText(error)).not.toBeInTheDocument();
    expect(end).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(timeframeItem)).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await stored(id)).decision.timeframe).toEqual({ start: '2026-06-01', end: '2026-12-31' });
    });
  });

  it('in evaluation mode asks whether the group reviews priorities or sets the next phase', async () => {
    const { user, id } = await openDecide({ mode: 'evaluate' });
    const group = screen.getByRole('group', { name: 'What does the group do in this evaluation?' });
    const review = within(group).getByRole('radio', { name: 'Review the existing priorities' });
    const next = within(group).getByRole('radio', { name: 'Set the priorities of the next phase' });
    const prompt = /^Ask of each current priority: was it well chosen/;
    expect(review).not.toBeChecked();
    expect(next).not.toBeChecked();
    expect(screen.queryByText(prompt)).not.toBeInTheDocument();

    await user.click(review);

    expect(review).toBeChecked();
    expect(within(group).getByText(prompt)).toBeVisible();
    await vi.waitFor(async () => {
      expect((await stored(id)).decision.evaluationSubmode).toBe('review');
    });

    await user.click(next);
    expect(screen.queryByText(prompt)).not.toBeInTheDocument();
  });
});
