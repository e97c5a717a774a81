import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAssessment } from '@/lib/test-assessment';
import type { LocalBackupMeta } from './local-backups';
import { copyDue, LOCAL_BACKUP_INTERVAL_MS, MAX_LOCAL_BACKUPS, MAX_LOCAL_BACKUPS_TODAY, retain, summarizeCopy, utcDay } from './local-backups';

const at = (iso: string): LocalBackupMeta => ({ id: `a:${iso}`, takenAt: iso });
const NOW = '2026-03-14T16:00:00.000Z';

describe('copyDue', () => {
  it('takes the first copy of an assessment', () => {
    expect(copyDue(null, NOW, utcDay)).toBe(true);
  });

  it('waits ten minutes after the newest copy of the same day', () => {
    const last = '2026-03-14T15:50:00.001Z';
    expect(copyDue(last, NOW, utcDay)).toBe(false);
    expect(copyDue('2026-03-14T15:50:00.000Z', NOW, utcDay)).toBe(true);
    expect(LOCAL_BACKUP_INTERVAL_MS).toBe(600_000);
  });

  it('takes a copy at the first save of a new day, however recent the last one', () => {
    expect(copyDue('2026-03-13T23:59:00.000Z', '2026-03-14T00:01:00.000Z', utcDay)).toBe(true);
  });

  it('uses the day it is given, not UTC: a local midnight starts a new day', () => {
    const plus2h: (iso: string) => string = (iso) => new Date(Date.parse(iso) + 2 * 3_600_000).toISOString().slice(0, 10);
    // 21:55 and 22:01 UTC fall on two days in UTC+2.
    expect(copyDue('2026-03-14T21:55:00.000Z', '2026-03-14T22:01:00.000Z', plus2h)).toBe(true);
    expect(copyDue('2026-03-14T21:55:00.000Z', '2026-03-14T22:01:00.000Z', utcDay)).toBe(false);
  });
});

describe('retain', () => {
  it('keeps the first copy of today and the two newest, and the newest of each earlier day', () => {
    const copies = [
      '2026-03-14T08:00:00.000Z',
      '2026-03-14T09:00:00.000Z',
      '2026-03-14T10:00:00.000Z',
      '2026-03-14T11:00:00.000Z',
      '2026-03-13T09:00:00.000Z',
      '2026-03-13T17:00:00.000Z',
      '2026-03-10T12:00:00.000Z',
    ].map(at);
    expect(retain(copies, NOW, utcDay)).toEqual([
      'a:2026-03-14T11:00:00.000Z',
      'a:2026-03-14T10:00:00.000Z',
      'a:2026-03-14T08:00:00.000Z',
      'a:2026-03-13T17:00:00.000Z',
      'a:2026-03-10T12:00:00.000Z',
    ]);
  });

  it('keeps at most ten: the newest days win', () => {
    const copies = Array.from({ length: 15 }, (_, i) => at(`2026-02-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`));
    const kept = retain(copies, NOW, utcDay);
    expect(kept).toHaveLength(10);
    expect(kept[0]).toBe('a:2026-02-15T12:00:00.000Z');
    expect(kept.at(-1)).toBe('a:2026-02-06T12:00:00.000Z');
  });

  it('does not let copies stamped in the future (clock turned back) push out the copy just taken', () => {
    const future = Array.from({ length: 12 }, (_, i) => at(`2027-01-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`));
    const kept = retain([...future, at(NOW)], NOW, utcDay);
    expect(kept).toContain(`a:${NOW}`);
    expect(kept).toHaveLength(10);
  });

  it('keeps nothing of nothing', () => {
    expect(retain([], NOW, utcDay)).toEqual([]);
  });
});

const START = Date.parse('2026-02-01T00:00:00.000Z');
const END = Date.parse(NOW);
const TODAY = Date.parse('2026-03-14T00:00:00.000Z');
// Half the copies fall on today, so that days with many copies come up often.
const copiesArb = fc
  .uniqueArray(fc.oneof(fc.integer({ min: START, max: END }), fc.integer({ min: TODAY, max: END })), { maxLength: 60, size: 'max' })
  .map((times) => times.map((t) => at(new Date(t).toISOString())));

describe('retain, for any set of copies up to now', () => {
  const RUNS = 500;
  const kept = (copies: LocalBackupMeta[]) => {
    const ids = new Set(retain(copies, NOW, utcDay));
    return copies.filter((c) => ids.has(c.id));
  };

  it('never keeps more than ten, nor more than three of one day', () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const k = kept(copies);
        expect(k.length).toBeLessThanOrEqual(MAX_LOCAL_BACKUPS);
        const perDay = new Map<string, number>();
        for (const c of k) perDay.set(utcDay(c.takenAt), (perDay.get(utcDay(c.takenAt)) ?? 0) + 1);
        for (const [day, n] of perDay) expect(n).toBeLessThanOrEqual(day === utcDay(NOW) ? MAX_LOCAL_BACKUPS_TODAY : 1);
      }),
      { numRuns: RUNS, seed: 9 },
    );
  });

  it('always keeps the newest copy, and the first of today', () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const ids = retain(copies, NOW, utcDay);
        const sorted = [...copies].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
        if (sorted[0]) expect(ids[0]).toBe(sorted[0].id);
        const firstToday = sorted.filter((c) => utcDay(c.takenAt) === utcDay(NOW)).at(-1);
        if (firstToday) expect(ids).toContain(firstToday.id);
      }),
      { numRuns: RUNS, seed: 10 },
    );
  });

  it('keeps, from earlier days, the newest copy of each of the most recent days, newest first', () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const ids = retain(copies, NOW, utcDay);
        const today = utcDay(NOW);
        const days = [...new Set(copies.map((c) => utcDay(c.takenAt)).filter((d) => d !== today))].sort().reverse();
        const keptToday = ids.filter((id) => utcDay(id.slice(2)) === today).length;
        const expected = days
          .slice(0, MAX_LOCAL_BACKUPS - keptToday)
          .map((d) => copies.filter((c) => utcDay(c.takenAt) === d).sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0]?.id);
        expect(ids.filter((id) => utcDay(id.slice(2)) !== today)).toEqual(expected);
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });

  it('keeps what it kept: pruning twice changes nothing', () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const once = kept(copies);
        expect(retain(once, NOW, utcDay)).toEqual(retain(copies, NOW, utcDay));
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('returns ids newest first, each one of the given copies', () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const ids = retain(copies, NOW, utcDay);
        const times = ids.map((id) => copies.find((c) => c.id === id)?.takenAt ?? '');
        expect(times.every(Boolean)).toBe(true);
        expect(times).toEqual([...times].sort().reverse());
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });
});

describe('summarizeCopy', () => {
  it('names the copy, its steps done, its baseline counted by the one rule, its goals and its revision', () => {
    const a = { ...makeAssessment({ name: 'Kaszuby' }), revision: 7 };
    a.dimensions.membership.baseline.value = 3;
    a.dimensions.finance.baseline.value = 'na';
    a.dimensions.purpose.baseline.value = 'unknown';
    expect(summarizeCopy(a)).toEqual({
      name: 'Kaszuby',
      stepsDone: 0,
      baseline: { rated: 1, notApplicable: 1, unknown: 1, unrated: 5 },
      goals: 0,
      revision: 7,
    });
  });
});
