import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/text-field';
import type { BallotDraft } from '@/domain/ballot';
import { MAX_LABEL_LENGTH } from '@/domain/ballot';
import type { Sector } from '@/domain/participants';
import { SECTORS } from '@/domain/participants';
import { useBallotStore } from '@/state/ballot-store';

export const LABEL_FIELD_ID = 'ballot-label';

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);

/** The participant's name or label (required before download) and their sector (optional). */
export function BallotAbout({ draft, labelError }: { draft: BallotDraft; labelError: string | null }) {
  const { t } = useTranslation('ballot');
  const update = useBallotStore((s) => s.update);
  return (
    <section className="ballot-about" aria-labelledby="ballot-about-title">
      <h2 id="ballot-about-title">{t('about.title')}</h2>
      <TextField
        id={LABEL_FIELD_ID}
        label={t('about.label')}
        hint={t('about.labelHint')}
        value={draft.label}
        required
        error={labelError}
        onChange={(label) => {
          update((d) => ({ ...d, label: label.slice(0, MAX_LABEL_LENGTH) }));
        }}
      />
      <div className="field">
        <label htmlFor="ballot-sector">{t('about.sector')}</label>
        <p id="ballot-sector-hint" className="hint">
          {t('about.sectorHint')}
        </p>
        <select
          id="ballot-sector"
          aria-describedby="ballot-sector-hint"
          value={draft.sector ?? ''}
          onChange={(e) => {
            const value = e.target.value;
            update((d) => ({ ...d, sector: isSector(value) ? value : null }));
          }}
        >
          <option value="">{t('about.preferNot')}</option>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {t(`sectors.${sector}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
