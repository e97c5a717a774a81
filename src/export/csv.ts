import type { ReportModel } from '@/domain/report';
import type { ReportText } from './report-text';

export type CsvSeparator = ',' | ';';
export type CsvOptions = { separator: CsvSeparator };

/** The roadmap as a spreadsheet: one row per measure and per milestone. (Stub: being written.) */
export function buildRoadmapCsv(report: ReportModel, text: ReportText, options: CsvOptions): Promise<string> {
  return Promise.resolve(`${report.meta.name}${options.separator}${text.language}\r\n`);
}

/** The ratings as a spreadsheet: one row per dimension and participant. (Stub: being written.) */
export function buildRatingsCsv(report: ReportModel, text: ReportText, options: CsvOptions): Promise<string> {
  return Promise.resolve(`${report.meta.name}${options.separator}${text.language}\r\n`);
}
