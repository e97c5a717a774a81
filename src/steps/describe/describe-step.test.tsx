import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import guidanceEn from '@locales/en/guidance.json';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { Assessment, NewAssessmentInput } from '@/domain/assessment';
import { makeAssessment } from '@/lib/test-assessment';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

/** The eight names in the method's order, as the guidance texts give them. */
const DIMENSIONS = DIMENSION_IDS.map((id) => guidanceEn.dimensions[id].name);

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

/** Stores an assessment and opens its DESCRIBE step; resolves once the guidance texts are there. */
async function openDescribe(overrides: Partial<NewAssessmentInput> = {}, edit?: (a: Assessment) => void) {
  const assessment: Assessment = { ...makeAssessment(overrides), revision: 1 };
  edit?.(assessment);
  const app = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/describe` });
  await screen.findByRole('article', { name: 'Financial model' });
  return { ...app, id: assessment.id };
}

/** The baseline, as the profile table shows it for one dimension. */
function baselineShown(dimension: string): string[] {
  const table = screen.getByRole('table', { name: 'Baseline profile' });
  const row = within(table).getByRole('row', { name: new RegExp(`^${dimension} `) });
  return within(row).getAllByRole('cell').map((cell) => cell.textContent);
}

const missingRegion = () => screen.getByRole('region', { name: 'Still open in this step' });
const stored = async (id: string) => (await getAssessment(id)) ?? expect.fail('assessment not stored');

describe('DESCRIBE step', () => {
  it('says when the workshop decides the baseline in force, and keeps private ratings private before the reveal', async () => {
    const withGroup = (revealed: boolean) => (a: Assessment) => {
      a.participants = ['p1', 'p2', 'p3'].map((id) => ({ id, label: id, sector: null, ballotCreatedAt: null }));
      a.workshop.revealed = revealed;
      a.dimensions.finance.baseline.value = 1;
      a.dimensions.finance.participantRatings = ([2, 4, 4] as const).map((value, i) => ({
        participantId: `p${String(i + 1)}`,
        baseline: { value, note: '' },
        ideal: { value: 5, note: '' },
      }));
    };
    const before = await openDescribe({}, withGroup(false));
    const card = () => screen.getByRole('article', { name: 'Financial model' });
    expect(within(card()).getByText(/3 participants rate this privately/)).toBeVisible();
    expect(baselineShown('Financial model')).toEqual(['1']);
    before.unmount();

    await openDescribe({}, withGroup(true));
    expect(within(card()).getByText('In force: 4, the median of 3 participants’ ratings. The rating above is kept but not used.')).toBeVisible();
    expect(baselineShown('Financial model')).toEqual(['4']);
  });

  it('shows a baseline rating in the profile table, stores it, and clears it again', async () => {
    const { user, id } = await openDescribe();
    const card = screen.getByRole('article', { name: 'Financial model' });
    expect(baselineShown('Financial model')).toEqual(['–']);
    expect(within(card).queryByRole('button', { name: 'Clear rating' })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('radio', { name: '3 – medium' }));

    expect(within(card).getByRole('radio', { name: '3 – medium' })).toBeChecked();
    expect(baselineShown('Financial model')).toEqual(['3']);
    expect(baselineShown('Membership model')).toEqual(['–']);
    await vi.waitFor(async () => {
      expect((await stored(id)).dimensions.finance.baseline.value).toBe(3);
    });

    await user.click(within(card).getByRole('button', { name: 'Clear rating' }));

    expect(within(card).getByRole('radio', { name: '3 – medium' })).not.toBeChecked();
    expect(within(card).queryByRole('button', { name: 'Clear rating' })).not.toBeInTheDocument();
    expect(baselineShown('Financial model')).toEqual(['–']);
    await vi.waitFor(async () => {
      expect((await stored(id)).dimensions.finance.baseline.value).toBeNull();
    });
  }, 15_000);

  it('lists a described resource in the resource map', async () => {
    const { user, id } = await openDescribe();
    expect(screen.getByText('No resource described yet.')).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'People and skills' }), 'Two coordinators');

    const entry = screen.getByText('Two coordinators', { ignore: 'textarea' });
    expect(entry).toBeVisible();
    expect(entry).toHaveRole('definition');
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toContain('People and skills');
    expect(screen.queryByText('No resource described yet.')).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await stored(id)).resources.internal.people).toBe('Two coordinators');
    });
  }, 15_000);

  it('names what is still open until every dimension is rated and both kinds of resource are described', async () => {
    const { user } = await openDescribe();
    const items = () => within(missingRegion()).getAllByRole('listitem').map((li) => li.textContent);
    expect(items()).toEqual([
      ...DIMENSIONS.map((d) => `Baseline rating: ${d}`),
      'At least one internal and one external resource described',
    ]);

    for (const dimension of DIMENSIONS.slice(0, -1)) {
      await user.click(within(screen.getByRole('article', { name: dimension })).getByRole('radio', { name: '3 – medium' }));
    }
    expect(items()).toEqual(['Baseline rating: Collaboration among stakeholders', 'At least one internal and one external resource described']);

    const last = screen.getByRole('article', { name: 'Collaboration among stakeholders' });
    await user.click(within(last).getByRole('radio', { name: 'Don’t know' }));
    const people = screen.getByRole('textbox', { name: 'People and skills' });
    const ecosystem = screen.getByRole('textbox', { name: 'Ecosystem activities' });
    // An internal resource alone is not enough, nor an external one alone
    await user.type(people, 'Ann');
    expect(items()).toEqual(['At least one internal and one external resource described']);
    await user.clear(people);
    await user.type(ecosystem, 'Hub');
    expect(items()).toEqual(['At least one internal and one external resource described']);

    await user.type(people, 'Ann');

    expect(within(missingRegion()).queryByRole('list')).not.toBeInTheDocument();
    expect(within(missingRegion()).getByText('Nothing is missing in this step.')).toBeVisible();
    const stepper = screen.getByRole('navigation', { name: 'Steps of the method' });
    expect(within(stepper).getByRole('link', { name: /Describe/ })).toHaveTextContent('complete');
  }, 15_000);

  it('in evaluation mode asks for the maturity snapshot and leaves out the guidance on building the core', async () => {
    const { user, id } = await openDescribe({ mode: 'evaluate' });
    expect(screen.getByRole('heading', { level: 3, name: 'Maturity snapshot' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Baseline: where the cluster stands today' })).not.toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Financial model' });
    for (const field of ['Strengths', 'Gaps', 'Constraints']) {
      expect(within(card).getByRole('textbox', { name: field })).toBeVisible();
    }
    expect(screen.queryByText('Guidance on building the core')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Building the core' })).not.toBeInTheDocument();
    const snapshotItem = 'Strengths, gaps or constraints noted for at least one dimension';
    expect(within(missingRegion()).getByText(snapshotItem)).toBeVisible();
    expect(within(missingRegion()).queryByText('At least one internal and one external resource described')).not.toBeInTheDocument();

    await user.type(within(card).getByRole('textbox', { name: 'Constraints' }), 'Grants end');

    expect(within(missingRegion()).queryByText(snapshotItem)).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await stored(id)).dimensions.finance.constraints).toBe('Grants end');
    });
  }, 15_000);

  it('in creation mode offers the guidance on building the core and no snapshot fields', async () => {
    const { user } = await openDescribe({ mode: 'create' });
    expect(screen.getByRole('heading', { level: 3, name: 'Baseline: where the cluster stands today' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Maturity snapshot' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Financial model' })).queryByRole('textbox', { name: 'Strengths' })).not.toBeInTheDocument();
    const heading = screen.getByRole('heading', { level: 3, name: 'Building the core' });
    expect(heading).not.toBeVisible();

    await user.click(screen.getByText('Guidance on building the core'));

    expect(heading).toBeVisible();
    expect(screen.getByText('Governance model')).toBeVisible();
  });
});
