import { describe, expect, it } from 'vitest';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { ProfileRow } from '@/domain/gaps';
import type { ValueInForce } from '@/domain/participants';
import type { Snapshot } from '@/domain/participants';
import type { RadarOverlay } from './radar-data';
import { assessmentRadarData, buildRadarData, groupBand, MAX_OVERLAYS, snapshotOverlay } from './radar-data';
import { groupAssessment } from './group-test-assessment';
import { summarizeCopy } from '@/domain/local-backups';
import { makeAssessment } from '@/lib/test-assessment';

const LABELS = Object.fromEntries(DIMENSION_IDS.map((id) => [id, `Label ${id}`])) as Record<DimensionId, string>;

function rows(values: Partial<Record<DimensionId, [ValueInForce, ValueInForce]>>): ProfileRow[] {
  return DIMENSION_IDS.map((dimension) => {
    const [baseline, ideal] = values[dimension] ?? [null, null];
    const gap = typeof baseline === 'number' && typeof ideal === 'number' ? ideal - baseline : null;
    return { dimension, baseline, ideal, gap };
  });
}

function overlay(id: string, value: number | null): RadarOverlay {
  return { id, label: `Snapshot ${id}`, values: Object.fromEntries(DIMENSION_IDS.map((d) => [d, value])) as Record<DimensionId, number | null> };
}

describe('buildRadarData', () => {
  it('gives one row per dimension in the method’s order, whatever the order of the input', () => {
    const data = buildRadarData({ rows: rows({ finance: [2, 4] }).reverse(), focus: [], labels: LABELS });
    expect(data.rows.map((r) => r.dimension)).toEqual([...DIMENSION_IDS]);
    expect(data.rows.map((r) => r.label)).toEqual(DIMENSION_IDS.map((id) => `Label ${id}`));
  });

  it('keeps n/a, don’t know and unrated as null, never 0, and keeps the answer for the tooltip', () => {
    const data = buildRadarData({
      rows: rows({ membership: ['na', 4], composition: ['unknown', 'na'], operations: [3, null], finance: [2.5, 5] }),
      focus: [],
      labels: LABELS,
    });
    const byId = new Map(data.rows.map((r) => [r.dimension, r]));
    expect(byId.get('membership')).toMatchObject({ baseline: null, ideal: 4, baselineAnswer: 'na', gap: null });
    expect(byId.get('composition')).toMatchObject({ baseline: null, ideal: null, baselineAnswer: 'unknown', idealAnswer: 'na' });
    expect(byId.get('operations')).toMatchObject({ baseline: 3, ideal: null, idealAnswer: null, gap: null });
    expect(byId.get('finance')).toMatchObject({ baseline: 2.5, ideal: 5, gap: 2.5 });
    expect(data.rows.some((r) => r.baseline === 0 || r.ideal === 0)).toBe(false);
  });

  it('lists the missing dimensions of each series', () => {
    const data = buildRadarData({ rows: rows({ membership: [1, 'unknown'], finance: ['na', 5] }), focus: [], labels: LABELS });
    expect(data.missingDimensions.baseline).toEqual(DIMENSION_IDS.filter((d) => d !== 'membership'));
    expect(data.missingDimensions.ideal).toEqual(DIMENSION_IDS.filter((d) => d !== 'finance'));
  });

  it('treats a missing row and a non-finite number as not rated', () => {
    const partial = rows({ services: [Number.NaN, 4] }).filter((r) => r.dimension !== 'purpose');
    const data = buildRadarData({ rows: partial, focus: [], labels: LABELS });
    const byId = new Map(data.rows.map((r) => [r.dimension, r]));
    expect(byId.get('purpose')).toMatchObject({ baseline: null, ideal: null, baselineAnswer: null });
    expect(byId.get('services')).toMatchObject({ baseline: null, ideal: 4, gap: null });
  });

  it('flags the focus dimensions and falls back to the full label when there is no short one', () => {
    const data = buildRadarData({
      rows: rows({}),
      focus: ['coordination', 'finance'],
      labels: LABELS,
      shortLabels: { ...LABELS, finance: 'Fin.' },
    });
    expect(data.rows.filter((r) => r.isFocus).map((r) => r.dimension)).toEqual(['coordination', 'finance']);
    expect(data.rows.find((r) => r.dimension === 'finance')?.shortLabel).toBe('Fin.');
    expect(data.radarSummary.focus).toEqual(['coordination', 'finance']);
  });

  it('carries up to three overlays, each value a number or null, with their own missing lists', () => {
    const withHole = overlay('a', 3);
    withHole.values.finance = null;
    withHole.values.services = Number.POSITIVE_INFINITY;
    const data = buildRadarData({ rows: rows({}), focus: [], labels: LABELS, overlays: [withHole, overlay('b', 2), overlay('c', 1), overlay('d', 4)] });
    expect(MAX_OVERLAYS).toBe(3);
    expect(data.overlays).toEqual([
      { id: 'a', label: 'Snapshot a' },
      { id: 'b', label: 'Snapshot b' },
      { id: 'c', label: 'Snapshot c' },
    ]);
    const finance = data.rows.find((r) => r.dimension === 'finance');
    expect(finance?.overlays).toEqual({ a: null, b: 2, c: 1 });
    expect(data.missingDimensions.overlays).toEqual({ a: ['finance', 'services'], b: [], c: [] });
  });

  it('summarises what is rated, the extremes and the largest positive gaps (ties in the method’s order)', () => {
    const data = buildRadarData({
      rows: rows({ membership: [2, 4], composition: [3, 4], operations: [1, 4], coordination: [3, 3], finance: [1, 5], services: [4, 2], purpose: ['unknown', 4], collaboration: [2, 4] }),
      focus: [],
      labels: LABELS,
    });
    const s = data.radarSummary;
    expect(s.total).toBe(8);
    expect(s.rated.baseline).toHaveLength(7);
    expect(s.rated.ideal).toHaveLength(8);
    expect(s.largestGaps).toEqual([
      { dimension: 'finance', gap: 4 },
      { dimension: 'operations', gap: 3 },
      { dimension: 'membership', gap: 2 },
    ]);
    expect(s.highestBaseline).toEqual({ value: 4, dimensions: ['services'] });
    expect(s.lowestBaseline).toEqual({ value: 1, dimensions: ['operations', 'finance'] });
  });

  it('has no extremes and no gaps when nothing is rated', () => {
    const s = buildRadarData({ rows: rows({}), focus: [], labels: LABELS }).radarSummary;
    expect(s).toMatchObject({ largestGaps: [], highestBaseline: null, lowestBaseline: null, rated: { baseline: [], ideal: [] } });
  });
});

describe('snapshotOverlay', () => {
  it('turns one profile of a snapshot into an overlay, with n/a and don’t know as null', () => {
    const ratings = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { baseline: 3, ideal: 5 }])) as Snapshot['ratings'];
    ratings.finance = { baseline: 'na', ideal: 'unknown' };
    ratings.services = { baseline: null, ideal: 4 };
    const snapshot: Snapshot = { id: 's1', label: 'March workshop', takenAt: '2026-03-01T10:00:00.000Z', ratings, measures: [] };
    const o = snapshotOverlay(snapshot, 'baseline');
    expect(o).toMatchObject({ id: 's1:baseline', label: 'March workshop' });
    expect(o.values).toMatchObject({ membership: 3, finance: null, services: null });
    expect(snapshotOverlay(snapshot, 'ideal', 'Ideal, March').values).toMatchObject({ finance: null, services: 4, purpose: 5 });
  });
});

describe('groupBand', () => {
  const ratings = { membership: [[2, 5], [4, 4], ['na', 5]], finance: [['unknown', 3], [null, 5], [null, null]] } as const;
  const build = (revealed: boolean) => groupAssessment({ membership: ratings.membership, finance: ratings.finance }, { participants: 3, revealed });

  it('gives the lowest and highest participant rating of one profile once revealed, null where nobody gave a number', () => {
    const band = groupBand(build(true), 'baseline');
    expect(band?.series).toBe('baseline');
    expect(band?.min).toMatchObject({ membership: 2, finance: null, purpose: null });
    expect(band?.max).toMatchObject({ membership: 4, finance: null });
    expect(groupBand(build(true), 'ideal')?.min).toMatchObject({ membership: 4, finance: 3 });
  });

  it('is absent before the reveal, without participants, and when nobody gave a number', () => {
    expect(groupBand(build(false), 'baseline')).toBeNull();
    expect(groupBand(groupAssessment({}, { participants: 0 }), 'baseline')).toBeNull();
    expect(groupBand(groupAssessment({ finance: [['na', 'unknown']] }, { participants: 1 }), 'baseline')).toBeNull();
  });

  it('reaches the radar rows only when asked for', () => {
    const withBand = assessmentRadarData(build(true), { labels: LABELS, withFocus: false, band: 'baseline' });
    expect(withBand.band).toEqual({ series: 'baseline' });
    expect(withBand.rows[0]).toMatchObject({ dimension: 'membership', bandMin: 2, bandMax: 4 });
    const without = assessmentRadarData(build(true), { labels: LABELS, withFocus: false });
    expect(without.band).toBeNull();
    expect(without.rows.every((r) => r.bandMin === null && r.bandMax === null)).toBe(true);
  });
});

describe('counting rated dimensions', () => {
  it('counts as the earlier versions list does: n/a and don’t know are not rated (6 of 8, not 8 of 8)', () => {
    const a = makeAssessment();
    for (const id of DIMENSION_IDS) a.dimensions[id].baseline.value = 3;
    a.dimensions.finance.baseline.value = 'na';
    a.dimensions.purpose.baseline.value = 'unknown';
    const radar = assessmentRadarData(a, { labels: LABELS, withFocus: false });
    expect(radar.radarSummary.rated.baseline).toHaveLength(6);
    expect(summarizeCopy(a).baseline.rated).toBe(6);
  });
});
