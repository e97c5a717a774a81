import { useTranslation } from 'react-i18next';
import type { Sector } from '@/domain/participants';
import { SECTORS } from '@/domain/participants';
import { isSector } from '@/domain/workshop-round';

type SectorSelectProps = { id: string; value: Sector | null; onChange: (sector: Sector | null) => void };

/** The participant's sector, or none. */
export function SectorSelect({ id, value, onChange }: SectorSelectProps) {
  const { t } = useTranslation('workshop');
  return (
    <div className="field">
      <label htmlFor={id}>{t('participants.sector')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          onChange(isSector(e.target.value) ? e.target.value : null);
        }}
      >
        <option value="">{t('sectors.none')}</option>
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`sectors.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
