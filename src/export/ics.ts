import type { ReportEvent, ReportModel } from '@/domain/report';
import { calendarText, escapeText, foldLine, icsDate, icsTimestamp, nextDay } from './ics-lines';
import type { ReportText } from './report-text';

const filled = (s: string) => s.trim() !== '';

/** A user's text as the calendar can hold it (line breaks as LF, no control characters). */
function clean(s: string): string {
  return calendarText(s);
}

function description(event: ReportEvent, text: ReportText): string {
  const context = clean(event.context);
  const owner = clean(event.owner);
  return [
    filled(context) ? `${text.t(`ics.context.${event.kind}`)}: ${context}` : '',
    filled(owner) ? `${text.t(`ics.owner.${event.kind}`)}: ${owner}` : '',
    `${text.t('common.fields.dimension')}: ${text.dimension(event.dimension)}`,
    text.t(event.done ? 'ics.state.done' : 'ics.state.open'),
  ]
    .filter(filled)
    .join('\n');
}

function eventLines(event: ReportEvent, text: ReportText, stamp: string): string[] {
  const start = icsDate(event.date);
  if (start === null) return [];
  const title = filled(clean(event.title)) ? clean(event.title) : text.t('common.untitled');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${nextDay(start)}`,
    `SUMMARY:${escapeText(text.t(`ics.summary.${event.kind}`, { title }))}`,
    `DESCRIPTION:${escapeText(description(event, text))}`,
    `CATEGORIES:${escapeText(text.dimension(event.dimension))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * Milestones, measure deadlines and goal deadlines as an RFC 5545 calendar of all-day events.
 * Stable: the uids come from the report, DTSTAMP is the assessment's last change, so an unchanged
 * plan gives the same bytes and a re-import updates the events instead of duplicating them.
 * Whether an item is done is said in the description (a VEVENT has no "completed" status).
 */
export function buildCalendar(report: ReportModel, text: ReportText): string {
  const stamp = icsTimestamp(report.meta.updatedAt);
  const name = filled(clean(report.meta.name)) ? clean(report.meta.name) : text.t('ics.calendarName');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//CSEI Navigator//Action plan//${text.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...report.events.flatMap((e) => eventLines(e, text, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}
