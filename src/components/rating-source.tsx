import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { DimensionId } from '@/domain/dimensions';
import type { SourcedValue } from '@/domain/gaps';
import { sourcedValue } from '@/domain/gaps';
import { formatNumber } from '@/i18n/format';
import { useEditorStore } from '@/state/editor-store';
import { formatRating } from './format-rating';

type Source = SourcedValue & { participants: number; revealed: boolean };

function useSource(dimension: DimensionId, profile: 'baseline' | 'ideal'): Source | null {
  return useEditorStore(
    useShallow((s) =>
      s.assessment
        ? {
            ...sourcedValue(s.assessment, dimension, profile),
            participants: s.assessment.participants.length,
            revealed: s.assessment.workshop.revealed,
          }
        : null,
    ),
  );
}

/**
 * Under a dimension's own rating: says when the workshop's participants (their median, or the value
 * the group agreed on) decide the rating in force instead, so the facilitator knows which number counts.
 */
export function RatingSource({ dimension, profile }: { dimension: DimensionId; profile: 'baseline' | 'ideal' }) {
  const { t, i18n } = useTranslation('workspace');
  const source = useSource(dimension, profile);
  if (!source || source.participants === 0) return null;
  const value = formatRating(source.value, t, i18n.language);
  const median = source.groupMedian === null ? null : formatNumber(source.groupMedian, i18n.language);
  let text: string;
  if (source.origin === 'agreed') {
    text = median === null ? t('ratingSource.agreed', { value }) : t('ratingSource.agreedWithMedian', { value, median });
  } else if (source.origin === 'group') {
    text = t('ratingSource.group', { value, count: source.groupCount });
  } else {
    text = t('ratingSource.hidden', { count: source.participants });
  }
  return <p className="rating-source">{text}</p>;
}

/** The origin of a value in force as a short note for a table cell (empty for the single rating). */
export function ratingSourceNote(source: SourcedValue, t: TFunction<'workspace'>, language: string): string {
  if (source.origin === 'single') return '';
  if (source.origin === 'group') return t('ratingSource.short.group');
  return source.groupMedian === null
    ? t('ratingSource.short.agreed')
    : t('ratingSource.short.agreedWithMedian', { median: formatNumber(source.groupMedian, language) });
}
