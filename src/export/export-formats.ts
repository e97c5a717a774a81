/**
 * The files the export menu makes for one assessment, and how each is named. Small and eager: the
 * builders themselves load only when a file is made.
 */
import type { Language } from '@/domain/assessment';
import { exportFileName } from '@/domain/file-names';
import type { CsvSeparator } from './csv';

export const EXPORT_FORMATS = ['docx', 'roadmap-csv', 'ratings-csv', 'ics', 'md', 'png', 'svg', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The kind (in the file name) and the extension of each format. */
const FILE_PARTS: Record<ExportFormat, { kind: string; ext: string }> = {
  docx: { kind: 'plan', ext: 'docx' },
  'roadmap-csv': { kind: 'roadmap', ext: 'csv' },
  'ratings-csv': { kind: 'ratings', ext: 'csv' },
  ics: { kind: 'calendar', ext: 'ics' },
  md: { kind: 'plan', ext: 'md' },
  png: { kind: 'radar', ext: 'png' },
  svg: { kind: 'radar', ext: 'svg' },
  json: { kind: 'assessment', ext: 'json' },
};

/** `<cluster-slug>_<YYYY-MM-DD>_<kind>.<ext>` for one format. */
export function formatFileName(format: ExportFormat, clusterName: string, localDate: string): string {
  const { kind, ext } = FILE_PARTS[format];
  return exportFileName(clusterName, localDate, kind, ext);
}

/** Whether the format has words in it (the file's language matters). */
export function hasText(format: ExportFormat): boolean {
  return format !== 'json';
}

/** Spreadsheets open as the local Excel expects: a semicolon in Polish (the comma is the decimal sign), a comma in English. */
export function separatorFor(language: Language): CsvSeparator {
  return language === 'pl' ? ';' : ',';
}

/** The other language of the app, offered for files. */
export function otherLanguage(language: Language): Language {
  return language === 'pl' ? 'en' : 'pl';
}
