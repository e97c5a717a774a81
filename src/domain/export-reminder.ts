/**
 * When the home screen reminds the user to export a backup file: browsers may clear the data of a site,
 * and only an exported file survives that. Pure: the current time is passed in.
 *
 * - Nothing stored: no reminder.
 * - Never exported: a reminder once some assessment was created at least a day ago (a first try-out of the
 *   app is left alone on its first day).
 * - Exported before: a reminder once the last export is at least 7 days old and an assessment changed after it.
 * - "Remind me later" silences it for a day.
 */

export const REMINDER_AFTER_DAYS = 7;
export const FIRST_REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;
export const SNOOZE_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ReminderInput = {
  now: string;
  /** The last "Export all", or null when there was none on this device. */
  lastBackupAt: string | null;
  /** When the reminder was last put off, or null. */
  snoozedAt: string | null;
  assessments: readonly { createdAt: string; updatedAt: string }[];
};

export type Reminder = { due: false } | { due: true; reason: 'never' } | { due: true; reason: 'stale'; days: number };

const ms = (iso: string) => Date.parse(iso);

export function exportReminder({ now, lastBackupAt, snoozedAt, assessments }: ReminderInput): Reminder {
  if (assessments.length === 0) return { due: false };
  const at = ms(now);
  // A snooze stamped in the future (clock turned back) does not silence the reminder for ever.
  if (snoozedAt !== null && at - ms(snoozedAt) < SNOOZE_MS && ms(snoozedAt) <= at) return { due: false };
  if (lastBackupAt === null) {
    const oldest = Math.min(...assessments.map((a) => ms(a.createdAt)));
    return at - oldest >= FIRST_REMINDER_AFTER_MS ? { due: true, reason: 'never' } : { due: false };
  }
  const age = at - ms(lastBackupAt);
  if (age < REMINDER_AFTER_DAYS * DAY_MS) return { due: false };
  const changedSince = assessments.some((a) => ms(a.updatedAt) > ms(lastBackupAt));
  return changedSince ? { due: true, reason: 'stale', days: Math.floor(age / DAY_MS) } : { due: false };
}
