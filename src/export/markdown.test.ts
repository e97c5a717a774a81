import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '@/domain/report';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment, makeAssessment } from '@/lib/test-assessment';
import { buildMarkdown } from './markdown';
import { foreignMarkup, renderMarkdown, squash } from './read-back';
import { loadReportText } from './report-text';

beforeAll(async () => {
  await initI18n('en');
});

const texts = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector)).map((e) => squash(e.textContent));

describe('buildMarkdown', () => {
  it('renders the worked example: title, sections in order, goals, measures and their owners', async () => {
    const a = exampleAssessment('en');
    const report = buildReport(a);
    const doc = renderMarkdown(buildMarkdown(report, await loadReportText('en')));
    expect(texts(doc, 'h1')).toEqual([a.name]);
    expect(texts(doc, 'h2')).toEqual([
      'Resource map',
      'Profile of the eight dimensions',
      'The dimensions in the group’s words',
      'Workshop',
      'Vision',
      'Focus dimensions',
      'SMART goals',
      'Roadmap',
      'Timeline',
      'Monitoring',
    ]);
    const levels = Array.from(doc.querySelectorAll('h1, h2, h3, h4')).map((h) => Number(h.tagName[1]));
    expect(levels.every((level, i) => i === 0 || level <= (levels[i - 1] ?? 1) + 1)).toBe(true);
    const body = squash(doc.body.textContent);
    for (const g of report.goals) expect(body).toContain(squash(g.statement));
    const measures = report.goals.flatMap((g) => g.measures);
    expect(texts(doc, 'h4')).toEqual(expect.arrayContaining(measures.map((m) => squash(m.title))));
    for (const m of measures) expect(texts(doc, 'li')).toContain(`Owner: ${squash(m.owner)}`);
    expect(body).toContain(squash(a.vision.statement));
    expect(foreignMarkup(doc)).toEqual([]);
  });

  it('does not put the due date in front of a goal statement that names it', async () => {
    const a = exampleAssessment('en');
    const goal = a.goals[0];
    if (!goal) throw new Error('example has no goal');
    goal.statement = 'By 31 December 2027, 6 impact partnerships signed.';
    goal.dueDate = '2027-12-31';
    const markdown = buildMarkdown(buildReport(a), await loadReportText('en'));
    expect(markdown).toContain('By 31 December 2027, 6 impact partnerships signed.');
    expect(markdown.match(/31 December 2027/g)?.length).toBe(1);
  });

  it('shows the profile as a table of eight dimensions with values in force, agreed values, gap and focus', async () => {
    const a = exampleAssessment('en');
    a.dimensions.finance.agreed = { baseline: 2, ideal: 'na', note: 'Agreed after | the debate' };
    const doc = renderMarkdown(buildMarkdown(buildReport(a), await loadReportText('en')));
    const table = doc.querySelector('table');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(8);
    const finance = Array.from(table?.querySelectorAll('tbody tr') ?? []).find((tr) => tr.textContent.includes('Financial model'));
    expect(Array.from(finance?.querySelectorAll('td') ?? []).map((td) => td.textContent)).toEqual(['Financial model', '2', 'n/a', '2 / n/a', '–', 'yes']);
    expect(texts(doc, 'li')).toContain('Financial model: Agreed after | the debate');
  });

  it('writes medians and indicator values with a decimal comma in Polish', async () => {
    const report = buildReport(exampleAssessment('pl'));
    const [first] = report.profile;
    if (!first) throw new Error('no profile');
    first.baseline = 3.5;
    first.gap = 1.5;
    const indicator = report.goals[0]?.indicators[0];
    if (!indicator) throw new Error('no indicator');
    indicator.baseline = 0.5;
    indicator.target = 2.5;
    const doc = renderMarkdown(buildMarkdown(report, await loadReportText('pl')));
    expect(texts(doc, 'tbody tr')[0]).toBe('Model członkostwa 3,5 5 – 1,5');
    expect(texts(doc, 'td')).toContain('0,5 → 2,5');
    expect(texts(doc, 'h2')).toContain('Cele SMART');
  });

  it('lists milestones with their dates and whether they are reached', async () => {
    const a = exampleAssessment('en');
    const [measure] = a.measures;
    const [milestone] = measure?.milestones ?? [];
    if (!measure || !milestone) throw new Error('example has no milestone');
    milestone.done = true;
    const md = buildMarkdown(buildReport(a), await loadReportText('en'));
    const doc = renderMarkdown(md);
    expect(texts(doc, 'li li').some((li) => li.endsWith(`1 May 2026: ${milestone.title} (reached)`))).toBe(true);
    // A ticked box for a reached milestone, an empty one (and "not reached yet", never "open") for the others
    expect(md).toContain(`  - [x] 1 May 2026: ${milestone.title} (reached)`);
    expect(md).toMatch(/^ {2}- \[ \] .+ \(not reached yet\)$/m);
    expect(md).not.toMatch(/\(open\)$/m);
  });

  it('keeps hostile texts as plain text: no element or event handler from the user survives', async () => {
    const a = exampleAssessment('en');
    const hostile = {
      name: '<script>alert(1)</script> Cluster',
      statement: '<img src=x onerror=alert(1)> & **bold** [x](javascript:alert(1))',
      title: '<iframe src="javascript:alert(1)"></iframe>\n# not a heading',
      owner: '<a href="http://evil.test" onclick="alert(1)">Anna</a> | ` | ',
      indicator: '<svg onload=alert(1)>|\n| --- |',
      rationale: '<details open ontoggle=alert(1)>\n\n    code?\n> quote',
    };
    a.name = hostile.name;
    const goal = a.goals.find((g) => g.dimension === a.decision.focus[0]?.dimension);
    const measure = a.measures.find((m) => m.goalId === goal?.id);
    const focus = a.decision.focus[0];
    if (!goal || !measure || !focus || !goal.indicators[0]) throw new Error('example incomplete');
    goal.statement = hostile.statement;
    goal.indicators[0].name = hostile.indicator;
    measure.title = hostile.title;
    measure.owner = hostile.owner;
    focus.rationale = hostile.rationale;
    const doc = renderMarkdown(buildMarkdown(buildReport(a), await loadReportText('en')));
    expect(foreignMarkup(doc)).toEqual([]);
    expect(doc.querySelectorAll('a, pre, code, blockquote, hr')).toHaveLength(0);
    expect(texts(doc, 'h1')).toEqual([hostile.name]);
    const body = squash(doc.body.textContent);
    for (const value of Object.values(hostile)) expect(body).toContain(squash(value));
    expect(texts(doc, 'h4')).toContain(squash(hostile.title));
    expect(texts(doc, 'li')).toContain(`Owner: ${squash(hostile.owner)}`);
    const indicatorTable = Array.from(doc.querySelectorAll('table')).find((t) => t.querySelector('th')?.textContent === 'Indicator');
    expect(indicatorTable?.querySelectorAll('tbody tr')).toHaveLength(goal.indicators.length);
    expect(indicatorTable?.querySelector('tbody td')?.textContent).toBe(squash(hostile.indicator));
  });

  it('gives a new assessment its title and details only: sections with nothing entered are left out', async () => {
    const doc = renderMarkdown(buildMarkdown(buildReport(makeAssessment({ name: '' })), await loadReportText('en')));
    expect(texts(doc, 'h1')).toEqual(['(no title)']);
    expect(texts(doc, 'h2')).toEqual([]);
    expect(texts(doc, 'li')).toEqual(['Region: Pomorskie', 'Mode: Create a cluster', 'Facilitator: Anna', 'Date of the session: 1 March 2026']);
    expect(doc.querySelectorAll('table')).toHaveLength(0);
  });

  it('shows a section once something is entered in it', async () => {
    const a = makeAssessment();
    a.dimensions.finance.baseline = { value: 2, note: '' };
    a.resources.external.funding = 'ESF+ call in 2026';
    const doc = renderMarkdown(buildMarkdown(buildReport(a), await loadReportText('en')));
    expect(texts(doc, 'h2')).toEqual(['Resource map', 'Profile of the eight dimensions']);
    expect(texts(doc, 'li')).toContain('Funding landscape: ESF+ call in 2026');
  });

  it('is stable: the same report gives the same text', async () => {
    const text = await loadReportText('pl');
    const a = exampleAssessment('pl');
    expect(buildMarkdown(buildReport(a), text)).toBe(buildMarkdown(buildReport(structuredClone(a)), text));
  });
});
