import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '@/domain/report';
import { initI18n } from '@/i18n/setup';
import { exampleAssessment, makeAssessment } from '@/lib/test-assessment';
import { buildCalendar } from './ics';
import { parseCalendar } from './read-back';
import { loadReportText } from './report-text';

beforeAll(async () => {
  await initI18n('en');
});

const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('buildCalendar', () => {
  it('is a valid calendar: CRLF everywhere, no physical line over 75 octets, the required properties', async () => {
    const ics = buildCalendar(buildReport(exampleAssessment('pl')), await loadReportText('pl'));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n|\r(?!\n)/);
    expect(physicalLines(ics).every((l) => octets(l) <= 75)).toBe(true);
    const header = physicalLines(ics).slice(0, 6);
    expect(header).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CSEI Navigator//Action plan//PL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', expect.stringMatching(/^X-WR-CALNAME:/)]);
    expect(ics).not.toMatch(/STATUS:COMPLETED/);
  });

  it('gives every milestone and deadline as an all-day event with its uid, dates and Polish summary', async () => {
    const a = exampleAssessment('pl');
    const report = buildReport(a);
    const calendar = parseCalendar(buildCalendar(report, await loadReportText('pl')));
    expect(calendar.name).toBe(a.name);
    expect(calendar.events.map((e) => e.uid)).toEqual(report.events.map((e) => e.uid));
    const milestone = report.events.find((e) => e.kind === 'milestone');
    const event = calendar.events.find((e) => e.uid === milestone?.uid);
    if (!milestone || !event) throw new Error('no milestone event');
    expect(event.start).toBe(milestone.date);
    expect(new Date(`${event.end}T00:00:00Z`).getTime() - new Date(`${event.start}T00:00:00Z`).getTime()).toBe(86_400_000);
    expect(event.summary).toBe(`Kamień milowy: ${milestone.title}`);
    expect(event.description).toBe(`Działanie: ${milestone.context}\nOdpowiada: ${milestone.owner}\nWymiar: Organ koordynujący\nStan: w toku`);
    expect(event.categories).toEqual(['Organ koordynujący']);
    expect(event.stamp).toBe('2026-03-15T09:30:00Z');
    const goalDue = calendar.events.find((e) => e.uid === report.events.find((x) => x.kind === 'goal-due')?.uid);
    expect(goalDue?.summary).toMatch(/^Termin celu: /);
    expect(goalDue?.description).toMatch(/^Postępy ocenia: /);
  });

  it('marks a reached milestone as done in its description', async () => {
    const a = exampleAssessment('en');
    const milestone = a.measures[0]?.milestones[0];
    if (!milestone) throw new Error('example has no milestone');
    milestone.done = true;
    const calendar = parseCalendar(buildCalendar(buildReport(a), await loadReportText('en')));
    const event = calendar.events.find((e) => e.summary === `Milestone: ${milestone.title}`);
    expect(event?.description.split('\n').at(-1)).toBe('Status: done');
  });

  it('brings hostile texts back exactly: commas, semicolons, backslashes, quotes, line breaks, emoji', async () => {
    const a = exampleAssessment('en');
    const measure = a.measures[0];
    const milestone = measure?.milestones[0];
    if (!measure || !milestone) throw new Error('example has no milestone');
    milestone.title = 'a,b;c\\d "q" \'s\' 😀 żółć\nnext line ' + 'x'.repeat(80);
    measure.title = '=cmd|\' /C calc\'!A0, <script>alert(1)</script>';
    measure.owner = 'Łucja; Ola, Zoë\\';
    a.name = 'Klaster; „Łąka”, 2026';
    const report = buildReport(a);
    const calendar = parseCalendar(buildCalendar(report, await loadReportText('en')));
    expect(calendar.name).toBe(a.name);
    const event = calendar.events.find((e) => e.summary === `Milestone: ${milestone.title}`);
    expect(event?.description).toContain(`Measure: ${measure.title}\nOwner: ${measure.owner}\n`);
  });

  it('leaves undated items out and gives an empty calendar for a new assessment', async () => {
    const calendar = parseCalendar(buildCalendar(buildReport(makeAssessment({ name: '' })), await loadReportText('en')));
    expect(calendar.events).toEqual([]);
    expect(calendar.name).toBe('Action plan');
  });

  it('is stable: the same assessment gives the same bytes, whenever it is exported', async () => {
    const text = await loadReportText('en');
    const a = exampleAssessment('en');
    const once = buildCalendar(buildReport(a), text);
    expect(buildCalendar(buildReport(structuredClone(a)), text)).toBe(once);
    a.updatedAt = '2026-04-01T08:00:00.000Z';
    expect(buildCalendar(buildReport(a), text)).toContain('DTSTAMP:20260401T080000Z\r\n');
  });
});
