import { useTranslation } from 'react-i18next';
import type { RatingValue } from '@/domain/rating';
import { NOT_APPLICABLE, SCORES, UNKNOWN } from '@/domain/rating';
import { ratingFromOption, ratingOption } from '@/domain/workshop-round';

const OPTIONS = [...SCORES, NOT_APPLICABLE, UNKNOWN] as const;

type AgreedSelectProps = { id: string; label: string; value: RatingValue; describedBy: string; onChange: (value: RatingValue) => void };

/** The agreed value of one profile: 1–5, not applicable, don't know, or not agreed yet. */
export function AgreedSelect({ id, label, value, describedBy, onChange }: AgreedSelectProps) {
  const { t } = useTranslation('workshop');
  const { t: tw } = useTranslation('workspace');
  return (
    <select id={id} aria-label={label} aria-describedby={describedBy} value={ratingOption(value)} onChange={(e) => onChange(ratingFromOption(e.target.value))}>
      <option value="">{t('consensus.notAgreed')}</option>
      {OPTIONS.map((o) => (
        <option key={o} value={String(o)}>
          {tw(`rating.${o}`)}
        </option>
      ))}
    </select>
  );
}
