/**
 * Property tests: hostile texts (any Unicode, quotes, line breaks, separators, formulas, HTML) put into
 * the plan never break the structure of a file, come back as typed (as far as the format allows),
 * and the same plan always gives the same bytes.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { buildReport } from '@/domain/report';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment } from '@/lib/test-assessment';
import { buildRatingsCsv, buildRoadmapCsv } from './csv';
import { guardCell } from './csv-guard';
import { buildCalendar } from './ics';
import { calendarText } from './ics-lines';
import { buildMarkdown } from './markdown';
import { foreignMarkup, parseCalendar, parseCsv, renderMarkdown, squash } from './read-back';
import type { ReportText } from './report-text';
import { loadReportText } from './report-text';

const RUNS = 60;
/** Sixty whole documents take a few seconds on a busy machine. */
const TIMEOUT = 60_000;

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)">',
  '[x](javascript:alert(1))',
  '![x](http://x.test/a.png)',
  '{{title}}',
  '$t(export:csv.kinds.measure)',
  '&lt;b&gt;',
  '| --- |',
  '# ',
  '- ',
  '1. ',
  '> ',
  '```',
  '    ',
  '\\',
  '"',
  "'",
  ';',
  ',',
  '|',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '@',
  '+',
  '-',
  '=',
  'Żółć gęślą jaźń',
  '😀👩‍👩‍👧',
];

/** A text made of hostile pieces and random Unicode. */
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const texts = fc.record({
  name: hostileText,
  statement: hostileText,
  indicator: hostileText,
  measure: hostileText,
  owner: hostileText,
  milestone: hostileText,
  participant: hostileText,
});
type Texts = typeof texts extends fc.Arbitrary<infer T> ? T : never;

/** The worked example with the hostile texts in the first goal, its indicator, measure and milestone, and the first participant. */
function hostileAssessment(t: Texts): Assessment {
  const a = exampleAssessment('en');
  a.name = t.name;
  const goal = a.goals.find((g) => g.dimension === a.decision.focus[0]?.dimension);
  const measure = a.measures.find((m) => m.goalId === goal?.id);
  const [indicator] = goal?.indicators ?? [];
  const [milestone] = measure?.milestones ?? [];
  const [participant] = a.participants;
  if (!goal || !measure || !indicator || !milestone || !participant) throw new Error('example incomplete');
  goal.statement = t.statement;
  indicator.name = t.indicator;
  measure.title = t.measure;
  measure.owner = t.owner;
  milestone.title = t.milestone;
  participant.label = t.participant;
  return a;
}

let en: ReportText;

beforeAll(async () => {
  await initI18n('en');
  en = await loadReportText('en');
});

/** What a reader of the rendered Markdown sees of a text (the renderer replaces NUL). */
const asShown = (s: string) => squash(s.replace(/\0/g, '\uFFFD'));
const filled = (s: string) => s.trim() !== '';

describe('text formats with hostile texts', () => {
  it('Markdown keeps its structure, runs nothing, and shows every text', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const report = buildReport(hostileAssessment(t));
        const markdown = buildMarkdown(report, en);
        expect(buildMarkdown(report, en)).toBe(markdown);
        const doc = renderMarkdown(markdown);
        expect(foreignMarkup(doc)).toEqual([]);
        expect(doc.querySelectorAll('a, img, pre, code, blockquote, hr, h5, h6')).toHaveLength(0);
        expect(doc.querySelectorAll('h1')).toHaveLength(1);
        expect(Array.from(doc.querySelectorAll('h2')).map((h) => h.textContent)).toEqual([
          'Resource map', 'Profile of the eight dimensions', 'The dimensions in the group’s words', 'Workshop', 'Vision',
          'Focus dimensions', 'SMART goals', 'Roadmap', 'Timeline', 'Monitoring',
        ]);
        // The profile, the workshop's group ratings, one indicator table per goal, the timeline.
        const tables = doc.querySelectorAll('table');
        expect(tables).toHaveLength(3 + report.goals.length);
        expect(tables[0]?.querySelectorAll('tbody tr')).toHaveLength(8);
        expect(tables[1]?.querySelectorAll('tbody tr')).toHaveLength(8);
        expect(tables[2]?.querySelectorAll('tbody tr')).toHaveLength(report.goals[0]?.indicators.length ?? -1);
        expect(Array.from(tables[2]?.querySelectorAll('tr') ?? []).every((tr) => tr.children.length === 4)).toBe(true);
        expect(tables[tables.length - 1]?.querySelectorAll('tbody tr')).toHaveLength(report.timeline.length);
        const body = asShown(doc.body.textContent);
        for (const value of [t.name, t.statement, t.indicator, t.measure, t.owner, t.milestone]) expect(body).toContain(asShown(value));
        if (filled(t.owner)) expect(Array.from(doc.querySelectorAll('li')).map((li) => asShown(li.textContent))).toContain(asShown(`Owner: ${t.owner}`));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('CSV rows keep their columns and every cell comes back as typed, behind the formula guard', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.constantFrom(',' as const, ';' as const), async (t, separator) => {
        const report = buildReport(hostileAssessment(t));
        const roadmapCsv = await buildRoadmapCsv(report, en, { separator });
        expect(await buildRoadmapCsv(report, en, { separator })).toBe(roadmapCsv);
        const roadmap = parseCsv(roadmapCsv, separator);
        const measures = report.goals.flatMap((g) => g.measures);
        expect(roadmap).toHaveLength(1 + measures.length + measures.flatMap((m) => m.milestones).length);
        expect(roadmap.every((row) => row.length === 19)).toBe(true);
        const [, measureRow, milestoneRow] = roadmap;
        expect(measureRow?.slice(0, 6)).toEqual(['Measure', guardCell(t.statement), 'Coordinating body', guardCell(t.measure), '', guardCell(t.owner)]);
        expect(milestoneRow?.slice(0, 6)).toEqual([
          'Milestone', guardCell(t.statement), 'Coordinating body', guardCell(t.measure), guardCell(t.milestone), guardCell(t.owner),
        ]);

        const ratingsCsv = await buildRatingsCsv(report, en, { separator });
        const ratings = parseCsv(ratingsCsv, separator);
        expect(ratings).toHaveLength(1 + 8 * 5);
        expect(ratings.every((row) => row.length === 12)).toBe(true);
        expect(ratings[1]?.slice(0, 4)).toEqual(['Membership model', 'Participant’s rating', guardCell(t.participant), 'Public sector']);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the calendar parses, keeps lines within 75 octets, and gives the texts back', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const report = buildReport(hostileAssessment(t));
        const ics = buildCalendar(report, en);
        expect(buildCalendar(report, en)).toBe(ics);
        const lines = ics.split('\r\n');
        expect(lines.pop()).toBe('');
        expect(lines.every((l) => new TextEncoder().encode(l).length <= 75 && !/[\r\n]/.test(l))).toBe(true);
        const calendar = parseCalendar(ics);
        const shown = (s: string) => calendarText(s);
        expect(calendar.name).toBe(filled(shown(t.name)) ? shown(t.name) : 'Action plan');
        expect(calendar.events.map((e) => e.uid)).toEqual(report.events.map((e) => e.uid));
        const title = (s: string) => (filled(shown(s)) ? shown(s) : '(no title)');
        const byKind = (kind: string) => calendar.events[report.events.findIndex((e) => e.kind === kind)];
        expect(byKind('goal-due')?.summary).toBe(`Goal due: ${title(t.statement)}`);
        const measureDue = byKind('measure-due');
        expect(measureDue?.summary).toBe(`Measure due: ${title(t.measure)}`);
        if (filled(shown(t.statement))) expect(measureDue?.description).toContain(`Goal: ${shown(t.statement)}\n`);
        const milestone = byKind('milestone');
        expect(milestone?.summary).toBe(`Milestone: ${title(t.milestone)}`);
        if (filled(shown(t.measure))) expect(milestone?.description).toContain(`Measure: ${shown(t.measure)}\n`);
        if (filled(shown(t.owner))) expect(milestone?.description).toContain(`Owner: ${shown(t.owner)}\n`);
        expect(milestone?.categories).toEqual(['Coordinating body']);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
