import type { ReportModel } from '@/domain/report';
import type { ReportText } from './report-text';

/** The whole plan as Markdown, for a wiki or an e-mail. (Stub: being written.) */
export function buildMarkdown(report: ReportModel, text: ReportText): string {
  return `# ${report.meta.name} (${text.language})\n`;
}
