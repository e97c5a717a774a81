import { describe, expect, it } from 'vitest';
import { exampleAssessment, makeAssessment } from '@/lib/test-assessment';
import { buildReport } from './report';

describe('buildReport', () => {
  it('carries every focus goal with its measures, and resolves milestone dates', () => {
    const a = exampleAssessment('en');
    const report = buildReport(a);
    expect(report.goals.map((g) => g.dimension)).toEqual(a.decision.focus.map((f) => f.dimension));
    const measures = report.goals.flatMap((g) => g.measures);
    expect(measures).toHaveLength(a.measures.length);
    expect(measures.flatMap((m) => m.milestones).every((ms) => /^\d{4}-\d{2}-\d{2}$/.test(ms.date))).toBe(true);
  });

  it('shows the rating in force with its origin, the agreed value and the median side by side', () => {
    const a = exampleAssessment('en');
    a.dimensions.finance.agreed = { baseline: 2, ideal: null, note: 'po dyskusji' };
    const row = buildReport(a).profile.find((r) => r.dimension === 'finance');
    expect(row).toMatchObject({ baseline: 2, baselineOrigin: 'agreed', idealOrigin: 'group', agreed: { baseline: 2, note: 'po dyskusji' } });
    expect(row?.groupMedian.baseline).not.toBeNull();
  });

  it('lists one rating row per participant and dimension, with sector and notes', () => {
    const report = buildReport(exampleAssessment('pl'));
    expect(report.ratings).toHaveLength(8 * 5);
    expect(report.ratings[0]).toMatchObject({ dimension: 'membership', participant: 'Urząd Marszałkowski', sector: 'public', baselineNote: 'Uwaga 1' });
    expect(report.meta.participants).toBe(5);
  });

  it('gives calendar events with unique, stable ids; dropped measures and undated items stay out', () => {
    const a = exampleAssessment('en');
    const first = buildReport(a).events;
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    expect(first.length).toBeGreaterThan(3);
    expect(buildReport(structuredClone(a)).events.map((e) => e.uid)).toEqual(first.map((e) => e.uid));

    const dropped = a.measures[0];
    if (!dropped) throw new Error('example has no measure');
    a.measures = a.measures.map((m) => (m.id === dropped.id ? { ...m, status: 'dropped' as const } : m));
    const texts = buildReport(a).events.flatMap((e) => [e.title, e.context]);
    expect(first.flatMap((e) => [e.title, e.context])).toContain(dropped.title);
    expect(texts).not.toContain(dropped.title);
  });

  it('gives an empty but complete report for a new assessment', () => {
    const report = buildReport(makeAssessment());
    expect(report.profile).toHaveLength(8);
    expect([report.goals, report.ratings, report.events, report.focus]).toEqual([[], [], [], []]);
  });

  it('never changes the assessment', () => {
    const a = exampleAssessment('en');
    const before = structuredClone(a);
    buildReport(a);
    expect(a).toEqual(before);
  });
});
