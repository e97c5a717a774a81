/**
 * The report's data put into words for the Word document, in the document's language: agreed
 * values, indicator changes, milestones, resources, success factors.
 */
import type { ReportMeasure, ReportProfileRow } from '@/domain/report';
import type { Indicator } from '@/domain/plan';
import type { SuccessFactor } from '@/domain/vision';
import { formatMoney } from '@/i18n/format-money';
import type { ReportText } from './report-text';

export function filled(text: string): boolean {
  return text.trim() !== '';
}

/** The dash shown where there is no value. */
export function dash(text: ReportText): string {
  return text.workspace('rating.short.unrated');
}

/** A typed text, or "not given". */
export function orNotGiven(value: string, text: ReportText): string {
  return filled(value) ? value : text.t('docx.notGiven');
}

/** The agreed baseline / ideal when at least one is set, the dash otherwise. */
export function agreedValue(row: ReportProfileRow, text: ReportText): string {
  const { baseline, ideal } = row.agreed;
  if (baseline === null && ideal === null) return dash(text);
  return text.t('docx.profile.agreed', { baseline: text.rating(baseline), ideal: text.rating(ideal) });
}

export function gapText(row: ReportProfileRow, text: ReportText): string {
  return row.gap === null ? dash(text) : text.number(row.gap);
}

export function planMark(row: ReportProfileRow, text: ReportText): string {
  if (row.focus) return text.t('docx.profile.focus');
  if (row.secondPhase) return text.t('docx.profile.secondPhase');
  return '';
}

export function factorName(f: SuccessFactor, text: ReportText): string {
  if (f.kind === 'custom') return filled(f.label) ? f.label : text.workspace('define.ownFactor');
  return text.workspace(`define.factors.${f.kind}`);
}

export function factorLine(f: SuccessFactor, text: ReportText): string {
  const name = factorName(f, text);
  return filled(f.note) ? text.t('docx.vision.factor', { name, note: f.note }) : name;
}

export function indicatorName(ind: Indicator, index: number, text: ReportText): string {
  return filled(ind.name) ? ind.name : text.workspace('goals.indicator', { number: index + 1 });
}

/** "12 → 40" with the language's numbers, a dash for a missing value. */
export function indicatorChange(ind: Indicator, text: ReportText): string {
  const value = (v: number | null) => (v === null ? dash(text) : text.number(v));
  return text.t('docx.goals.change', { baseline: value(ind.baseline), target: value(ind.target) });
}

/** "Start – due" of a measure, or nothing when neither date is set. */
export function measurePeriod(m: ReportMeasure, text: ReportText): string {
  if (!filled(m.start) && !filled(m.due)) return '';
  const date = (iso: string) => (filled(iso) ? text.date(iso) : dash(text));
  return text.t('docx.roadmap.period', { start: date(m.start), end: date(m.due) });
}

export function milestoneLines(m: ReportMeasure, text: ReportText): string[] {
  if (m.milestones.length === 0) return [dash(text)];
  return m.milestones.map((ms, index) => {
    const title = filled(ms.title) ? ms.title : text.workspace('draft.milestone', { number: index + 1 });
    const date = filled(ms.date) ? text.date(ms.date) : text.t('docx.roadmap.noDate');
    return text.t(ms.done ? 'docx.roadmap.milestoneReached' : 'docx.roadmap.milestone', { title, date });
  });
}

const OTHER_RESOURCES = ['tools', 'politicalSupport', 'expertise'] as const;

export function resourceLines(m: ReportMeasure, text: ReportText): string[] {
  const r = m.resources;
  const items: { label: string; value: string }[] = [];
  if (filled(r.time)) items.push({ label: text.workspace('draft.time'), value: r.time });
  if (r.fundingAmount !== null) {
    items.push({ label: text.workspace('draft.funding'), value: formatMoney(r.fundingAmount, r.currency, text.language) });
  }
  for (const key of OTHER_RESOURCES) {
    if (filled(r[key])) items.push({ label: text.workspace(`draft.${key}`), value: r[key] });
  }
  if (items.length === 0) return [dash(text)];
  return items.map((item) => text.t('docx.roadmap.resource', item));
}

export function statusText(m: ReportMeasure, text: ReportText): string[] {
  const status = text.workspace(`draft.statuses.${m.status}`);
  return m.status === 'dropped' && filled(m.dropReason) ? [status, text.t('docx.roadmap.dropReason', { reason: m.dropReason })] : [status];
}

export function goalTitle(dimension: string, text: ReportText): string {
  return text.workspace('goals.goalFor', { dimension });
}
