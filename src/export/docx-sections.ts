/**
 * The first parts of the Word document: the title page, the profile (spider diagram and table), the
 * vision with its success factors, and the focus dimensions with the plan's timeframe.
 */
import type { FileChild } from 'docx';
import { AlignmentType, HeadingLevel, ImageRun, Paragraph } from 'docx';
import type { Timeframe } from '@/domain/focus';
import type { ReportModel } from '@/domain/report';
import { BRAND_COLOR, fact, heading1, heading2, label, para, run, spacer, table, TEXT_WIDTH_PX } from './docx-parts';
import { agreedValue, dash, factorLine, filled, gapText, orNotGiven, planMark } from './docx-words';
import type { ReportText } from './report-text';

export function titlePage(report: ReportModel, text: ReportText): FileChild[] {
  const m = report.meta;
  const t = text.t;
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ text: filled(m.name) ? m.name : t('docx.subtitle'), heading: HeadingLevel.TITLE }),
    new Paragraph({ spacing: { after: 480 }, children: [run({ text: t('docx.subtitle'), size: 32, color: BRAND_COLOR })] }),
    fact(t('docx.meta.region'), orNotGiven(m.region, text)),
    fact(t('docx.meta.mode'), text.common(`mode.${m.mode}`)),
    fact(t('docx.meta.date'), filled(m.date) ? text.date(m.date) : t('docx.notGiven')),
    fact(t('docx.meta.facilitator'), orNotGiven(m.facilitator, text)),
    ...(m.participants > 0 ? [fact(t('docx.meta.participants'), text.number(m.participants))] : []),
    new Paragraph({ spacing: { before: 960 }, children: [run({ text: t('docx.generatedWith'), italics: true, color: '4A5560' })] }),
  ];
}

/** Width and height of a PNG from its header (IHDR), or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

function radarImage(png: Uint8Array, text: ReportText): Paragraph[] {
  const size = pngSize(png);
  if (!size) return [];
  // As wide as the text (or the image, if smaller), at most 2/3 of a page high, keeping the aspect ratio.
  const scale = Math.min(1, TEXT_WIDTH_PX / size.width, 620 / size.height);
  const description = text.t('docx.profile.radarAlt');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
          // A fixed drawing id: docx counts ids across documents, and the same report must give the same text.
          altText: { id: '1', name: description, description, title: description },
        }),
      ],
    }),
  ];
}

export function profileSection(report: ReportModel, text: ReportText, radarPng: Uint8Array | null): FileChild[] {
  const c = (key: 'dimension' | 'baseline' | 'ideal' | 'agreed' | 'gap' | 'focus') => text.t(`docx.profile.columns.${key}`);
  const notes = report.profile.filter((row) => filled(row.agreed.note));
  return [
    heading1(text.t('docx.sections.profile'), true),
    ...(radarPng ? radarImage(radarPng, text) : []),
    table(
      [
        { header: c('dimension'), share: 28 },
        { header: c('baseline'), share: 13 },
        { header: c('ideal'), share: 14 },
        { header: c('agreed'), share: 18 },
        { header: c('gap'), share: 9 },
        { header: c('focus'), share: 18 },
      ],
      report.profile.map((row) => [
        text.dimension(row.dimension),
        text.rating(row.baseline),
        text.rating(row.ideal),
        agreedValue(row, text),
        gapText(row, text),
        planMark(row, text),
      ]),
    ),
    para(text.t('docx.profile.valuesNote'), { italics: true }),
    ...notes.map((row) => para(text.t('docx.profile.agreedNote', { dimension: text.dimension(row.dimension), note: row.agreed.note }))),
  ];
}

export function visionSection(report: ReportModel, text: ReportText): FileChild[] {
  const v = report.vision;
  const t = text.t;
  const block = (title: string, value: string) => (filled(value) ? [heading2(title), para(value)] : []);
  return [
    heading1(t('docx.sections.vision')),
    ...block(t('docx.vision.statement'), v.statement),
    ...block(t('docx.vision.purpose'), v.purpose),
    ...block(t('docx.vision.highPerformance'), v.highPerformance),
    ...(v.experience.length > 0 || filled(v.experienceNote)
      ? [
          heading2(t('docx.vision.experience')),
          ...(v.experience.length > 0 ? [para(v.experience.map((form) => text.workspace(`define.experienceForms.${form}`)).join(', '))] : []),
          ...(filled(v.experienceNote) ? [para(v.experienceNote)] : []),
        ]
      : []),
    ...(v.successFactors.length > 0
      ? [heading2(t('docx.vision.factors')), ...v.successFactors.map((f) => new Paragraph({ text: factorLine(f, text), bullet: { level: 0 } }))]
      : []),
  ];
}

function period(tf: Timeframe, text: ReportText, key: 'docx.focus.timeframe' | 'docx.focus.secondPhaseTimeframe'): string {
  if (!filled(tf.start) && !filled(tf.end)) return text.t('docx.focus.noTimeframe');
  const date = (iso: string) => (filled(iso) ? text.date(iso) : dash(text));
  return text.t(key, { start: date(tf.start), end: date(tf.end) });
}

export function focusSection(report: ReportModel, text: ReportText): FileChild[] {
  const t = text.t;
  const second = report.secondPhase;
  return [
    heading1(t('docx.sections.focus')),
    ...(report.focus.length > 0
      ? report.focus.flatMap((f) => [
          label(text.dimension(f.dimension)),
          filled(f.rationale) ? para(f.rationale) : para(t('docx.focus.noRationale'), { italics: true }),
        ])
      : [para(t('docx.focus.empty'), { italics: true })]),
    spacer(),
    para(period(report.timeframe, text, 'docx.focus.timeframe'), { bold: true }),
    ...(second.dimensions.length > 0
      ? [
          para(t('docx.focus.secondPhase', { dimensions: second.dimensions.map((d) => text.dimension(d)).join(', ') })),
          para(period(second.timeframe, text, 'docx.focus.secondPhaseTimeframe')),
        ]
      : []),
  ];
}
