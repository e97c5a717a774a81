import type { ReportModel } from '@/domain/report';
import type { ReportText } from './report-text';

/** Milestones and deadlines as an RFC 5545 calendar. (Stub: being written.) */
export function buildCalendar(report: ReportModel, text: ReportText): string {
  return `BEGIN:VCALENDAR\r\nX-NAME:${report.meta.name} ${text.language}\r\nEND:VCALENDAR\r\n`;
}
