import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '@/domain/report';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment, makeAssessment } from '@/lib/test-assessment';
import { buildRatingsCsv, buildRoadmapCsv, csvNumber, defaultSeparator } from './csv';
import { parseCsv } from './read-back';
import { loadReportText } from './report-text';

beforeAll(async () => {
  await initI18n('en');
});

describe('defaultSeparator and csvNumber', () => {
  it('uses ; for Polish and , for English', () => {
    expect(defaultSeparator('pl')).toBe(';');
    expect(defaultSeparator('en')).toBe(',');
  });

  it('writes a decimal comma only in Polish with ;, and never groups digits', () => {
    expect(csvNumber(3.5, 'pl', ';')).toBe('3,5');
    expect(csvNumber(3.5, 'pl', ',')).toBe('3.5');
    expect(csvNumber(3.5, 'en', ';')).toBe('3.5');
    expect(csvNumber(330000, 'pl', ';')).toBe('330000');
  });
});

describe('buildRoadmapCsv', () => {
  it('starts with a BOM, ends lines with CRLF and has a header in the chosen language', async () => {
    const csv = await buildRoadmapCsv(buildReport(exampleAssessment('pl')), await loadReportText('pl'), { separator: ';' });
    expect(csv.startsWith('\uFEFFWiersz;Cel;Wymiar;Działanie;Kamień milowy;Odpowiada;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('has one row per measure and one per milestone, each with its goal, dimension, owner and ISO date', async () => {
    const report = buildReport(exampleAssessment('en'));
    const rows = parseCsv(await buildRoadmapCsv(report, await loadReportText('en'), { separator: ',' }), ',');
    const [header, ...body] = rows;
    expect(header?.slice(0, 11)).toEqual(['Row', 'Goal', 'Dimension', 'Measure', 'Milestone', 'Owner', 'Contributors', 'Start', 'Due / date', 'Status', 'Done']);
    const measures = report.goals.flatMap((g) => g.measures);
    const milestones = measures.flatMap((m) => m.milestones);
    expect(body).toHaveLength(measures.length + milestones.length);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const goal = report.goals[0];
    const measure = goal?.measures[0];
    if (!goal || !measure) throw new Error('example has no measure');
    expect(body[0]?.slice(0, 11)).toEqual([
      'Measure', goal.statement, 'Coordinating body', measure.title, '', measure.owner, measure.contributors.join(', '), measure.start, measure.due, 'In progress', 'no',
    ]);
    expect(body[1]?.slice(0, 11)).toEqual([
      'Milestone', goal.statement, 'Coordinating body', measure.title, measure.milestones[0]?.title, measure.owner, '', '', measure.milestones[0]?.date, '', 'no',
    ]);
    expect(body.map((r) => r[8]).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? ''))).toBe(true);
  });

  it('writes amounts with a decimal comma in Polish with ;, and with a dot with ,', async () => {
    const a = exampleAssessment('pl');
    const measure = a.measures[1];
    if (!measure) throw new Error('example has no second measure');
    measure.resources.fundingAmount = 1234.5;
    const text = await loadReportText('pl');
    const funding = async (separator: ',' | ';') => {
      const rows = parseCsv(await buildRoadmapCsv(buildReport(a), text, { separator }), separator);
      const column = rows[0]?.indexOf('Finansowanie') ?? -1;
      return rows.find((r) => r[3] === measure.title && r[0] === 'Działanie')?.[column];
    };
    expect(await funding(';')).toBe('1234,5');
    expect(await funding(',')).toBe('1234.5');
  });

  it('guards formulas: a hostile title gets an apostrophe and stays in its cell', async () => {
    const a = exampleAssessment('en');
    const measure = a.measures[0];
    if (!measure) throw new Error('example has no measure');
    measure.title = '=HYPERLINK("http://evil.test","click"),;\r\nnext';
    measure.owner = ' @SUM(1+1)';
    const rows = parseCsv(await buildRoadmapCsv(buildReport(a), await loadReportText('en'), { separator: ',' }), ',');
    const row = rows.find((r) => r[0] === 'Measure' && r[3]?.includes('HYPERLINK'));
    expect(row?.[3]).toBe(`'${measure.title}`);
    expect(row?.[5]).toBe("' @SUM(1+1)");
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('has only the header when no measure is planned', async () => {
    const rows = parseCsv(await buildRoadmapCsv(buildReport(makeAssessment()), await loadReportText('en'), { separator: ',' }), ',');
    expect(rows).toHaveLength(1);
  });
});

describe('buildRatingsCsv', () => {
  it('has one row per dimension and participant with sector and notes', async () => {
    const report = buildReport(exampleAssessment('pl'));
    const rows = parseCsv(await buildRatingsCsv(report, await loadReportText('pl'), { separator: ';' }), ';');
    expect(rows[0]).toEqual([
      'Wymiar', 'Źródło', 'Uczestnik', 'Sektor', 'Punkt wyjścia', 'Poziom docelowy', 'Uwagi do punktu wyjścia', 'Uwagi do poziomu docelowego',
      'Uzgodniony punkt wyjścia', 'Uzgodniony poziom docelowy', 'Uwaga do wartości uzgodnionej', 'Jak wygląda dobry poziom',
    ]);
    expect(rows).toHaveLength(1 + 8 * 5);
    const good = report.profile[0]?.goodLooksLike ?? '';
    expect(good).not.toBe('');
    expect(rows[1]).toEqual(['Model członkostwa', 'Ocena uczestnika', 'Urząd Marszałkowski', 'Sektor publiczny', '1', '5', 'Uwaga 1', '', '', '', '', good]);
    expect(rows[5]).toEqual(['Model członkostwa', 'Ocena uczestnika', 'Anna Żak', 'Bez podanego sektora', '5', 'nie wiem', '', '', '', '', '', good]);
  });

  it('repeats the agreed value and its note on every row of the dimension', async () => {
    const a = exampleAssessment('en');
    a.dimensions.finance.agreed = { baseline: 2, ideal: 4, note: 'after the vote' };
    const rows = parseCsv(await buildRatingsCsv(buildReport(a), await loadReportText('en'), { separator: ',' }), ',');
    const finance = rows.filter((r) => r[0] === 'Financial model');
    expect(finance).toHaveLength(5);
    for (const row of finance) expect(row.slice(8, 11)).toEqual(['2', '4', 'after the vote']);
  });

  it('without participants, lists the ratings in force per dimension and says where they come from', async () => {
    const a = makeAssessment();
    a.dimensions.membership.baseline = { value: 2, note: 'from the survey' };
    a.dimensions.membership.ideal = { value: 4, note: '' };
    a.dimensions.finance.agreed = { baseline: 3, ideal: 5, note: 'agreed, after a vote' };
    a.dimensions.services.agreed = { baseline: null, ideal: 'na', note: 'not for us' };
    a.dimensions.services.baseline = { value: 1, note: 'weak' };
    a.dimensions.membership.goodLooksLike = 'Members pay fees and vote';
    const rows = parseCsv(await buildRatingsCsv(buildReport(a), await loadReportText('en'), { separator: ',' }), ',');
    expect(rows).toHaveLength(1 + 8);
    // The single ideal's note is what good looks like (the DEFINE step's text for it).
    expect(rows.find((r) => r[0] === 'Membership model')).toEqual([
      'Membership model', 'Single rating', '', '', '2', '4', 'from the survey', 'Members pay fees and vote', '', '', '', 'Members pay fees and vote',
    ]);
    expect(rows.find((r) => r[0] === 'Financial model')).toEqual([
      'Financial model', 'Agreed value', '', '', '3', '5', 'agreed, after a vote', 'agreed, after a vote', '3', '5', 'agreed, after a vote', '',
    ]);
    expect(rows.find((r) => r[0] === 'Portfolio of services')).toEqual([
      'Portfolio of services', 'Baseline: single rating; ideal: agreed value', '', '', '1', 'n/a', 'weak', 'not for us', '', 'n/a', 'not for us', '',
    ]);
  });

  it('writes a median of 3.5 as 3,5 in Polish with ; and as 3.5 in English', async () => {
    const a = makeAssessment();
    a.dimensions.membership.agreed = { baseline: null, ideal: null, note: '' };
    const report = buildReport(a);
    const [row] = report.profile;
    if (!row) throw new Error('no profile');
    row.baseline = 3.5;
    const pl = parseCsv(await buildRatingsCsv(report, await loadReportText('pl'), { separator: ';' }), ';');
    const en = parseCsv(await buildRatingsCsv(report, await loadReportText('en'), { separator: ',' }), ',');
    expect(pl[1]?.[4]).toBe('3,5');
    expect(en[1]?.[4]).toBe('3.5');
  });

  it('is stable: the same report gives the same bytes', async () => {
    const text = await loadReportText('en');
    const a = exampleAssessment('en');
    const once = await buildRatingsCsv(buildReport(a), text, { separator: ',' });
    expect(await buildRatingsCsv(buildReport(structuredClone(a)), text, { separator: ',' })).toBe(once);
  });
});
