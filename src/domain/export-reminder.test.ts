import { describe, expect, it } from 'vitest';
import type { ReminderInput } from './export-reminder';
import { exportReminder } from './export-reminder';

const NOW = '2026-03-14T12:00:00.000Z';
const item = (createdAt: string, updatedAt = createdAt) => ({ createdAt, updatedAt });
const input = (over: Partial<ReminderInput>): ReminderInput => ({ now: NOW, lastBackupAt: null, snoozedAt: null, assessments: [], ...over });

describe('exportReminder', () => {
  it('says nothing while nothing is stored', () => {
    expect(exportReminder(input({ lastBackupAt: null }))).toEqual({ due: false });
    expect(exportReminder(input({ lastBackupAt: '2025-01-01T00:00:00.000Z' }))).toEqual({ due: false });
  });

  it('leaves a first day alone, then reminds when nothing was ever exported', () => {
    expect(exportReminder(input({ assessments: [item('2026-03-13T12:00:00.001Z')] }))).toEqual({ due: false });
    expect(exportReminder(input({ assessments: [item('2026-03-14T11:00:00.000Z'), item('2026-03-13T12:00:00.000Z')] }))).toEqual({
      due: true,
      reason: 'never',
    });
  });

  it('reminds seven days after the last export when something changed since, with the number of days', () => {
    const assessments = [item('2026-01-01T00:00:00.000Z', '2026-03-10T09:00:00.000Z')];
    expect(exportReminder(input({ lastBackupAt: '2026-03-07T12:00:00.001Z', assessments }))).toEqual({ due: false });
    expect(exportReminder(input({ lastBackupAt: '2026-03-07T12:00:00.000Z', assessments }))).toEqual({ due: true, reason: 'stale', days: 7 });
    expect(exportReminder(input({ lastBackupAt: '2026-02-01T08:00:00.000Z', assessments }))).toEqual({ due: true, reason: 'stale', days: 41 });
  });

  it('does not remind when nothing changed since an old export', () => {
    const assessments = [item('2026-01-01T00:00:00.000Z', '2026-01-20T09:00:00.000Z')];
    expect(exportReminder(input({ lastBackupAt: '2026-02-01T08:00:00.000Z', assessments }))).toEqual({ due: false });
  });

  it('is silenced for a day by "remind me later", then comes back', () => {
    const base = { assessments: [item('2026-03-01T00:00:00.000Z')] };
    expect(exportReminder(input({ ...base, snoozedAt: '2026-03-13T12:00:00.001Z' }))).toEqual({ due: false });
    expect(exportReminder(input({ ...base, snoozedAt: '2026-03-13T12:00:00.000Z' }))).toEqual({ due: true, reason: 'never' });
  });

  it('is not silenced for ever by a snooze stamped in the future (the clock was turned back)', () => {
    const base = { assessments: [item('2026-03-01T00:00:00.000Z')] };
    expect(exportReminder(input({ ...base, snoozedAt: '2027-01-01T00:00:00.000Z' }))).toEqual({ due: true, reason: 'never' });
  });
});
