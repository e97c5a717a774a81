import type { ReportModel } from '@/domain/report';
import type { ReportText } from './report-text';

export type DocxOptions = { radarPng: Uint8Array | null };

/** The action plan as a Word document. (Stub: being written.) */
export function buildDocx(report: ReportModel, text: ReportText, options: DocxOptions): Promise<Blob> {
  return Promise.resolve(new Blob([report.meta.name, text.language, String(options.radarPng?.length ?? 0)]));
}
