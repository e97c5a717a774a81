import type { ReportGoal, ReportMeasure, ReportModel } from '@/domain/report';
import type { ReportSectionId } from '@/domain/report-sections';
import { hasRoutine, hasSection } from '@/domain/report-sections';
import type { Indicator } from '@/domain/plan';
import type { RatingValue } from '@/domain/rating';
import type { SuccessFactor } from '@/domain/vision';
import { statementNamesDueDate } from '@/domain/goal-date';
import { formatMoney } from '@/i18n/format';
import { field, fields, filled, heading, paragraph, table } from './markdown-blocks';
import type { Lines } from './markdown-blocks';
import { escapeBlock, escapeInline } from './markdown-escape';
import { dimensionNotesSection, resourcesSection, successChecksSection, timelineSection, workshopSection } from './markdown-report';
import type { ReportText } from './report-text';

function range(text: ReportText, start: string, end: string): string {
  if (!filled(start) && !filled(end)) return '';
  const none = text.t('common.notSet');
  return text.t('common.range', { start: filled(start) ? text.date(start) : none, end: filled(end) ? text.date(end) : none });
}

function agreedCell(text: ReportText, agreed: { baseline: RatingValue; ideal: RatingValue }): string {
  if (agreed.baseline === null && agreed.ideal === null) return text.rating(null);
  return `${text.rating(agreed.baseline)} / ${text.rating(agreed.ideal)}`;
}

function metaSection(report: ReportModel, text: ReportText): Lines {
  const { meta } = report;
  const f = (k: 'region' | 'mode' | 'facilitator' | 'date' | 'participants') => text.t(`common.fields.${k}`);
  return [
    ...heading(1, filled(meta.name) ? meta.name : text.t('common.untitled')),
    ...fields([
      [f('region'), meta.region],
      [f('mode'), text.common(`mode.${meta.mode}`)],
      [f('facilitator'), meta.facilitator],
      [f('date'), text.date(meta.date)],
      [f('participants'), meta.participants > 0 ? text.number(meta.participants) : ''],
    ]),
    '',
  ];
}

function profileSection(report: ReportModel, text: ReportText): Lines {
  const f = (k: 'dimension' | 'baseline' | 'ideal' | 'gap' | 'focus') => text.t(`common.fields.${k}`);
  const rows = report.profile.map((r) => [
    text.dimension(r.dimension),
    text.rating(r.baseline),
    text.rating(r.ideal),
    agreedCell(text, r.agreed),
    r.gap === null ? text.rating(null) : text.number(r.gap),
    r.focus ? text.t('common.yes') : '',
  ]);
  const notes = report.profile.filter((r) => filled(r.agreed.note)).map((r) => field(text.dimension(r.dimension), r.agreed.note));
  return [
    ...heading(2, text.t('markdown.profile')),
    ...paragraph(text.t('markdown.profileIntro')),
    ...table(
      [f('dimension'), f('baseline'), f('ideal'), text.t('markdown.agreedColumn'), f('gap'), f('focus')],
      ['left', 'right', 'right', 'left', 'right', 'left'],
      rows,
    ),
    '',
    ...(notes.length > 0 ? [...heading(3, text.t('markdown.agreedNotes')), ...notes, ''] : []),
  ];
}

function factorName(text: ReportText, f: SuccessFactor): string {
  if (f.kind !== 'custom') return text.workspace(`define.factors.${f.kind}`);
  return filled(f.label) ? f.label : text.workspace('define.ownFactor');
}

function visionSection(report: ReportModel, text: ReportText): Lines {
  const { vision } = report;
  const experience = vision.experience.map((e) => text.workspace(`define.experienceForms.${e}`));
  const factors = vision.successFactors.map((f) =>
    filled(f.note) ? field(factorName(text, f), f.note) : `- **${escapeInline(factorName(text, f))}**`,
  );
  return [
    ...heading(2, text.t('markdown.vision')),
    ...paragraph(vision.statement),
    ...fields([
      [text.t('markdown.purpose'), vision.purpose],
      [text.t('markdown.highPerformance'), vision.highPerformance],
      [text.t('markdown.experience'), [experience.join(', '), vision.experienceNote].filter(filled).join('\n')],
    ]),
    '',
    ...heading(3, text.t('markdown.successFactors')),
    ...(factors.length > 0 ? factors : [escapeInline(text.t('markdown.noSuccessFactors'))]),
    '',
  ];
}

function focusSection(report: ReportModel, text: ReportText): Lines {
  const timeframe = range(text, report.timeframe.start, report.timeframe.end);
  const items = report.focus.map((f, i) => {
    const marker = `${String(i + 1)}. `;
    const name = `**${escapeInline(text.dimension(f.dimension))}**`;
    const rationale = escapeBlock(f.rationale, ' '.repeat(marker.length));
    return `${marker}${name}${rationale === '' ? '' : `: ${rationale}`}`;
  });
  const second = report.secondPhase;
  const secondLines =
    second.dimensions.length === 0
      ? []
      : [
          ...heading(3, text.t('markdown.secondPhase')),
          ...fields([
            [text.t('markdown.phaseDimensions'), second.dimensions.map(text.dimension).join(', ')],
            [text.t('markdown.phaseTimeframe'), range(text, second.timeframe.start, second.timeframe.end)],
          ]),
          '',
        ];
  return [
    ...heading(2, text.t('markdown.focus')),
    ...fields([[text.t('markdown.timeframe'), timeframe]]),
    ...(timeframe === '' ? [] : ['']),
    ...(items.length > 0 ? items : [escapeInline(text.t('markdown.noFocus'))]),
    '',
    ...secondLines,
  ];
}

function fromTo(text: ReportText, i: Indicator): string {
  const n = (v: number | null) => (v === null ? text.rating(null) : text.number(v));
  const arrow = `${n(i.baseline)} → ${n(i.target)}`;
  return i.direction === 'lower' ? `${arrow} (${text.t('markdown.lowerIsBetter')})` : arrow;
}

function indicatorTable(text: ReportText, indicators: readonly Indicator[]): Lines {
  if (indicators.length === 0) return [escapeInline(text.t('markdown.noIndicators')), ''];
  const f = (k: 'indicator' | 'unit' | 'source') => text.t(`common.fields.${k}`);
  return [
    ...table(
      [f('indicator'), text.t('markdown.fromTo'), f('unit'), f('source')],
      ['left', 'right', 'left', 'left'],
      indicators.map((i) => [i.name, fromTo(text, i), i.unit, i.source]),
    ),
    '',
  ];
}

function goalBlock(text: ReportText, g: ReportGoal): Lines {
  const due = filled(g.dueDate) ? text.t('markdown.dueBy', { date: text.date(g.dueDate) }) : text.t('markdown.noDueDate');
  const serves = [g.successFactor ? factorName(text, g.successFactor) : text.t('markdown.wholeVision'), g.relevance].filter(filled).join(': ');
  return [
    ...heading(3, text.t('markdown.goalFor', { dimension: text.dimension(g.dimension) })),
    // A statement that names its own due date is not given the date in front of it a second time.
    filled(g.statement) && filled(g.dueDate) && statementNamesDueDate(g.statement, g.dueDate, [text.date(g.dueDate)])
      ? escapeBlock(g.statement)
      : `**${escapeInline(due)}:** ${filled(g.statement) ? escapeBlock(g.statement) : escapeInline(text.t('common.untitled'))}`,
    '',
    ...fields([
      [text.t('markdown.outcome'), g.outcome],
      [text.t('markdown.capacity'), g.capacity],
      [text.t('markdown.achievable'), g.achievable],
      [text.t('markdown.serves'), serves],
      [text.t('markdown.verdict'), g.verdict === null ? '' : text.workspace(`goals.verdicts.${g.verdict}`)],
    ]),
    '',
    ...heading(4, text.t('markdown.indicators')),
    ...indicatorTable(text, g.indicators),
  ];
}

function resources(text: ReportText, m: ReportMeasure): string {
  const r = m.resources;
  const funding = r.fundingAmount === null ? '' : formatMoney(r.fundingAmount, r.currency, text.language);
  const parts: [string, string][] = [
    [text.t('common.fields.time'), r.time],
    [text.t('common.fields.funding'), funding],
    [text.t('common.fields.tools'), r.tools],
    [text.t('common.fields.politicalSupport'), r.politicalSupport],
    [text.t('common.fields.expertise'), r.expertise],
  ];
  return parts
    .filter(([, v]) => filled(v))
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

function measureBlock(text: ReportText, m: ReportMeasure): Lines {
  const f = (k: 'owner' | 'contributors' | 'status' | 'dropReason' | 'description') => text.t(`common.fields.${k}`);
  const milestones = m.milestones.map((ms) => {
    const when = filled(ms.date) ? text.date(ms.date) : text.t('common.notSet');
    const title = filled(ms.title) ? ms.title : text.t('common.untitled');
    const state = ms.done ? text.t('markdown.reached') : text.t('markdown.open');
    // A task-list box, ticked when reached, then the words for readers whose viewer shows no boxes.
    return `  - [${ms.done ? 'x' : ' '}] ${escapeInline(when)}: ${escapeInline(title)} (${escapeInline(state)})`;
  });
  return [
    ...heading(4, filled(m.title) ? m.title : text.t('common.untitled')),
    ...fields([
      [f('owner'), m.owner],
      [f('contributors'), m.contributors.filter(filled).join(', ')],
      [`${text.t('common.fields.start')} – ${text.t('common.fields.due')}`, range(text, m.start, m.due)],
      [f('status'), text.workspace(`draft.statuses.${m.status}`)],
      [f('dropReason'), m.status === 'dropped' ? m.dropReason : ''],
      [f('description'), m.description],
      [text.t('markdown.resources'), resources(text, m)],
    ]),
    milestones.length > 0
      ? `- **${escapeInline(text.t('markdown.milestones'))}:**`
      : field(text.t('markdown.milestones'), text.t('markdown.noMilestones')),
    ...milestones,
    '',
  ];
}

function goalsSection(report: ReportModel, text: ReportText): Lines {
  return [
    ...heading(2, text.t('markdown.goals')),
    ...(report.goals.length > 0 ? report.goals.flatMap((g) => goalBlock(text, g)) : [escapeInline(text.t('markdown.noGoals')), '']),
  ];
}

function roadmapSection(report: ReportModel, text: ReportText): Lines {
  if (report.goals.length === 0) return [];
  return [
    ...heading(2, text.t('markdown.roadmap')),
    ...report.goals.flatMap((g) => [
      ...heading(3, text.t('markdown.measuresFor', { dimension: text.dimension(g.dimension) })),
      ...(g.measures.length > 0 ? g.measures.flatMap((m) => measureBlock(text, m)) : [escapeInline(text.t('markdown.noMeasures')), '']),
    ]),
  ];
}

function monitoringSection(report: ReportModel, text: ReportText): Lines {
  return [
    ...heading(2, text.t('markdown.monitoring')),
    ...report.goals.filter(hasRoutine).flatMap((g) => {
      const m = g.monitoring;
      const lines = fields([
        [text.t('common.fields.reviewer'), m.reviewer],
        [text.t('common.fields.frequency'), m.frequency === null ? '' : text.workspace(`draft.frequencies.${m.frequency}`)],
        [text.t('markdown.monitoredIndicators'), m.indicators.map((i) => i.name).filter(filled).join(', ')],
        [text.t('markdown.adjustment'), m.note],
      ]);
      return [
        ...heading(3, text.t('markdown.goalFor', { dimension: text.dimension(g.dimension) })),
        ...(lines.length > 0 ? lines : [field(text.t('common.fields.reviewer'), text.t('common.notSet'))]),
        '',
      ];
    }),
  ];
}

/**
 * The whole plan as Markdown, for a wiki or an e-mail: details, profile, vision, focus, SMART goals,
 * roadmap and monitoring. Every text typed by the user is escaped, so it reads as typed and can
 * neither break the document's structure nor bring in HTML. Pure: same report and texts, same bytes.
 */
export function buildMarkdown(report: ReportModel, text: ReportText): string {
  // Sections with nothing entered are left out (hasSection), never printed empty.
  const has = (section: ReportSectionId) => hasSection(report, section);
  const lines = [
    ...metaSection(report, text),
    ...(has('resources') ? resourcesSection(report, text) : []),
    ...(has('profile') ? profileSection(report, text) : []),
    ...(has('evidence') || has('goodLooksLike') || has('evaluation') ? dimensionNotesSection(report, text) : []),
    ...(report.workshop ? workshopSection(report.workshop, text) : []),
    ...(has('vision') ? visionSection(report, text) : []),
    ...(has('successChecks') ? successChecksSection(report, text) : []),
    ...(has('focus') ? focusSection(report, text) : []),
    ...(has('goals') ? goalsSection(report, text) : []),
    ...(has('roadmap') ? roadmapSection(report, text) : []),
    ...(has('timeline') ? timelineSection(report, text) : []),
    ...(has('monitoring') ? monitoringSection(report, text) : []),
    `*${escapeInline(text.t('markdown.madeWith', { date: text.date(report.meta.updatedAt.slice(0, 10)) }))}*`,
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
