/**
 * Making one file of one assessment for the export menu. Loaded when the user exports; each format's
 * builder (docx, papaparse…) loads only when that format is chosen.
 */
import type { RadarOverlay } from '@/charts/radar-data';
import type { Assessment, Language } from '@/domain/assessment';
import { assessmentFileText } from '@/domain/backup-format';
import { buildReport } from '@/domain/report';
import type { CsvSeparator } from '@/export/csv';
import type { ExportFormat } from '@/export/export-formats';
import { formatFileName } from '@/export/export-formats';
import { loadReportText } from '@/export/report-text';
import { localIsoDate } from '@/i18n/format';
import { downloadBlob } from '@/lib/download';
import { APP_VERSION, nowIso } from '@/lib/env';
import { getAssessment } from '@/storage/repository';
import { useEditorStore } from './editor-store';

export type ExportOptions = {
  /** The language of the words in the file. */
  language: Language;
  separator: CsvSeparator;
  /** Earlier ratings drawn on the radar, as on the summary page. */
  overlays?: readonly RadarOverlay[] | undefined;
};

/** Spreadsheet programs read UTF-8 (Polish letters) only when the file starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * The assessment as the user sees it: the open one is saved first (and exported as it is on screen even
 * if it could not be saved); any other as stored. Undefined when it no longer exists.
 */
async function latest(id: string): Promise<Assessment | undefined> {
  const editor = useEditorStore.getState();
  if (editor.assessment?.id === id) {
    await editor.flush();
    return useEditorStore.getState().assessment ?? undefined;
  }
  return getAssessment(id);
}

async function radarSvg(a: Assessment, options: ExportOptions): Promise<string> {
  const { renderRadarSvg } = await import('@/export/radar-image');
  return renderRadarSvg(a, options.overlays, options.language);
}

async function radarPng(a: Assessment, options: ExportOptions): Promise<Blob> {
  const { svgToPng } = await import('@/export/radar-image');
  return svgToPng(await radarSvg(a, options));
}

/** The radar for the Word document; a document without the picture is better than none. */
async function radarBytes(a: Assessment, options: ExportOptions): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await (await radarPng(a, options)).arrayBuffer());
  } catch {
    return null;
  }
}

function textBlob(text: string, type: string): Blob {
  return new Blob([text], { type: `${type};charset=utf-8` });
}

async function makeFile(a: Assessment, format: ExportFormat, options: ExportOptions): Promise<Blob> {
  if (format === 'json') return textBlob(assessmentFileText(a, APP_VERSION, nowIso()), 'application/json');
  if (format === 'png') return radarPng(a, options);
  if (format === 'svg') return new Blob([await radarSvg(a, options)], { type: 'image/svg+xml' });
  const report = buildReport(a);
  const text = await loadReportText(options.language);
  switch (format) {
    case 'docx': {
      const [{ buildDocx }, png] = await Promise.all([import('@/export/docx'), radarBytes(a, options)]);
      return buildDocx(report, text, { radarPng: png });
    }
    case 'roadmap-csv':
    case 'ratings-csv': {
      const csv = await import('@/export/csv');
      const build = format === 'roadmap-csv' ? csv.buildRoadmapCsv : csv.buildRatingsCsv;
      const body = await build(report, text, { separator: options.separator });
      return textBlob(body.startsWith(BOM) ? body : BOM + body, 'text/csv');
    }
    case 'ics': {
      const { buildCalendar } = await import('@/export/ics');
      return textBlob(buildCalendar(report, text), 'text/calendar');
    }
    case 'md': {
      const { buildMarkdown } = await import('@/export/markdown');
      return textBlob(buildMarkdown(report, text), 'text/markdown');
    }
  }
}

/** Makes one file of an assessment and hands it to the browser's download; returns the file's name. Throws when it cannot. */
export async function exportAssessment(id: string, format: ExportFormat, options: ExportOptions): Promise<string> {
  const a = await latest(id);
  if (!a) throw new Error(`No assessment ${id}`);
  const blob = await makeFile(a, format, options);
  const fileName = formatFileName(format, a.name, localIsoDate());
  downloadBlob(blob, fileName);
  return fileName;
}
