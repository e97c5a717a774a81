/** "Remind me tomorrow" of the home screen's export reminder, remembered on this device. */
import { getSetting, setSetting } from '@/storage/repository';

export const SETTING_REMINDER_SNOOZED = 'exportReminderSnoozedAt';

export async function readReminderSnooze(): Promise<string | null> {
  const value = await getSetting(SETTING_REMINDER_SNOOZED);
  return typeof value === 'string' ? value : null;
}

export async function snoozeReminder(now: string): Promise<void> {
  await setSetting(SETTING_REMINDER_SNOOZED, now);
}
