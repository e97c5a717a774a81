/**
 * The backup file: one JSON envelope with every assessment.
 * This module is small and eager (export); parsing lives in backup-parse.ts (lazy, needs valibot).
 */
import type { Assessment } from './assessment';

export const BACKUP_FORMAT = 'csei-navigator';
/** Bump with an upgrade function for older files (see backup-parse.ts). */
export const CURRENT_FORMAT_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

export type BackupEnvelope = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  assessments: Assessment[];
};

/** The envelope for "Export all". */
export function buildBackup(assessments: readonly Assessment[], appVersion: string, now: string): BackupEnvelope {
  return {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion,
    exportedAt: now,
    // The envelope is written out at once (JSON.stringify): copying 500 assessments first would only cost time.
    assessments: [...assessments],
  };
}

/**
 * The file of one assessment, to move it to another device: the backup's envelope holding just that
 * assessment, so that one import reads both. The same assessment and time give the same text.
 */
export function assessmentFileText(assessment: Assessment, appVersion: string, now: string): string {
  return JSON.stringify(buildBackup([assessment], appVersion, now), null, 2);
}

/** The file name of a backup: csei-navigator_backup_YYYY-MM-DD.json (local date). */
export function backupFileName(localDate: string): string {
  return `csei-navigator_backup_${localDate}.json`;
}
