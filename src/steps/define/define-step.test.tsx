import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import guidanceEn from '@locales/en/guidance.json';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { Assessment, Mode } from '@/domain/assessment';
import { makeAssessment } from '@/lib/test-assessment';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

/** Stores an assessment (financial baseline 2) and opens its DEFINE step once the guidance texts are there. */
async function openDefine(mode: Mode = 'create') {
  const assessment: Assessment = { ...makeAssessment({ mode }), revision: 1 };
  assessment.dimensions.finance.baseline.value = 2;
  const app = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/define` });
  await screen.findByRole('article', { name: 'Financial model' });
  expect(screen.getByRole('heading', { level: 2, name: 'Define the vision and success factors' })).toBeVisible();
  return { ...app, id: assessment.id };
}

const stored = async (id: string) => (await getAssessment(id)) ?? expect.fail('assessment not stored');
const missing = () =>
  within(screen.getByRole('region', { name: 'Still open in this step' }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
const IDEAL_ITEMS = DIMENSION_IDS.map((id) => guidanceEn.dimensions[id].name).map((d) => `Ideal rating: ${d}`);

describe('DEFINE step', () => {
  it('stores purpose, vision statement and how the cluster should be experienced; the missing list follows', async () => {
    const { user, id } = await openDefine();
    expect(missing()).toEqual(['The problem the cluster helps solve', 'The vision statement', 'At least one non-negotiable success factor', ...IDEAL_ITEMS]);

    await user.type(screen.getByRole('textbox', { name: 'Which problem is the cluster here to solve?' }), 'Youth leave');
    expect(missing()).not.toContain('The problem the cluster helps solve');
    const statement = screen.getByRole('textbox', { name: 'Vision statement' });
    expect(statement).toHaveAccessibleDescription(/A few sentences the whole group can stand behind/);
    await user.type(statement, 'Stay and work');
    await user.click(screen.getByRole('checkbox', { name: 'As a network' }));

    expect(screen.getByRole('checkbox', { name: 'As a network' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'As a platform' })).not.toBeChecked();
    expect(missing()).toEqual(['At least one non-negotiable success factor', ...IDEAL_ITEMS]);
    await vi.waitFor(async () => {
      expect((await stored(id)).vision).toMatchObject({
        purpose: 'Youth leave',
        statement: 'Stay and work',
        experience: ['network'],
      });
    });
  }, 15_000);

  it('asks what a ticked success factor means, and lets the group add, name and remove its own', async () => {
    const { user, id } = await openDefine();
    expect(screen.queryByRole('textbox', { name: 'What Legitimacy means here' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Non-negotiable: Legitimacy' }));
    await user.type(screen.getByRole('textbox', { name: 'What Legitimacy means here' }), 'City signs');

    expect(missing()).not.toContain('At least one non-negotiable success factor');
    // Creation mode does not ask whether the factor is still shared
    expect(screen.queryByRole('group', { name: 'Is “Legitimacy” still shared and current?' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add own success factor' }));
    await user.type(screen.getByRole('textbox', { name: 'Own success factor' }), 'Local roots');

    expect(screen.getByRole('textbox', { name: 'What Local roots means here' })).toBeVisible();
    await vi.waitFor(async () => {
      const factors = (await stored(id)).vision.successFactors;
      expect(factors.map((f) => [f.kind, f.label, f.selected])).toEqual([
        ['legitimacy', '', true],
        ['governance', '', false],
        ['resilience', '', false],
        ['inclusion', '', false],
        ['custom', 'Local roots', true],
      ]);
      expect(factors[0]?.note).toBe('City signs');
    });

    await user.click(screen.getByRole('button', { name: 'Remove Local roots' }));

    expect(screen.queryByRole('textbox', { name: 'Own success factor' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'What Local roots means here' })).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await stored(id)).vision.successFactors.map((f) => f.kind)).toEqual(['legitimacy', 'governance', 'resilience', 'inclusion']);
    });
  }, 15_000);

  it('shows an ideal rating in the profile with the gap to the baseline, and stores it', async () => {
    const { user, id } = await openDefine();
    const table = screen.getByRole('table', { name: 'Ideal profile: where the cluster wants to be' });
    const finance = () => within(within(table).getByRole('row', { name: /^Financial model / })).getAllByRole('cell').map((c) => c.textContent);
    expect(finance()).toEqual(['2', '–', '–']);

    const card = screen.getByRole('article', { name: 'Financial model' });
    await user.click(within(card).getByRole('radio', { name: '4 – rather high' }));

    expect(finance()).toEqual(['2', '4', '2']);
    expect(missing()).not.toContain('Ideal rating: Financial model');
    expect(missing()).toContain('Ideal rating: Membership model');
    await vi.waitFor(async () => {
      expect((await stored(id)).dimensions.finance.ideal.value).toBe(4);
    });

    await user.click(within(card).getByRole('radio', { name: 'Not applicable' }));
    expect(finance()).toEqual(['2', 'n/a', '–']);
    expect(missing()).not.toContain('Ideal rating: Financial model');
  });

  it('in evaluation mode asks whether each chosen success factor is still shared, and stores the answer', async () => {
    const { user, id } = await openDefine('evaluate');
    expect(screen.getByText(/Check whether the stakeholders still share the vision/)).toBeVisible();
    expect(screen.queryByText('Guidance on building the core')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Is “Inclusion” still shared and current?' })).not.toBeInTheDocument();
    const checkItem = 'Yes, partly or no for every chosen success factor';
    expect(missing()).toContain(checkItem);

    await user.click(screen.getByRole('checkbox', { name: 'Non-negotiable: Inclusion' }));

    const group = screen.getByRole('group', { name: 'Is “Inclusion” still shared and current?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    for (const answer of ['Yes', 'Partly', 'No']) expect(within(group).getByRole('radio', { name: answer })).not.toBeChecked();
    expect(missing()).toContain(checkItem);

    await user.click(within(group).getByRole('radio', { name: 'Partly' }));
    await user.type(within(group).getByRole('textbox', { name: 'Note on Inclusion' }), 'Rural gaps');

    expect(within(group).getByRole('radio', { name: 'Partly' })).toBeChecked();
    expect(missing()).not.toContain(checkItem);
    await vi.waitFor(async () => {
      const inclusion = (await stored(id)).vision.successFactors.find((f) => f.kind === 'inclusion');
      expect(inclusion).toMatchObject({ selected: true, check: 'partly', checkNote: 'Rural gaps' });
    });
  }, 15_000);
});
