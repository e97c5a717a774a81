import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '@locales/en/summary.json';
import pl from '@locales/pl/summary.json';
import type { Assessment, Language, Mode } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { Goal, Indicator, Measure } from '@/domain/plan';
import { newGoal, newMeasure } from '@/domain/plan';
import type { RatingValue } from '@/domain/rating';
import { initI18n } from '@/i18n/setup';
import { makeAssessment } from '@/lib/test-assessment';
import { SummaryScreen } from './summary-screen';

/** Starts i18next with the real locale files once, then switches the language; loads the namespaces the summary reads. */
async function setLanguage(language: Language): Promise<void> {
  if (i18next.isInitialized) await i18next.changeLanguage(language);
  else await initI18n(language);
  await i18next.loadNamespaces(['summary', 'workspace', 'guidance']);
}

async function renderSummary(assessment: Assessment, language: Language = 'en') {
  await setLanguage(language);
  const result = render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<p>loading</p>}>
        <SummaryScreen assessment={assessment} />
      </Suspense>
    </I18nextProvider>,
  );
  await screen.findByText(assessment.name, { selector: '.summary-name' });
  return result;
}

/** Baseline and ideal: gaps 2, 1, 3, 0, 4, 1, not comparable, 2. */
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

const indicator = (id: string, name: string, unit: string, direction: Indicator['direction'], baseline: number, target: number, source: string): Indicator => ({
  baselineInput: '',
  targetInput: '',
  id,
  name,
  unit,
  direction,
  baseline,
  target,
  source,
});

function goal(id: string, dimension: DimensionId, patch: Partial<Goal>): Goal {
  return { ...newGoal(id, dimension), ...patch };
}

function measure(id: string, goalId: string, patch: Partial<Measure>): Measure {
  const base = newMeasure(id, goalId);
  return { ...base, ...patch, resources: { ...base.resources, ...patch.resources } };
}

/** A plan filled in through all five steps: two focus dimensions, a goal each, a measure each. */
function fullPlan(mode: Mode = 'create'): Assessment {
  const a = makeAssessment({ mode });
  for (const id of DIMENSION_IDS) [a.dimensions[id].baseline.value, a.dimensions[id].ideal.value] = PROFILE[id];
  a.vision.purpose = 'Social enterprises in the region work alone and stay small.';
  a.vision.statement = 'A cluster that makes social enterprises a regular supplier of public services.';
  a.vision.experience = ['network', 'platform'];
  a.vision.successFactors = a.vision.successFactors.map((f) =>
    f.kind === 'legitimacy' ? { ...f, selected: true, note: 'Backed by the marshal’s office', check: 'partly', checkNote: 'New board' } : f,
  );
  a.decision.focus = [
    { dimension: 'finance', rationale: 'Nearly all money comes from one EU project.' },
    { dimension: 'membership', rationale: '' },
  ];
  a.decision.timeframe = { start: '2026-04-01', end: '2027-12-31' };
  a.decision.secondPhase = { dimensions: ['services'], timeframe: { start: '2028-01-01', end: '2028-12-31' } };
  a.decision.evaluationSubmode = 'next-phase';
  const share = indicator('i-share', 'Share of largest funder', '%', 'lower', 80, 40, 'Annual accounts');
  a.goals = [
    goal('g-fin', 'finance', {
      statement: 'Secure funding from three sources',
      dueDate: '2027-12-31',
      outcome: 'Members win public contracts.',
      capacity: 'The office can write grant applications.',
      indicators: [share],
      verdict: 'revise',
      monitoring: { reviewer: 'Steering group', frequency: 'quarterly', indicatorIds: ['i-share'], note: 'Re-plan after each call.' },
    }),
    goal('g-mem', 'membership', {
      statement: 'Grow the membership to 40 organisations',
      dueDate: '2027-06-30',
      indicators: [indicator('i-mem', 'Member organisations', 'organisations', 'higher', 12, 40, 'Member list')],
    }),
  ];
  a.measures = [
    measure('m-pipe', 'g-fin', {
      title: 'Set up a funding pipeline',
      owner: 'Marta Nowak',
      contributors: ['Piotr', 'Ewa'],
      start: '2026-04-01',
      due: '2026-12-31',
      status: 'in-progress',
      milestones: [
        { id: 'ms-1', title: 'First two applications submitted', due: '2026-06-30', offsetDays: null, done: false },
        { id: 'ms-2', title: 'Pipeline reviewed', due: '2026-11-15', offsetDays: null, done: true },
      ],
      resources: { time: '2 days a month', fundingAmount: 25000, fundingInput: '', currency: 'EUR', tools: '', politicalSupport: '', expertise: '' },
    }),
    measure('m-round', 'g-mem', {
      title: 'Run three partner roundtables',
      owner: 'Anna Kowalska',
      start: '2026-05-01',
      due: '2027-03-31',
      cadence: '30-60-90',
      milestones: [
        { id: 'ms-3', title: 'First roundtable', due: '', offsetDays: 30, done: false },
        { id: 'ms-4', title: 'Second roundtable', due: '', offsetDays: 60, done: false },
      ],
      resources: { time: '', fundingAmount: 1500, fundingInput: '', currency: 'zł', tools: '', politicalSupport: 'Mayor', expertise: '' },
    }),
  ];
  return a;
}

const section = (name: string) => screen.getByRole('region', { name });
const cells = (row: HTMLElement) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((c) => c.textContent);
const rowOf = (table: HTMLElement, header: string) => within(table).getByRole('rowheader', { name: header }).closest('tr') ?? expect.fail(`no row ${header}`);
const spaces = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

/** The h2 of every section (scrollable table boxes are regions too, but have no heading). */
function sectionHeadings(): (string | null)[] {
  return screen
    .getAllByRole('region')
    .map((r) => within(r).queryByRole('heading', { level: 2 })?.textContent)
    .filter((text) => text !== undefined);
}

describe('summary screen', () => {
  it('shows the name and details of the assessment, and the profile with the focus marked', async () => {
    await renderSummary(fullPlan());
    expect(screen.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
    expect(screen.getAllByText('Pomorskie cluster')[0]).toBeVisible();
    expect(screen.getByText('Create a cluster')).toBeVisible();
    expect(screen.getByText('1 March 2026')).toBeVisible();
    const table = within(section('Profile')).getByRole('table', { name: en.profile.caption });
    expect(cells(rowOf(table, 'Financial model'))).toEqual(['Financial model', '1', '5', '4', 'Focus']);
    expect(cells(rowOf(table, 'Membership model'))).toEqual(['Membership model', '2', '4', '2', 'Focus']);
    expect(cells(rowOf(table, 'Portfolio of services'))).toEqual(['Portfolio of services', '2', '3', '1', 'Second phase']);
    expect(cells(rowOf(table, 'Viable purpose'))).toEqual(['Viable purpose', 'don’t know', '4', '–', '']);
  });

  it('shows the vision, the success factors, the focus with its rationale, the timeframe and the second phase', async () => {
    await renderSummary(fullPlan());
    const vision = section('Vision and success factors');
    expect(within(vision).getByText(/regular supplier of public services/)).toBeVisible();
    expect(within(vision).getByText('As a network')).toBeVisible();
    const factors = within(vision).getByRole('table', { name: en.vision.factorsCaption });
    expect(cells(rowOf(factors, 'Legitimacy'))).toEqual(['Legitimacy', 'Backed by the marshal’s office']);
    const focus = section('Focus');
    expect(within(focus).getAllByRole('term').map((t) => t.textContent)).toEqual(['Financial model', 'Membership model']);
    expect(within(focus).getByText('Nearly all money comes from one EU project.')).toBeVisible();
    expect(within(focus).getByText(en.focus.noRationale)).toBeVisible();
    expect(within(focus).getByText('Timeframe: 1 April 2026 – 31 December 2027')).toBeVisible();
    expect(within(focus).getByText('Timeframe: 1 January 2028 – 31 December 2028')).toBeVisible();
    expect(within(focus).getByRole('listitem')).toHaveTextContent('Portfolio of services');
    expect(within(focus).queryByText(/This evaluation/)).not.toBeInTheDocument();
  });

  it('shows each goal as a sentence with its components and indicators', async () => {
    await renderSummary(fullPlan());
    const goals = section('SMART goals');
    const finance = within(goals).getByRole('article', { name: 'Goal for Financial model' });
    expect(within(finance).getByText(/^By 31 December 2027: Secure funding/)).toHaveTextContent(
      'By 31 December 2027: Secure funding from three sources. Measured by Share of largest funder from 80 to 40%.',
    );
    expect(within(finance).getByText('The office can write grant applications.')).toBeVisible();
    const indicators = within(finance).getByRole('table', { name: 'Indicators of the goal on Financial model' });
    expect(cells(rowOf(indicators, 'Share of largest funder'))).toEqual(['Share of largest funder', '%', 'Lower is better', '80', '40', 'Annual accounts']);
    const membership = within(goals).getByRole('article', { name: 'Goal for Membership model' });
    expect(within(membership).getByText(/^By 30 June 2027: Grow the membership/)).toBeVisible();
    expect(within(goals).queryByText(/Verdict/)).not.toBeInTheDocument();
  });

  it('shows the roadmap per goal with owners, dates, milestones, resources and status', async () => {
    await renderSummary(fullPlan());
    const roadmap = section('Roadmap');
    const finance = within(roadmap).getByRole('table', { name: 'Measures for the goal on Financial model' });
    expect(within(finance).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(Object.values(en.roadmap.columns));
    const pipeline = rowOf(finance, 'Set up a funding pipeline');
    expect(cells(pipeline).slice(0, 5)).toEqual(['Set up a funding pipeline', 'Marta Nowak', 'Piotr, Ewa', '1 April 2026', '31 December 2026']);
    expect(within(pipeline).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'First two applications submitted – 30 June 2026',
      'Pipeline reviewed – 15 November 2026 (reached)',
      'Time: 2 days a month',
      'Funding: €25,000',
    ]);
    expect(within(pipeline).getByText('In progress')).toBeVisible();
    const members = within(roadmap).getByRole('table', { name: 'Measures for the goal on Membership model' });
    const roundtables = rowOf(members, 'Run three partner roundtables');
    // Milestones of a 30-60-90 cadence are dated from the start
    expect(within(roundtables).getByText('First roundtable – 31 May 2026')).toBeVisible();
    expect(within(roundtables).getByText('Second roundtable – 30 June 2026')).toBeVisible();
    // "zł" is no ISO code: the amount is shown as a number with the text as given
    expect(within(roundtables).getByText('Funding: PLN 1,500')).toBeVisible();
    expect(within(roundtables).getByText('Political support: Mayor')).toBeVisible();
    expect(within(roundtables).getByText('Planned')).toBeVisible();
  });

  it('shows the monitoring routine and the timeline by quarter', async () => {
    await renderSummary(fullPlan());
    const monitoring = within(section('Monitoring')).getByRole('table', { name: en.monitoring.caption });
    expect(cells(rowOf(monitoring, 'Goal for Financial model'))).toEqual([
      'Goal for Financial model',
      'Steering group',
      'Quarterly',
      'Share of largest funder',
      'Re-plan after each call.',
    ]);
    expect(cells(rowOf(monitoring, 'Goal for Membership model'))).toEqual(['Goal for Membership model', 'not given', '–', '–', '–']);

    const timeline = within(section('Timeline')).getByRole('table', { name: en.timeline.caption });
    expect(within(timeline).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Measure', 'Dimension', 'When', 'Milestones', 'Status']);
    const pipeline = within(timeline).getByRole('rowheader', { name: /Set up a funding pipeline/ }).closest('tr') ?? expect.fail('no row');
    expect(within(pipeline).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Financial model', 'Q2 2026 – Q4 2026', '2', 'In progress']);
    const roundtables = within(timeline).getByRole('rowheader', { name: /Run three partner roundtables/ }).closest('tr') ?? expect.fail('no row');
    expect(within(roundtables).getAllByRole('cell')[0]).toHaveTextContent('Membership model');
  });

  it('adds the success factor checks, the goal verdicts and the kind of evaluation in evaluation mode', async () => {
    await renderSummary(fullPlan('evaluate'));
    expect(screen.getByText('Evaluate a cluster')).toBeVisible();
    const factors = within(section('Vision and success factors')).getByRole('table', { name: en.vision.factorsCaption });
    expect(cells(rowOf(factors, 'Legitimacy'))).toEqual(['Legitimacy', 'Backed by the marshal’s office', 'Partly', 'New board']);
    expect(within(section('Focus')).getByText('This evaluation: Set the priorities of the next phase')).toBeVisible();
    const goals = section('SMART goals');
    expect(within(goals).getByText('Verdict: Revise')).toBeVisible();
    expect(within(goals).getByText(en.goals.noVerdict)).toBeVisible();
  });

  it('says what is still missing in every section of an empty assessment', async () => {
    await renderSummary(makeAssessment({ region: '', facilitator: '' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getAllByText(en.notGiven)).toHaveLength(2);
    for (const text of [
      en.profile.empty,
      en.vision.empty,
      en.vision.noFactors,
      en.focus.empty,
      en.focus.noTimeframe,
      en.focus.noSecondPhase,
      en.goals.empty,
      en.roadmap.empty,
      en.monitoring.empty,
      en.timeline.empty,
    ]) {
      expect(screen.getByText(text)).toBeVisible();
    }
    expect(sectionHeadings()).toEqual(Object.values(en.sections));
  });

  it('speaks Polish', async () => {
    await renderSummary(fullPlan(), 'pl');
    expect(screen.getByText(pl.title)).toBeVisible();
    expect(sectionHeadings()).toEqual(Object.values(pl.sections));
    const profile = within(section('Profil')).getByRole('table', { name: pl.profile.caption });
    expect(cells(rowOf(profile, 'Model finansowy'))).toEqual(['Model finansowy', '1', '5', '4', 'Priorytet']);
    expect(within(section('Priorytety')).getByText('Ramy czasowe: 1 kwietnia 2026 – 31 grudnia 2027')).toBeVisible();
    const finance = within(section('Cele SMART')).getByRole('article', { name: 'Cel dla wymiaru: Model finansowy' });
    expect(within(finance).getByText(/^Do 31 grudnia 2027/)).toHaveTextContent('Miara: Share of largest funder z 80 do 40%.');
    const roadmap = within(section('Mapa drogowa')).getByRole('table', { name: 'Działania prowadzące do celu w wymiarze: Model finansowy' });
    const pipeline = rowOf(roadmap, 'Set up a funding pipeline');
    expect(within(pipeline).getByText('Pipeline reviewed – 15 listopada 2026 (osiągnięty)')).toBeVisible();
    expect(within(pipeline).getAllByRole('listitem').map((li) => spaces(li.textContent))).toContain('Finansowanie: 25 000 €');
    expect(within(pipeline).getByText('W toku')).toBeVisible();
    const timeline = within(section('Harmonogram')).getByRole('table', { name: pl.timeline.caption });
    expect(within(timeline).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Działanie', 'Wymiar', 'Kiedy', 'Kamienie milowe', 'Stan']);
    expect(within(timeline).getByText('II kw. 2026 – IV kw. 2026')).toBeVisible();
  });
});
