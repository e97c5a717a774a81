import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportReminder } from '@/domain/export-reminder';
import { nowIso } from '@/lib/env';
import { useAppStore } from '@/state/app-store';
import { useAssessmentList } from '@/state/assessment-list';
import { readReminderSnooze, snoozeReminder } from '@/state/export-reminder-actions';
import { notify } from '@/state/notices-store';
import './export-reminder.css';

/**
 * A calm reminder to export a backup file when nothing was exported for a while (src/domain/export-reminder.ts).
 * "Export all now" makes the backup at once; "Remind me tomorrow" puts it off for a day.
 */
export function ExportReminder() {
  const { t } = useTranslation();
  const { assessments } = useAssessmentList();
  const lastBackupAt = useAppStore((s) => s.lastBackupAt);
  // undefined while the stored snooze time is read: nothing is shown until then.
  const [snoozedAt, setSnoozedAt] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void readReminderSnooze().then((value) => {
      if (live) setSnoozedAt(value);
    });
    return () => {
      live = false;
    };
  }, []);
  if (snoozedAt === undefined) return null;
  const reminder = exportReminder({ now: nowIso(), lastBackupAt, snoozedAt, assessments });
  if (!reminder.due) return null;

  const onExport = async () => {
    setBusy(true);
    // The backup's code is the home screen's file panel's: it loads with that panel, or here when asked.
    const { exportAll } = await import('@/state/backup-actions');
    const file = await exportAll();
    setBusy(false);
    notify('backup.exported', { file });
    // The reminder goes away with its buttons: focus stays in the page, not on a removed button.
    document.getElementById('main')?.focus();
  };
  const onLater = async () => {
    const now = nowIso();
    // Stored first, then hidden: a page closed right after the click still remembers it.
    await snoozeReminder(now);
    setSnoozedAt(now);
  };
  return (
    <section className="export-reminder" aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('safety.reminder.title')}</h2>
      <p>{reminder.reason === 'never' ? t('safety.reminder.never') : t('safety.reminder.stale', { count: reminder.days })}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void onExport()}>
          {t('safety.reminder.export')}
        </button>
        <button type="button" className="secondary" onClick={() => void onLater()}>
          {t('safety.reminder.later')}
        </button>
      </div>
    </section>
  );
}
