import type { TFunction } from 'i18next';
import { DISCUSS_SPREAD } from '@/domain/aggregate';
import type { DimensionId } from '@/domain/dimensions';
import { formatNumber } from '@/i18n/format';
import { groupNoNumberKind } from './answer-words';
import type { GroupRadarData } from './group-radar-data';

type GroupSummaryInput = {
  data: GroupRadarData;
  names: Record<DimensionId, string>;
  t: TFunction<'charts'>;
  language: string;
};

/** The sentences that say in words what the group radar shows: who rated, every median and range, the widest ranges, what to discuss. */
export function groupRadarSummaryText({ data, names, t, language }: GroupSummaryInput): string[] {
  const s = data.summary;
  const n = (value: number) => formatNumber(value, language);
  const and = (items: readonly string[]) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  const sentences = [t('group.summary.participants', { count: s.participants }), t('group.summary.rated', { count: s.rated.length, total: data.rows.length })];
  if (s.rated.length === 0) return sentences;
  // A dimension without a number says what was answered instead: n/a and don't know are not "not rated".
  const noNumberItem = (r: GroupRadarData['rows'][number]) => {
    const kind = groupNoNumberKind(r);
    if (kind === 'unrated') return t('group.summary.notRatedItem', { dimension: names[r.dimension] });
    const answers = [
      ...(r.notApplicable > 0 ? [t('group.summary.answerCount', { answer: t('answer.na'), count: r.notApplicable })] : []),
      ...(r.unknown > 0 ? [t('group.summary.answerCount', { answer: t('answer.unknown'), count: r.unknown })] : []),
    ];
    return t('group.summary.noNumberItem', { dimension: names[r.dimension], answers: answers.join(', ') });
  };
  const values = data.rows.map((r) =>
    r.median === null || r.min === null || r.max === null
      ? noNumberItem(r)
      : t('group.summary.valueItem', { dimension: names[r.dimension], median: n(r.median), min: n(r.min), max: n(r.max) }),
  );
  sentences.push(t('group.summary.values', { list: values.join('; ') }));
  sentences.push(
    s.widest.length > 0
      ? t('group.summary.widest', { count: s.widest.length, list: and(s.widest.map((w) => t('group.summary.widestItem', { dimension: names[w.dimension], min: n(w.min), max: n(w.max) }))) })
      : t('group.summary.noRange'),
  );
  sentences.push(
    s.discuss.length > 0
      ? t('group.summary.discuss', { count: s.discuss.length, spread: DISCUSS_SPREAD, list: and(s.discuss.map((d) => names[d])) })
      : t('group.summary.noDiscuss'),
  );
  const agreed = data.rows.flatMap((r) => (r.agreed === null ? [] : [t('group.summary.agreedItem', { dimension: names[r.dimension], value: n(r.agreed) })]));
  if (agreed.length > 0) sentences.push(t('group.summary.agreed', { list: and(agreed) }));
  return sentences;
}
