import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Language, Mode } from '@/domain/assessment';
import type { Measure } from '@/domain/plan';
import { newGoal, newMeasure } from '@/domain/plan';
import { makeAssessment } from '@/lib/test-assessment';
import { useEditorStore } from '@/state/editor-store';
import { getAssessment } from '@/storage/repository';
import { renderApp, resetApp } from '../../../tests/setup/render-app';

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

const TITLE = { en: 'Draft the roadmap', pl: 'Opracuj mapę drogową' };

type Options = { mode?: Mode; language?: Language; withGoal?: boolean; measures?: Partial<Measure>[] };

/** Stores an assessment with one finance goal (and the given measures) and opens its DRAFT step. */
async function openDraft({ mode = 'create', language = 'en', withGoal = true, measures = [] }: Options = {}) {
  const assessment: Assessment = { ...makeAssessment({ mode, language }), revision: 1 };
  if (withGoal) {
    const goal = { ...newGoal('goal-1', 'finance'), statement: 'Reach 40 members', dueDate: '2027-06-30' };
    goal.indicators = [{ id: 'ind-1', name: 'Members', unit: '', direction: 'higher', baseline: 12, target: 40, baselineInput: '', targetInput: '', source: '' }];
    assessment.goals = [goal];
    assessment.decision.focus = [{ dimension: 'finance', rationale: '' }];
    assessment.measures = measures.map((m, i) => ({ ...newMeasure(`measure-${String(i + 1)}`, goal.id), ...m }));
  }
  const app = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/draft`, language });
  await screen.findByRole('heading', { level: 2, name: TITLE[language] });
  return { ...app, id: assessment.id };
}

const measureCard = (name: string | RegExp = /^Measure 1: /) => screen.getByRole('article', { name });
/** The plan checks' warnings of a measure card; none when the card shows no "Check" region. */
const warnings = (card = measureCard()) => {
  const region = within(card).queryByRole('region', { name: 'Check' });
  return region ? within(region).getAllByRole('listitem').map((li) => li.textContent) : [];
};
/** The "on <date>" lines of the proposed milestones, in order. */
const milestoneDates = (card = measureCard(), prefix = 'on ') => within(card).queryAllByText(new RegExp(`^${prefix}`)).map((p) => p.textContent);
const stored = async (id: string) => {
  await useEditorStore.getState().flush();
  return (await getAssessment(id)) ?? expect.fail('assessment not stored');
};

describe('DRAFT step', () => {
  it('without goals says to write them first', async () => {
    await openDraft({ withGoal: false });
    expect(screen.getByText('Write the goals in step GOALS first; each goal gets its measures here.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add measure' })).not.toBeInTheDocument();
  });

  it('adds a measure and warns that nobody owns it and it has no milestone', async () => {
    const { user, id } = await openDraft();
    const plan = screen.getByRole('region', { name: 'Goal for Financial model' });
    expect(within(plan).getByText('By 30 June 2027: Reach 40 members. Measured by Members from 12 to 40.')).toBeVisible();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText('The timeline appears once measures have start and due dates.')).toBeVisible();

    await user.click(within(plan).getByRole('button', { name: 'Add measure' }));

    const card = measureCard('Measure 1: Untitled measure');
    expect(warnings(card)).toEqual(['Nobody owns this measure yet.', 'Add at least one milestone, so progress can be seen.', 'Set the start and due dates.']);
    expect(screen.getByText('A measure with an owner for the goal on Financial model')).toBeVisible();

    await user.type(within(card).getByRole('textbox', { name: 'Owner (one person or organisation)' }), 'Ann');

    expect(warnings(card)).not.toContain('Nobody owns this measure yet.');
    expect(screen.queryByText('A measure with an owner for the goal on Financial model')).not.toBeInTheDocument();
    expect((await stored(id)).measures).toMatchObject([{ goalId: 'goal-1', owner: 'Ann', status: 'planned' }]);
  }, 15_000);

  it('warns about an abstract title but not about a concrete one', async () => {
    const { user } = await openDraft({ measures: [{}] });
    const title = within(measureCard()).getByRole('textbox', { name: 'What will be done' });
    const abstract = /^“build capacity” is too abstract to be ticked off\./;
    await user.type(title, 'Build capacity');
    expect(warnings().filter((w) => abstract.test(w))).toHaveLength(1);
    expect(measureCard('Measure 1: Build capacity')).toBeVisible();

    await user.clear(title);
    await user.type(title, 'Run 3 roundtables');

    expect(measureCard('Measure 1: Run 3 roundtables')).toBeVisible();
    expect(warnings().filter((w) => w.includes('too abstract'))).toEqual([]);
  }, 15_000);

  it('proposes milestones at 30, 60 and 90 days once the start is set', async () => {
    const { user } = await openDraft({ measures: [{}] });
    await user.click(within(measureCard()).getByRole('radio', { name: 'At 30, 60 and 90 days' }));
    expect(within(measureCard()).getAllByText('set the start date')).toHaveLength(3);
    expect(within(measureCard()).queryByRole('button', { name: 'Add milestone' })).not.toBeInTheDocument();
    expect(warnings()).not.toContain('Add at least one milestone, so progress can be seen.');

    await user.type(within(measureCard()).getByLabelText('Start'), '2026-05-01');

    expect(milestoneDates()).toEqual(['on 31 May 2026', 'on 30 June 2026', 'on 30 July 2026']);
    expect(within(measureCard()).getByRole('textbox', { name: 'Milestone 3: what is done by then' })).toBeVisible();
  }, 15_000);

  it('proposes a milestone every quarter between start and due', async () => {
    const { user } = await openDraft({ measures: [{ start: '2026-05-01', due: '2027-01-31' }] });
    await user.click(within(measureCard()).getByRole('radio', { name: 'Every 3 months from the start' }));
    expect(milestoneDates()).toEqual(['on 1 August 2026', 'on 1 November 2026']);

    const due = within(measureCard()).getByLabelText('Due');
    await user.clear(due);
    await user.type(due, '2027-02-15');

    expect(milestoneDates()).toEqual(['on 1 August 2026', 'on 1 November 2026', 'on 1 February 2027']);
  }, 15_000);

  it('proposes the ends of calendar quarters between start and due, and says which quarterly it is', async () => {
    const { user } = await openDraft({ measures: [{ start: '2026-05-01', due: '2027-01-31' }] });
    await user.click(within(measureCard()).getByRole('radio', { name: 'At the ends of calendar quarters (31 March, 30 June…)' }));
    expect(milestoneDates()).toEqual(['on 30 June 2026', 'on 30 September 2026', 'on 31 December 2026']);
    expect(within(measureCard()).getByRole('radio', { name: 'Every 3 months from the start' })).not.toBeChecked();
  }, 15_000);

  it('flags a milestone by date without a date, and one after the measure’s due date, until they are fixed', async () => {
    const { user } = await openDraft({ measures: [{ start: '2026-05-01', due: '2026-12-31' }] });
    const card = measureCard();
    await user.click(within(card).getByRole('button', { name: 'Add milestone' }));
    expect(warnings(card)).toContain('Milestone 1 has no date yet: set one, or it is left out of the calendar file.');

    await user.type(within(card).getByLabelText('Date of milestone 1'), '2027-01-01');
    expect(warnings(card)).not.toContain('Milestone 1 has no date yet: set one, or it is left out of the calendar file.');
    expect(warnings(card)).toContain('Milestone 1 falls after the measure’s due date.');

    const date = within(card).getByLabelText('Date of milestone 1');
    await user.clear(date);
    await user.type(date, '2026-12-31');
    expect(warnings(card)).not.toContain('Milestone 1 falls after the measure’s due date.');
  }, 15_000);

  it('adds and removes milestones by date', async () => {
    const { user, id } = await openDraft({ measures: [{}] });
    const card = measureCard();
    expect(within(card).getByRole('radio', { name: 'By date' })).toBeChecked();
    await user.click(within(card).getByRole('button', { name: 'Add milestone' }));
    await user.click(within(card).getByRole('button', { name: 'Add milestone' }));
    await user.type(within(card).getByRole('textbox', { name: 'Milestone 1: what is done by then' }), 'Kickoff');
    await user.type(within(card).getByRole('textbox', { name: 'Milestone 2: what is done by then' }), 'Report');
    await user.type(within(card).getByLabelText('Date of milestone 2'), '2026-09-30');
    expect(warnings(card)).not.toContain('Add at least one milestone, so progress can be seen.');

    await user.click(within(card).getByRole('button', { name: 'Remove milestone 1' }));

    expect(within(card).getByRole('textbox', { name: 'Milestone 1: what is done by then' })).toHaveValue('Report');
    expect(within(card).getByLabelText('Date of milestone 1')).toHaveValue('2026-09-30');
    expect(within(card).queryByRole('textbox', { name: 'Milestone 2: what is done by then' })).not.toBeInTheDocument();
    expect((await stored(id)).measures[0]?.milestones).toMatchObject([{ title: 'Report', due: '2026-09-30', done: false }]);
  }, 15_000);

  it('asks why a measure was dropped', async () => {
    const { user, id } = await openDraft({ measures: [{}] });
    const card = measureCard();
    expect(within(card).queryByRole('textbox', { name: 'Why it was dropped' })).not.toBeInTheDocument();

    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'Dropped');
    await user.type(within(card).getByRole('textbox', { name: 'Why it was dropped' }), 'No funds');

    expect((await stored(id)).measures[0]).toMatchObject({ status: 'dropped', dropReason: 'No funds' });
  });

  it('stores the funding amount and currency of a measure', async () => {
    const { user, id } = await openDraft({ measures: [{}] });
    const card = measureCard();
    const funding = within(card).getByRole('textbox', { name: 'Funding' });
    expect(funding).not.toBeVisible();
    await user.click(within(card).getByText('Resources needed'));
    expect(funding).toBeVisible();

    await user.type(funding, '2500');
    const currency = within(card).getByRole('textbox', { name: 'Currency' });
    expect(currency).toHaveValue('EUR');
    await user.clear(currency);
    await user.type(currency, 'pln');

    expect(currency).toHaveValue('PLN');
    expect((await stored(id)).measures[0]?.resources).toMatchObject({ fundingAmount: 2500, fundingInput: '', currency: 'PLN' });
  });

  it.each([
    ['45 000,50', 45000.5, 'PLN', '= 45 000,50 zł'],
    ['12 000', 12000, 'PLN', '= 12 000 zł'],
    ['45000 zł', 45000, 'PLN', '= 45 000 zł'],
    ['45\u00a0000,50', 45000.5, 'PLN', '= 45 000,50 zł'],
    ['€45 000', 45000, 'EUR', '= 45 000 €'],
  ])('reads the funding “%s” typed in Polish as %d %s and says so beside the field', async (typed, amount, currency, understood) => {
    const { user, id } = await openDraft({ language: 'pl', measures: [{ resources: { ...newMeasure('x', 'goal-1', 'PLN').resources } }] });
    const card = measureCard(/^Działanie 1/);
    await user.click(within(card).getByText('Potrzebne zasoby'));
    const funding = within(card).getByRole('textbox', { name: 'Finansowanie' });
    await user.type(funding, typed);
    expect(within(card).getByText(understood)).toBeVisible();
    expect((await stored(id)).measures[0]?.resources).toMatchObject({ fundingAmount: amount, fundingInput: '', currency });
  });

  it('keeps an unreadable amount as typed, says what is wrong, lists it as missing, and still has it after a reload', async () => {
    const first = await openDraft({ measures: [{ title: 'Pilot', owner: 'Ana' }] });
    const card = measureCard();
    await first.user.click(within(card).getByText('Resources needed'));
    const funding = within(card).getByRole('textbox', { name: 'Funding' });
    await first.user.type(funding, 'about 20k');
    await first.user.tab();
    expect(funding).toHaveAttribute('aria-invalid', 'true');
    expect(within(card).getByRole('alert')).toHaveTextContent('“about 20k” is not a number.');
    const saved = await stored(first.id);
    expect(saved.measures[0]?.resources).toMatchObject({ fundingAmount: null, fundingInput: 'about 20k' });
    expect(screen.getByRole('region', { name: 'Still open in this step' })).toHaveTextContent('Financial model, measure “Pilot”: the funding “about 20k” is not an amount yet');

    resetApp();
    await renderApp({ seed: [saved], route: `/a/${first.id}/draft` });
    await screen.findByRole('heading', { level: 2, name: TITLE.en });
    const again = within(measureCard()).getByRole('textbox', { name: 'Funding' });
    expect(again).toHaveValue('about 20k');
    expect(again).toHaveAttribute('aria-invalid', 'true');
    expect(within(measureCard()).getByRole('alert')).toHaveTextContent('“about 20k” is not a number.');
  });

  it('gives a new funding line the currency last used in the assessment, else the language’s own', async () => {
    const { user, id } = await openDraft({ language: 'pl' });
    await user.click(screen.getByRole('button', { name: /^Dodaj działanie/ }));
    expect((await stored(id)).measures[0]?.resources.currency).toBe('PLN');
    resetApp();
    const english = await openDraft({ measures: [{ resources: { ...newMeasure('x', 'goal-1', 'SEK').resources, fundingAmount: 900 } }] });
    await english.user.click(screen.getByRole('button', { name: /^Add measure/ }));
    expect((await stored(english.id)).measures.map((m) => m.resources.currency)).toEqual(['SEK', 'SEK']);
  });

  it('stores the monitoring routine of a goal', async () => {
    const { user, id } = await openDraft();
    const monitoring = screen.getByRole('group', { name: 'Monitoring of this goal' });
    await user.type(within(monitoring).getByRole('textbox', { name: 'Who reviews progress' }), 'Board');
    await user.selectOptions(within(monitoring).getByRole('combobox', { name: 'How often' }), 'Quarterly');
    const indicators = within(monitoring).getByRole('group', { name: 'Indicators reviewed' });
    await user.click(within(indicators).getByRole('checkbox', { name: 'Members' }));

    expect(within(indicators).getByRole('checkbox', { name: 'Members' })).toBeChecked();
    expect((await stored(id)).goals[0]?.monitoring).toEqual({ reviewer: 'Board', frequency: 'quarterly', indicatorIds: ['ind-1'], note: '' });
  });

  it('shows the dated measures by quarter in the timeline, each with its real status and its milestones reached or not', async () => {
    const milestones = [
      { id: 'ms-1', title: 'Kickoff', due: '2026-06-15', offsetDays: null, done: true },
      { id: 'ms-2', title: 'Report', due: '2026-11-15', offsetDays: null, done: false },
    ];
    await openDraft({
      measures: [
        { title: 'Run 3 roundtables', start: '2026-05-01', due: '2026-11-30', milestones, status: 'in-progress' },
        { title: 'Adopt charter', start: '2026-07-01', due: '2026-09-30', status: 'blocked' },
        { title: 'Old pilot', start: '2026-04-01', due: '2026-05-31', status: 'dropped' },
        { title: 'Undated' },
      ],
    });
    const table = screen.getByRole('table', { name: 'Timeline by quarter' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Measure', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    const row = (name: RegExp) => within(within(table).getByRole('rowheader', { name }).closest('tr') ?? expect.fail('no row')).getAllByRole('cell').map((c) => c.textContent);
    expect(row(/^Run 3 roundtables/)).toEqual(['In progress◆ 1 milestone, 1 reached', 'In progress', 'In progress◇ 1 milestone, 0 reached']);
    expect(row(/^Adopt charter/)).toEqual(['', 'Blocked', '']);
    expect(row(/^Old pilot/)).toEqual(['Dropped', '', '']);
    expect(within(table).queryByRole('rowheader', { name: /^Undated/ })).not.toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legend of the timeline' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Planned',
      'In progress',
      'Done',
      'Blocked',
      'Dropped',
      '◆ all milestones of the quarter reached',
      '◇ a milestone of the quarter not reached yet',
    ]);
    expect(screen.queryByText('The timeline appears once measures have start and due dates.')).not.toBeInTheDocument();
  });

  it('writes quarters with Roman numerals in Polish', async () => {
    await openDraft({ language: 'pl', measures: [{ title: 'Okrągłe stoły', start: '2026-11-01', due: '2027-02-28' }] });
    const table = screen.getByRole('table', { name: 'Harmonogram według kwartałów' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Działanie', 'IV\u00a0kw. 2026', 'I\u00a0kw. 2027']);
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Zaplanowane', 'Zaplanowane']);
  });

  it('in evaluation mode asks whether each measure is concrete, resourced and owned', async () => {
    await openDraft({ mode: 'evaluate' });
    expect(screen.getByText(/^For each measure ask: is it concrete, does it have the resources it needs/)).toBeVisible();
  });

  it('in creation mode leaves the review prompt out', async () => {
    await openDraft();
    expect(screen.queryByText(/^For each measure ask:/)).not.toBeInTheDocument();
  });

  it('shows the 30/60/90-day milestones with Polish dates', async () => {
    const { user } = await openDraft({ language: 'pl', measures: [{ start: '2026-05-01' }] });
    const card = measureCard(/^Działanie 1: /);
    await user.click(within(card).getByRole('radio', { name: 'Po 30, 60 i 90 dniach' }));
    // Intl's medium pl-PL date in this environment: "31 maja 2026", "30 czerwca 2026", "30 lipca 2026"
    expect(milestoneDates(card, 'dnia ')).toEqual(['dnia 31 maja 2026', 'dnia 30 czerwca 2026', 'dnia 30 lipca 2026']);
  });
});

describe('a measure from an idea', () => {
  it('comes from the goal’s dimension, appears as a new measure with the idea’s texts and milestones, is edited like any other and stored with the idea', async () => {
    const { user, id } = await openDraft();
    const plan = screen.getByRole('region', { name: 'Goal for Financial model' });
    await user.click(await within(plan).findByRole('button', { name: 'Add a measure from an idea' }));
    const panel = await within(plan).findByRole('region', { name: 'Ideas for measures on Financial model' });
    expect(within(panel).getByRole('combobox', { name: 'Dimension' })).toHaveDisplayValue('Financial model');
    expect(within(panel).queryByRole('button', { name: /^Use as goal/ })).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Add as measure: Create a funding pipeline' }));

    expect(within(plan).queryByRole('region', { name: 'Ideas for measures on Financial model' })).not.toBeInTheDocument();
    const card = measureCard('Measure 1: Create a funding pipeline');
    expect(await within(card).findByText('From the idea library: Create a funding pipeline')).toBeVisible();
    const title = within(card).getByRole('textbox', { name: 'What will be done' });
    expect(title).toHaveFocus();
    expect(within(card).getByRole('textbox', { name: 'Description' })).toHaveValue(
      'List the EU, national and regional programmes, foundations and sponsors that fit the cluster, with eligibility, deadlines and a person responsible; go through the list every month.',
    );
    expect(within(card).getByRole('radio', { name: 'At 30, 60 and 90 days' })).toBeChecked();
    expect(within(card).getByRole('textbox', { name: 'Milestone 1: what is done by then' })).toHaveValue('List of 20 possible funders ready');
    expect(screen.getByText('The measure “Create a funding pipeline” was added. Adapt it, then name an owner and set the dates.')).toBeVisible();
    // Still to do: an owner and dates, like any measure
    expect(warnings(card)).toEqual(['Nobody owns this measure yet.', 'Set the start and due dates.']);

    await user.clear(title);
    await user.type(title, 'Create a funding pipeline with 5 foundations');
    await user.type(within(card).getByRole('textbox', { name: 'Owner (one person or organisation)' }), 'Ann');
    await user.type(within(card).getByLabelText('Start'), '2026-05-01');

    const edited = measureCard('Measure 1: Create a funding pipeline with 5 foundations');
    expect(within(edited).getByText('From the idea library: Create a funding pipeline')).toBeVisible();
    expect(within(edited).getByText('on 31 May 2026')).toBeVisible();
    const saved = (await stored(id)).measures;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      goalId: 'goal-1',
      ideaId: 'finance-measure-funding-pipeline',
      title: 'Create a funding pipeline with 5 foundations',
      owner: 'Ann',
      start: '2026-05-01',
      cadence: '30-60-90',
      status: 'planned',
    });
    expect(saved[0]?.milestones.map((m) => m.title)).toEqual(['List of 20 possible funders ready', 'Eligibility and deadlines checked', 'First three applications or offers started']);
  }, 30_000);

  it('keeps the suggested quarterly milestones until a start date places them', async () => {
    const { user, id } = await openDraft({ language: 'pl' });
    const plan = screen.getByRole('region', { name: 'Cel dla wymiaru: Model finansowy' });
    await user.click(await within(plan).findByRole('button', { name: 'Skorzystaj z pomysłu na działanie' }));
    await user.click(await within(plan).findByRole('button', { name: 'Dodaj jako działanie: Co kwartał raportować przychody według źródeł' }));
    const card = measureCard(/^Działanie 1: /);
    await user.type(within(card).getByLabelText('Termin'), '2027-01-31');
    expect((await stored(id)).measures[0]?.milestones.map((m) => m.title)).toEqual([
      'Raport za I kwartał',
      'Raport za II kwartał',
      'Raport za III kwartał',
      'Raport za IV kwartał z podsumowaniem roku',
    ]);
    await user.type(within(card).getByLabelText('Początek'), '2026-01-01');
    const saved = (await stored(id)).measures[0];
    expect(saved?.milestones.map((m) => [m.title, m.offsetDays])).toEqual([
      ['Raport za I kwartał', 90],
      ['Raport za II kwartał', 181],
      ['Raport za III kwartał', 273],
      ['Raport za IV kwartał z podsumowaniem roku', 365],
    ]);
  }, 30_000);
});
