import { describe, expect, it } from 'vitest';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { buildGroupRadarData } from './group-radar-data';
import { groupAssessment } from './group-test-assessment';

const LABELS = Object.fromEntries(DIMENSION_IDS.map((id) => [id, `Label ${id}`])) as Record<DimensionId, string>;

describe('buildGroupRadarData', () => {
  it('gives per dimension the median, the lowest and the highest numeric rating of the chosen profile', () => {
    const a = groupAssessment({
      membership: [[2, 5], [3, 4], [4, 'na'], ['unknown', 5]],
      finance: [[1, 4], [1, 4], [5, 4], [2, 4]],
    });
    const data = buildGroupRadarData({ assessment: a, profile: 'baseline', labels: LABELS });
    expect(data.rows.map((r) => r.dimension)).toEqual([...DIMENSION_IDS]);
    const byId = new Map(data.rows.map((r) => [r.dimension, r]));
    expect(byId.get('membership')).toMatchObject({ median: 3, min: 2, max: 4, spread: 2, count: 3, unknown: 1, discuss: true, label: 'Label membership' });
    expect(byId.get('finance')).toMatchObject({ median: 1.5, min: 1, max: 5, spread: 4, discuss: true });
    const ideal = buildGroupRadarData({ assessment: a, profile: 'ideal', labels: LABELS });
    expect(ideal.rows.find((r) => r.dimension === 'membership')).toMatchObject({ median: 5, min: 4, max: 5, notApplicable: 1, discuss: false });
    expect(ideal.rows.find((r) => r.dimension === 'finance')).toMatchObject({ median: 4, min: 4, max: 4, discuss: false });
  });

  it('keeps a dimension without a numeric rating as null, never zero', () => {
    const a = groupAssessment({ membership: [['na', 3], ['unknown', null], [null, null], [null, null]] });
    const data = buildGroupRadarData({ assessment: a, profile: 'baseline', labels: LABELS });
    const membership = data.rows.find((r) => r.dimension === 'membership');
    expect(membership).toMatchObject({ median: null, min: null, max: null, spread: null, count: 0, notApplicable: 1, unknown: 1, unrated: 2, discuss: false });
    expect(data.rows.find((r) => r.dimension === 'purpose')).toMatchObject({ median: null, min: null, max: null, unrated: 4 });
    expect(data.rows.some((r) => r.median === 0 || r.min === 0 || r.max === 0)).toBe(false);
    expect(data.summary.rated).toEqual([]);
  });

  it('flags for discussion only ratings two or more points apart, in this profile', () => {
    const a = groupAssessment({
      membership: [[3, 1], [4, 5]],
      composition: [[2, 3], [4, 3]],
    }, { participants: 2 });
    const data = buildGroupRadarData({ assessment: a, profile: 'baseline', labels: LABELS });
    expect(data.summary.discuss).toEqual(['composition']);
    expect(buildGroupRadarData({ assessment: a, profile: 'ideal', labels: LABELS }).summary.discuss).toEqual(['membership']);
  });

  it('carries the agreed value as a number, and n/a or don’t know as no point', () => {
    const a = groupAssessment({ membership: [[2, 5], [4, 5]] }, { agreed: { membership: [3, 5], finance: ['na', 'unknown'] } });
    const data = buildGroupRadarData({ assessment: a, profile: 'baseline', labels: LABELS });
    expect(data.hasAgreed).toBe(true);
    expect(data.rows.find((r) => r.dimension === 'membership')).toMatchObject({ agreed: 3, agreedAnswer: 3 });
    expect(data.rows.find((r) => r.dimension === 'finance')).toMatchObject({ agreed: null, agreedAnswer: 'na' });
    expect(data.summary.agreed).toEqual(['membership']);
    const none = buildGroupRadarData({ assessment: groupAssessment({ membership: [[2, 5]] }), profile: 'ideal', labels: LABELS });
    expect(none.hasAgreed).toBe(false);
  });

  it('summarises the participants and the widest ranges, widest first and ties in the method’s order', () => {
    const a = groupAssessment({
      membership: [[2, 5], [3, 5]],
      operations: [[1, 5], [4, 5]],
      coordination: [[3, 5], [3, 5]],
      finance: [[2, 5], [5, 5]],
      purpose: [[1, 5], [2, 5]],
      collaboration: [[2, 5], [4, 5]],
    }, { participants: 5 });
    const s = buildGroupRadarData({ assessment: a, profile: 'baseline', labels: LABELS }).summary;
    expect(s.participants).toBe(5);
    expect(s.rated).toEqual(['membership', 'operations', 'coordination', 'finance', 'purpose', 'collaboration']);
    expect(s.widest).toEqual([
      { dimension: 'operations', min: 1, max: 4 },
      { dimension: 'finance', min: 2, max: 5 },
      { dimension: 'collaboration', min: 2, max: 4 },
    ]);
  });

  it('uses the short labels when given', () => {
    const short = { ...LABELS, finance: 'Fin.' };
    const data = buildGroupRadarData({ assessment: groupAssessment({}), profile: 'baseline', labels: LABELS, shortLabels: short });
    expect(data.rows.find((r) => r.dimension === 'finance')?.shortLabel).toBe('Fin.');
  });
});
