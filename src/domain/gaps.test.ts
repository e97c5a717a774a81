import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import { profileRows, sortProfile, sourcedValue } from './gaps';

describe('profileRows', () => {
  it('gives ideal minus baseline, and no gap when either side is not a number', () => {
    const a = makeAssessment();
    a.dimensions.membership.baseline.value = 2;
    a.dimensions.membership.ideal.value = 5;
    a.dimensions.finance.baseline.value = 'na';
    a.dimensions.finance.ideal.value = 4;
    a.dimensions.services.baseline.value = 3;
    const rows = profileRows(a);
    expect(rows.map((r) => r.dimension)).toHaveLength(8);
    expect(rows.find((r) => r.dimension === 'membership')?.gap).toBe(3);
    expect(rows.find((r) => r.dimension === 'finance')?.gap).toBeNull();
    expect(rows.find((r) => r.dimension === 'services')?.gap).toBeNull();
  });

  it('uses the agreed value first, then the participants’ median, then the single rating', () => {
    const a = makeAssessment();
    const d = a.dimensions.purpose;
    d.baseline.value = 1;
    d.ideal.value = 5;
    d.participantRatings = [
      { participantId: 'p1', baseline: { value: 2, note: '' }, ideal: { value: 4, note: '' } },
      { participantId: 'p2', baseline: { value: 3, note: '' }, ideal: { value: 'unknown', note: '' } },
    ];
    // Before the reveal the participants' ratings are private: the single rating is in force.
    expect(profileRows(a).find((r) => r.dimension === 'purpose')).toMatchObject({ baseline: 1, ideal: 5, gap: 4 });
    a.workshop.revealed = true;
    expect(profileRows(a).find((r) => r.dimension === 'purpose')).toMatchObject({ baseline: 2.5, ideal: 4, gap: 1.5 });
    d.agreed = { baseline: 2, ideal: 5, note: 'po dyskusji' };
    expect(profileRows(a).find((r) => r.dimension === 'purpose')).toMatchObject({ baseline: 2, ideal: 5, gap: 3 });
  });
});

describe('sortProfile', () => {
  it('sorts by gap, largest first, rows without a gap last, ties in the method’s order', () => {
    const a = makeAssessment();
    a.dimensions.membership.baseline.value = 3;
    a.dimensions.membership.ideal.value = 4;
    a.dimensions.finance.baseline.value = 1;
    a.dimensions.finance.ideal.value = 5;
    a.dimensions.services.baseline.value = 2;
    a.dimensions.services.ideal.value = 3;
    const sorted = sortProfile(profileRows(a), 'gap').map((r) => r.dimension);
    expect(sorted.slice(0, 3)).toEqual(['finance', 'membership', 'services']);
    expect(sortProfile(profileRows(a), 'baseline')[0]?.dimension).toBe('finance');
    expect(sortProfile(profileRows(a), 'order').map((r) => r.dimension)[0]).toBe('membership');
  });
});

describe('sourcedValue', () => {
  function withGroup() {
    const a = makeAssessment();
    const d = a.dimensions.finance;
    d.baseline.value = 1;
    d.participantRatings = [
      { participantId: 'p1', baseline: { value: 2, note: '' }, ideal: { value: 5, note: '' } },
      { participantId: 'p2', baseline: { value: 5, note: '' }, ideal: { value: 'na', note: '' } },
    ];
    return a;
  }

  it('names the single rating before the reveal and keeps the median private', () => {
    expect(sourcedValue(withGroup(), 'finance', 'baseline')).toEqual({ value: 1, origin: 'single', groupMedian: null, groupCount: 0 });
  });

  it('names the group median after the reveal, counting numeric ratings only', () => {
    const a = withGroup();
    a.workshop.revealed = true;
    expect(sourcedValue(a, 'finance', 'baseline')).toEqual({ value: 3.5, origin: 'group', groupMedian: 3.5, groupCount: 2 });
    expect(sourcedValue(a, 'finance', 'ideal')).toEqual({ value: 5, origin: 'group', groupMedian: 5, groupCount: 1 });
  });

  it('keeps the median visible next to an agreed value that overrides it', () => {
    const a = withGroup();
    a.workshop.revealed = true;
    a.dimensions.finance.agreed = { baseline: 3, ideal: null, note: 'after the discussion' };
    expect(sourcedValue(a, 'finance', 'baseline')).toEqual({ value: 3, origin: 'agreed', groupMedian: 3.5, groupCount: 2 });
    expect(sourcedValue(a, 'finance', 'ideal').origin).toBe('group');
  });
});
