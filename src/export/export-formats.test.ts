import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, formatFileName, otherLanguage, separatorFor } from './export-formats';

describe('formatFileName', () => {
  it('names each file after the cluster, the day and what it holds', () => {
    const names = EXPORT_FORMATS.map((f) => formatFileName(f, 'Pomorski Klaster Ekonomii Społecznej (przykład)', '2026-03-15'));
    expect(names).toEqual([
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_plan.docx',
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_roadmap.csv',
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_ratings.csv',
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_calendar.ics',
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_plan.md',
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_radar.png',
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_radar.svg',
      'pomorski-klaster-ekonomii-spolecznej-przyklad_2026-03-15_assessment.json',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('separatorFor', () => {
  it('uses a semicolon for Polish (where the comma is the decimal sign) and a comma for English', () => {
    expect(separatorFor('pl')).toBe(';');
    expect(separatorFor('en')).toBe(',');
  });
});

describe('otherLanguage', () => {
  it('offers the language that is not the screen’s', () => {
    expect(otherLanguage('pl')).toBe('en');
    expect(otherLanguage('en')).toBe('pl');
  });
});
