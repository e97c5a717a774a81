import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleAssessment, makeAssessment, workshopExample } from '@/lib/test-assessment';
import { visibleParticipantNotes } from './participant-notes';
import { buildReport } from './report';
import { REPORT_SECTIONS, reportSections } from './report-sections';
import { reportWorkshop } from './report-workshop';

describe('reportWorkshop', () => {
  it('is null without participants, and counts participants by sector without naming anyone', () => {
    expect(reportWorkshop(makeAssessment())).toBeNull();
    const w = reportWorkshop(workshopExample('pl'));
    expect(w?.participants).toBe(6);
    expect(w?.bySector).toEqual([
      { sector: 'public', count: 2 },
      { sector: 'private', count: 1 },
      { sector: 'social', count: 2 },
      { sector: 'academia', count: 1 },
    ]);
    expect(JSON.stringify(w)).not.toContain('Wróblewski');
  });

  it('gives median, range and distribution per dimension once revealed, nothing before', () => {
    const a = workshopExample('en');
    const w = reportWorkshop(a);
    const finance = w?.rows.find((r) => r.dimension === 'finance');
    expect(finance?.baseline.byScore.reduce((x, y) => x + y, 0)).toBe(6);
    expect(finance?.agreed).toEqual({ baseline: 2, ideal: 4, note: 'Agreed after the debate on the public anchor' });
    expect(w?.rows.some((r) => r.discuss)).toBe(true);
    a.workshop = { revealed: false };
    expect(reportWorkshop(a)?.rows).toEqual([]);
  });

  it('lists the visible notes in an order that does not follow the participants', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (order) => {
        const a = exampleAssessment('en');
        const notes = ['delta', 'alpha', 'echo', 'charlie', 'bravo'];
        a.dimensions.membership.participantRatings = order.map((i, k) => ({
          participantId: a.participants[k]?.id ?? '',
          baseline: { value: 3, note: notes[i] ?? '' },
          ideal: { value: 4, note: '' },
        }));
        expect(visibleParticipantNotes(a, 'membership').map((n) => n.text)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
      }),
    );
  });
});

describe('report sections', () => {
  it('has every section for the six-participant workshop and only the cover for an empty assessment', () => {
    expect(reportSections(buildReport(workshopExample('en')))).toEqual([...REPORT_SECTIONS]);
    expect(reportSections(buildReport(makeAssessment()))).toEqual(['meta']);
  });

  it('carries the timeline with each measure’s status as it stands', () => {
    const a = exampleAssessment('en');
    const measure = a.measures[0];
    if (!measure) throw new Error('example has no measure');
    measure.status = 'blocked';
    const row = buildReport(a).timeline.find((r) => r.measureId === measure.id);
    expect(row?.status).toBe('blocked');
    expect(row?.quarters.length).toBeGreaterThan(0);
  });
});
