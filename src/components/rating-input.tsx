import { useTranslation } from 'react-i18next';
import type { RatingValue } from '@/domain/rating';
import { NOT_APPLICABLE, SCORES, UNKNOWN } from '@/domain/rating';

type RatingInputProps = {
  /** Unique name of the radio group. */
  name: string;
  legend: string;
  value: RatingValue;
  onChange: (value: RatingValue) => void;
};

const OPTIONS = [...SCORES, NOT_APPLICABLE, UNKNOWN] as const;

/** The 1–5 scale plus "not applicable" and "don't know", as one radio group; can be cleared again. */
export function RatingInput({ name, legend, value, onChange }: RatingInputProps) {
  const { t } = useTranslation('workspace');
  return (
    <fieldset className="rating-input">
      <legend>{legend}</legend>
      <div className="rating-options">
        {OPTIONS.map((option) => (
          <label key={option} className={typeof option === 'number' ? 'rating-option score' : 'rating-option other'}>
            <input
              type="radio"
              name={name}
              value={String(option)}
              checked={value === option}
              onChange={() => {
                onChange(option);
              }}
            />
            <span>{t(`rating.${option}`)}</span>
          </label>
        ))}
        {value !== null && (
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t('rating.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
