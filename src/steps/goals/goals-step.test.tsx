import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assessment, Language, Mode } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { newGoal, newMeasure } from '@/domain/plan';
import { makeAssessment } from '@/lib/test-assessment';
import { useEditorStore } from '@/state/editor-store';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

const TITLE = { en: 'Set one SMART goal per focus dimension', pl: 'Wyznacz jeden cel SMART dla każdego wymiaru priorytetowego' };

type Options = { mode?: Mode; language?: Language; focus?: readonly DimensionId[] };

/** Stores an assessment with the given focus and a 2026–2027 timeframe, and opens its GOALS step. */
async function openGoals({ mode = 'create', language = 'en', focus = ['finance'] }: Options = {}) {
  const assessment: Assessment = { ...makeAssessment({ mode, language }), revision: 1 };
  assessment.decision.focus = focus.map((dimension) => ({ dimension, rationale: 'Grants end' }));
  assessment.decision.timeframe = { start: '2026-01-01', end: '2027-12-31' };
  const app = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/goals`, language });
  await screen.findByRole('heading', { level: 2, name: TITLE[language] });
  return { ...app, id: assessment.id };
}

const card = () => screen.getByRole('article', { name: 'Goal for Financial model' });
/** The SMART check's findings as the user reads them, letter first. */
const findings = () =>
  within(within(card()).getByRole('region', { name: 'SMART check' }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
const stored = async (id: string) => {
  await useEditorStore.getState().flush();
  return (await getAssessment(id)) ?? expect.fail('assessment not stored');
};

describe('GOALS step', () => {
  it('without focus dimensions says to choose them in DECIDE first', async () => {
    await openGoals({ focus: [] });
    expect(screen.getByText('Choose the focus dimensions in step DECIDE first; each of them gets one goal here.')).toBeVisible();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText('At least one focus dimension (step DECIDE)')).toBeVisible();
  });

  it('gives each focus dimension a goal card whose SMART check lists what is missing', async () => {
    await openGoals();
    expect(screen.getByText('The plan runs from 1 January 2026 to 31 December 2027.')).toBeVisible();
    expect(within(card()).getByText('No goal written yet.')).toBeVisible();
    expect(findings()).toEqual([
      'S Write the goal statement.',
      'M Add at least one indicator.',
      'A Who delivers this goal, and with which resources? Write it under “Resources and commitments that make it achievable”, or write there why the group judged the goal achievable.',
      'R Link the goal to a success factor or say how it serves the vision.',
      'T Set a due date.',
    ]);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    // The verdict on an existing goal belongs to evaluation mode only
    expect(screen.queryByRole('group', { name: 'Verdict on this existing goal' })).not.toBeInTheDocument();
  });

  it('flags a vague statement that has no number', async () => {
    const { user } = await openGoals();
    await user.type(within(card()).getByRole('textbox', { name: 'Goal statement' }), 'Improve funding');

    expect(findings()).toContain('S “Improve” points a direction but does not say how far: add a number or describe the end state.');
    expect(findings()).not.toContain('S Write the goal statement.');
    expect(within(card()).getByText('Improve funding (no due date yet).')).toBeVisible();
  }, 15_000);

  it('flags a vague Polish word in the Polish interface', async () => {
    const { user } = await openGoals({ language: 'pl' });
    const polishCard = screen.getByRole('article', { name: 'Cel dla wymiaru: Model finansowy' });
    await user.type(within(polishCard).getByRole('textbox', { name: 'Treść celu' }), 'Wzmocnienie finansów');

    const items = within(within(polishCard).getByRole('region', { name: 'Sprawdzenie SMART' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain('S „Wzmocnienie” wskazuje kierunek, ale nie mówi, o\u00a0ile – dodajcie liczbę albo opiszcie stan końcowy.');
    expect(items).not.toContain('S Zapiszcie treść celu.');
  }, 20_000);

  it.each([
    ['pl', '2 450', '2.450', 2450, '= 2450'],
    ['en', '2,450', '2450.0', 2450, '= 2,450'],
  ] as const)('reads indicator values the way people write them in %s (%s and %s are 2 450) and the check finds them', async (language, baseline, target, value, understood) => {
    const { user, id } = await openGoals({ language });
    const goal = screen.getByRole('article', { name: language === 'pl' ? /Model finansowy/ : 'Goal for Financial model' });
    await user.click(within(goal).getByRole('button', { name: language === 'pl' ? 'Dodaj wskaźnik' : 'Add indicator' }));
    const indicator = within(goal).getByRole('group', { name: language === 'pl' ? 'Wskaźnik 1' : 'Indicator 1' });
    await user.type(within(indicator).getByRole('textbox', { name: language === 'pl' ? 'Wartość wyjściowa' : 'Baseline value' }), baseline);
    await user.type(within(indicator).getByRole('textbox', { name: language === 'pl' ? 'Wartość docelowa' : 'Target value' }), target);
    expect(within(indicator).getAllByText(understood)).toHaveLength(2);
    const stored1 = (await stored(id)).goals[0]?.indicators[0];
    expect(stored1).toMatchObject({ baseline: value, baselineInput: '', target: value, targetInput: '' });
    const text = within(goal).getByRole('region', { name: language === 'pl' ? /SMART/ : 'SMART check' }).textContent;
    expect(text).not.toMatch(language === 'pl' ? /wartości wyjściowej i docelowej/ : /needs both a baseline and a target/);
  });

  it('judges the target against the baseline in the direction the indicator says is better', async () => {
    const { user } = await openGoals();
    await user.click(within(card()).getByRole('button', { name: 'Add indicator' }));
    const indicator = within(card()).getByRole('group', { name: 'Indicator 1' });
    expect(findings()).toContain('M Indicator 1 needs both a baseline and a target value.');

    await user.selectOptions(within(indicator).getByRole('combobox', { name: 'Which way is better?' }), 'Lower is better');
    await user.type(within(indicator).getByRole('textbox', { name: 'Baseline value' }), '80');
    const target = within(indicator).getByRole('textbox', { name: 'Target value' });
    await user.type(target, '50');

    const notBetter = 'M Indicator 1: the target is not better than the baseline in the chosen direction.';
    expect(findings().filter((f) => f.startsWith('M '))).toEqual([]);

    await user.clear(target);
    await user.type(target, '90');

    expect(findings()).toContain(notBetter);
  }, 15_000);

  it('flags a due date outside the plan’s timeframe', async () => {
    const { user } = await openGoals();
    const due = within(card()).getByLabelText('Due date');
    const outside = 'T The due date lies outside the plan’s timeframe.';
    await user.type(due, '2028-06-30');
    expect(findings()).toContain(outside);
    expect(findings()).not.toContain('T Set a due date.');

    await user.clear(due);
    await user.type(due, '2027-06-30');
    expect(findings()).not.toContain(outside);
    expect(findings().filter((f) => f.startsWith('T '))).toEqual([]);
  }, 15_000);

  it('passes every check once all parts are filled, reads as one sentence, and is stored', async () => {
    const { user, id } = await openGoals();
    const goal = card();
    await user.type(within(goal).getByRole('textbox', { name: 'Goal statement' }), 'Reach 40 members');
    await user.click(within(goal).getByRole('button', { name: 'Add indicator' }));
    const indicator = within(goal).getByRole('group', { name: 'Indicator 1' });
    await user.type(within(indicator).getByRole('textbox', { name: 'Name' }), 'Members');
    await user.type(within(indicator).getByRole('textbox', { name: 'Baseline value' }), '12');
    await user.type(within(indicator).getByRole('textbox', { name: 'Target value' }), '40');
    await user.selectOptions(within(goal).getByRole('combobox', { name: 'Success factor it serves' }), 'The vision as a whole');
    await user.type(within(goal).getByLabelText('Due date'), '2027-06-30');
    const check = within(goal).getByRole('region', { name: 'SMART check' });
    expect(within(check).getByText(/^Who delivers this goal/)).toBeVisible();
    await user.type(within(goal).getByRole('textbox', { name: 'Resources and commitments that make it achievable' }), 'The coordinator recruits; ROPS pays her.');

    expect(within(check).getByText('This goal passes every SMART check.')).toBeVisible();
    expect(within(check).queryByRole('list')).not.toBeInTheDocument();
    expect(within(goal).getByText('By 30 June 2027: Reach 40 members. Measured by Members from 12 to 40.')).toBeVisible();
    expect(screen.getByText('Nothing is missing in this step.')).toBeVisible();

    const saved = (await stored(id)).goals;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      dimension: 'finance',
      statement: 'Reach 40 members',
      dueDate: '2027-06-30',
      successFactorId: 'vision',
      indicators: [{ name: 'Members', direction: 'higher', baseline: 12, target: 40 }],
    });
  }, 30_000);

  it('in evaluation mode asks to keep, revise or replace the goal and stores the choice', async () => {
    const { user, id } = await openGoals({ mode: 'evaluate' });
    const verdict = within(card()).getByRole('group', { name: 'Verdict on this existing goal' });
    expect(within(verdict).getAllByRole('radio')).toHaveLength(3);
    for (const name of ['Keep', 'Revise', 'Replace with a new goal']) {
      expect(within(verdict).getByRole('radio', { name })).not.toBeChecked();
    }

    await user.click(within(verdict).getByRole('radio', { name: 'Revise' }));

    expect(within(verdict).getByRole('radio', { name: 'Revise' })).toBeChecked();
    expect(within(verdict).getByRole('radio', { name: 'Keep' })).not.toBeChecked();
    await vi.waitFor(async () => {
      expect((await stored(id)).goals.map((g) => [g.dimension, g.verdict])).toEqual([['finance', 'revise']]);
    });
  });
});

describe('goals of dimensions taken out of focus', () => {
  it('are kept apart, and deleted only on request together with their measures', async () => {
    // Given a goal with a measure for coordination, which is no longer in focus
    const assessment: Assessment = { ...makeAssessment(), revision: 1 };
    assessment.decision.focus = [{ dimension: 'finance', rationale: '' }];
    assessment.goals = [{ ...newGoal('g-old', 'coordination'), statement: 'Hire 2 coordinators' }];
    assessment.measures = [{ ...newMeasure('m-old', 'g-old'), title: 'Write the job offer' }];
    const { user } = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/goals` });
    const aside = await screen.findByRole('region', { name: 'Goals set aside' });
    expect(within(aside).getByText('Hire 2 coordinators (no due date yet).')).toBeVisible();
    expect(screen.queryByRole('article', { name: 'Goal for Coordinating body' })).not.toBeInTheDocument();
    // When the group deletes it
    await user.click(within(aside).getByRole('button', { name: 'Delete the goal for Coordinating body and its measures' }));
    // Then the goal and its measure are gone from storage
    expect(screen.queryByRole('region', { name: 'Goals set aside' })).not.toBeInTheDocument();
    const saved = await stored(assessment.id);
    expect(saved.goals).toEqual([]);
    expect(saved.measures).toEqual([]);
  });
});

describe('indicator values', () => {
  it('follow a change that arrives from elsewhere (another tab, the other version of a conflict)', async () => {
    const assessment: Assessment = { ...makeAssessment(), revision: 1 };
    assessment.decision.focus = [{ dimension: 'finance', rationale: '' }];
    assessment.goals = [
      {
        ...newGoal('g1', 'finance'),
        indicators: [{ id: 'i1', name: 'Share', unit: '%', direction: 'lower', baseline: 80, target: 50, baselineInput: '', targetInput: '', source: '' }],
      },
    ];
    await renderApp({ seed: [assessment], route: `/a/${assessment.id}/goals` });
    const baseline = await screen.findByLabelText('Baseline value');
    expect(baseline).toHaveValue('80');
    // When the stored goal changes under the open form
    act(() => {
      useEditorStore.setState((s) =>
        s.assessment
          ? { assessment: { ...s.assessment, goals: s.assessment.goals.map((g) => ({ ...g, indicators: g.indicators.map((i) => ({ ...i, baseline: 70 })) })) } }
          : {},
      );
    });
    // Then the field shows the new value
    expect(baseline).toHaveValue('70');
  });
});

describe('removing an indicator', () => {
  it('also takes it out of the goal’s monitoring routine', async () => {
    const assessment: Assessment = { ...makeAssessment(), revision: 1 };
    assessment.decision.focus = [{ dimension: 'finance', rationale: '' }];
    const goal = newGoal('g1', 'finance');
    goal.indicators = [{ id: 'i1', name: 'Share', unit: '%', direction: 'lower', baseline: 80, target: 50, baselineInput: '', targetInput: '', source: '' }];
    goal.monitoring = { ...goal.monitoring, indicatorIds: ['i1'] };
    assessment.goals = [goal];
    const { user } = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/goals` });
    await user.click(await screen.findByRole('button', { name: 'Remove indicator 1' }));
    const saved = await stored(assessment.id);
    expect(saved.goals[0]?.indicators).toEqual([]);
    expect(saved.goals[0]?.monitoring.indicatorIds).toEqual([]);
  });
});

describe('starting a goal from an idea', () => {
  const PANEL = 'Ideas for the goal on Financial model';

  it('fills the goal from the chosen idea, says where it came from, stays editable and is stored with the idea', async () => {
    const { user, id } = await openGoals();
    await user.click(await within(card()).findByRole('button', { name: 'Start from an idea' }));
    const panel = await within(card()).findByRole('region', { name: PANEL });
    // Preset to this dimension and to the assessment's mode
    expect(within(panel).getByRole('combobox', { name: 'Dimension' })).toHaveDisplayValue('Financial model');
    expect(within(panel).getByRole('combobox', { name: 'Useful when' })).toHaveDisplayValue('creating a cluster');

    await user.click(within(panel).getByRole('button', { name: 'Use as goal: No funding source above 40%' }));

    expect(within(card()).queryByRole('region', { name: PANEL })).not.toBeInTheDocument();
    const statement = within(card()).getByRole('textbox', { name: 'Goal statement' });
    expect(statement).toHaveValue('Bring the share of the largest single funding source down to 40% of the yearly budget or less.');
    expect(statement).toHaveFocus();
    expect(await within(card()).findByText('From the idea library: No funding source above 40%')).toBeVisible();
    expect(within(card()).getByText('(Pomeranian cluster model, § Risks: financial)')).toBeVisible();
    expect(screen.getByText('The idea “No funding source above 40%” is now the goal for Financial model. Adapt it to your region.')).toBeVisible();
    // The suggested indicator comes along, ready for the group's figures
    const indicator = within(card()).getByRole('group', { name: 'Indicator 1' });
    expect(within(indicator).getByRole('textbox', { name: 'Name' })).toHaveValue('Share of the budget from the largest single source');
    expect(within(indicator).getByRole('textbox', { name: 'Unit' })).toHaveValue('%');
    expect(within(indicator).getByRole('combobox', { name: 'Which way is better?' })).toHaveDisplayValue('Lower is better');

    // The group adapts it like any goal
    await user.clear(statement);
    await user.type(statement, 'Cut the largest source to 45% of the budget');
    await user.type(within(indicator).getByRole('textbox', { name: 'Baseline value' }), '80');
    await user.type(within(indicator).getByRole('textbox', { name: 'Target value' }), '45');

    expect(within(card()).getByText('From the idea library: No funding source above 40%')).toBeVisible();
    const saved = (await stored(id)).goals;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      dimension: 'finance',
      ideaId: 'finance-goal-cap-single-source',
      statement: 'Cut the largest source to 45% of the budget',
      indicators: [{ name: 'Share of the budget from the largest single source', unit: '%', direction: 'lower', baseline: 80, target: 45 }],
    });
  }, 30_000);

  it('asks before replacing a statement already written, and keeps the group’s indicators either way', async () => {
    const assessment: Assessment = { ...makeAssessment(), revision: 1 };
    assessment.decision.focus = [{ dimension: 'finance', rationale: '' }];
    const goal = { ...newGoal('g1', 'finance'), statement: 'Our own goal', dueDate: '2027-06-30' };
    goal.indicators = [{ id: 'i1', name: 'Reserve', unit: 'EUR', direction: 'higher' as const, baseline: 0, target: 10000, baselineInput: '', targetInput: '', source: '' }];
    assessment.goals = [goal];
    const { user } = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/goals` });
    await user.click(await within(await screen.findByRole('article', { name: 'Goal for Financial model' })).findByRole('button', { name: 'Start from an idea' }));
    const panel = await within(card()).findByRole('region', { name: PANEL });
    const useReserve = within(panel).getByRole('button', { name: 'Use as goal: An operating reserve' });
    const statement = within(card()).getByRole('textbox', { name: 'Goal statement' });

    // Keep: nothing changes, the question goes away, focus returns to the idea
    await user.click(useReserve);
    const question = within(panel).getByRole('alert');
    expect(question).toHaveTextContent('This goal already has a statement. Replace it with the idea “An operating reserve”?');
    expect(within(question).getByRole('button', { name: 'Replace the statement' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep my goal' }));
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(useReserve).toHaveFocus();
    expect(statement).toHaveValue('Our own goal');

    // Replace: the statement changes, the indicator and date the group entered stay
    await user.click(useReserve);
    await user.click(within(panel).getByRole('button', { name: 'Replace the statement' }));
    expect(statement).toHaveValue('Build a reserve that covers [number] months of fixed costs.');
    expect(await within(card()).findByText('Replace the parts in square brackets with your own figures.')).toBeVisible();
    expect(within(card()).getByRole('textbox', { name: 'Name' })).toHaveValue('Reserve');
    expect(within(card()).getByLabelText('Due date')).toHaveValue('2027-06-30');

    // Once the placeholder is filled in, the reminder goes
    await user.clear(statement);
    await user.type(statement, 'Build a reserve that covers 3 months of fixed costs.');
    expect(within(card()).queryByText('Replace the parts in square brackets with your own figures.')).not.toBeInTheDocument();
    const saved = (await stored(assessment.id)).goals[0];
    expect(saved).toMatchObject({ id: 'g1', ideaId: 'finance-goal-reserve', dueDate: '2027-06-30', indicators: [{ id: 'i1', name: 'Reserve' }] });
  }, 30_000);

  it('closes the ideas with Escape and gives focus back to the button', async () => {
    const { user } = await openGoals({ mode: 'evaluate' });
    const open = await within(card()).findByRole('button', { name: 'Start from an idea' });
    await user.click(open);
    const panel = await within(card()).findByRole('region', { name: PANEL });
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(within(panel).getByRole('combobox', { name: 'Useful when' })).toHaveDisplayValue('evaluating a cluster');
    await user.keyboard('{Escape}');
    expect(within(card()).queryByRole('region', { name: PANEL })).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(open).toHaveAttribute('aria-expanded', 'false');
  }, 15_000);
});
