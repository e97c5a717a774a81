/**
 * The plan in the Word document: the SMART goals with their indicators, the roadmap of each goal as
 * a table of measures, and the monitoring routine of each goal.
 */
import type { FileChild } from 'docx';
import type { ReportGoal, ReportModel } from '@/domain/report';
import { hasRoutine } from '@/domain/report-sections';
import { fact, heading1, heading2, label, LANDSCAPE_TEXT_WIDTH, para, spacer, table } from './docx-parts';
import {
  dash,
  factorName,
  filled,
  goalTitle,
  indicatorChange,
  indicatorName,
  measurePeriod,
  milestoneLines,
  orNotGiven,
  resourceLines,
  statusText,
} from './docx-words';
import type { ReportText } from './report-text';

function goalBlock(goal: ReportGoal, text: ReportText, evaluate: boolean): FileChild[] {
  const t = text.t;
  const col = (key: 'name' | 'change' | 'unit' | 'source') => t(`docx.goals.columns.${key}`);
  const facts: FileChild[] = [
    fact(t('docx.goals.dueDate'), filled(goal.dueDate) ? text.date(goal.dueDate) : t('docx.notGiven')),
    ...(filled(goal.outcome) ? [fact(t('docx.goals.outcome'), goal.outcome)] : []),
    ...(filled(goal.capacity) ? [fact(t('docx.goals.capacity'), goal.capacity)] : []),
    ...(filled(goal.achievable) ? [fact(t('docx.goals.achievable'), goal.achievable)] : []),
    ...(goal.successFactor ? [fact(t('docx.goals.successFactor'), factorName(goal.successFactor, text))] : []),
    ...(filled(goal.relevance) ? [fact(t('docx.goals.relevance'), goal.relevance)] : []),
    ...(evaluate && goal.verdict !== null ? [fact(t('report.verdict'), text.workspace(`goals.verdicts.${goal.verdict}`))] : []),
  ];
  return [
    heading2(goalTitle(text.dimension(goal.dimension), text)),
    filled(goal.statement) ? para(goal.statement, { bold: true }) : para(t('docx.goals.noStatement'), { italics: true }),
    ...facts,
    label(t('docx.goals.indicators')),
    ...(goal.indicators.length > 0
      ? [
          table(
            [
              { header: col('name'), share: 34 },
              { header: col('change'), share: 18 },
              { header: col('unit'), share: 18 },
              { header: col('source'), share: 30 },
            ],
            goal.indicators.map((ind, index) => [
              indicatorName(ind, index, text),
              indicatorChange(ind, text),
              filled(ind.unit) ? ind.unit : dash(text),
              filled(ind.source) ? ind.source : dash(text),
            ]),
          ),
          spacer(),
        ]
      : [para(t('docx.goals.noIndicators'), { italics: true })]),
  ];
}

export function goalsSection(report: ReportModel, text: ReportText): FileChild[] {
  return [
    heading1(text.t('docx.sections.goals'), true),
    ...(report.goals.length > 0 ? report.goals.flatMap((g) => goalBlock(g, text, report.meta.mode === 'evaluate')) : [para(text.t('docx.goals.empty'), { italics: true })]),
  ];
}

function roadmapTable(goal: ReportGoal, text: ReportText): FileChild[] {
  const c = (key: 'measure' | 'owner' | 'contributors' | 'milestones' | 'resources' | 'status') => text.t(`docx.roadmap.columns.${key}`);
  if (goal.measures.length === 0) return [para(text.t('docx.roadmap.noMeasures'), { italics: true })];
  return [
    table(
      [
        // Wide enough for the longest single words in a wide fallback font (DejaVu Sans where Calibri is missing).
        { header: c('measure'), share: 19 },
        { header: c('owner'), share: 14 },
        { header: c('contributors'), share: 15 },
        { header: c('milestones'), share: 21 },
        { header: c('resources'), share: 17 },
        { header: c('status'), share: 14 },
      ],
      goal.measures.map((m) => {
        const contributors = m.contributors.map((x) => x.trim()).filter(Boolean);
        const period = measurePeriod(m, text);
        return [
          [filled(m.title) ? m.title : text.workspace('draft.untitled'), ...(period ? [period] : [])],
          orNotGiven(m.owner, text),
          contributors.length > 0 ? contributors : dash(text),
          milestoneLines(m, text),
          resourceLines(m, text),
          statusText(m, text),
        ];
      }),
      // The roadmap has a landscape section of its own: six columns wide enough for whole words.
      LANDSCAPE_TEXT_WIDTH,
    ),
    spacer(),
  ];
}

/** The roadmap, for a landscape section (it starts on a new page by the section break). */
export function roadmapSection(report: ReportModel, text: ReportText): FileChild[] {
  const planned = report.goals.some((g) => g.measures.length > 0);
  return [
    heading1(text.t('docx.sections.roadmap')),
    ...(planned
      ? report.goals.flatMap((g) => [heading2(goalTitle(text.dimension(g.dimension), text)), ...roadmapTable(g, text)])
      : [para(text.t('docx.roadmap.empty'), { italics: true })]),
  ];
}

function monitoringBlock(goal: ReportGoal, text: ReportText): FileChild[] {
  const t = text.t;
  const m = goal.monitoring;
  const names = m.indicators.map((ind) => indicatorName(ind, goal.indicators.findIndex((i) => i.id === ind.id), text));
  return [
    heading2(goalTitle(text.dimension(goal.dimension), text)),
    fact(t('docx.monitoring.reviewer'), orNotGiven(m.reviewer, text)),
    fact(t('docx.monitoring.frequency'), m.frequency === null ? dash(text) : text.workspace(`draft.frequencies.${m.frequency}`)),
    fact(t('docx.monitoring.indicators'), names.length > 0 ? names.join('; ') : dash(text)),
    fact(t('docx.monitoring.note'), filled(m.note) ? m.note : dash(text)),
  ];
}

/** The monitoring routines, for the portrait section after the roadmap. */
export function monitoringSection(report: ReportModel, text: ReportText): FileChild[] {
  return [
    heading1(text.t('docx.sections.monitoring')),
    ...report.goals.filter(hasRoutine).flatMap((g) => monitoringBlock(g, text)),
  ];
}
