import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { Profile } from '@/domain/aggregate';
import { groupProfile, PROFILES } from '@/domain/aggregate';
import type { ResultOrder } from '@/domain/workshop-round';
import { resultRows } from '@/domain/workshop-round';
import { GroupRadarFigure } from '@/charts/group-radar-figure';
import { DiscussList } from './discuss-list';
import { ResultsTable } from './results-table';
import { SectorTable } from './sector-table';

/** After the reveal: what to discuss first, the group's radar, the figures per dimension and the sectors' views. */
export function ResultsSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workshop');
  const [profile, setProfile] = useState<Profile>('baseline');
  const [order, setOrder] = useState<ResultOrder>('method');
  const rows = groupProfile(assessment);
  return (
    <section className="workshop-section results-section" aria-labelledby="results-title">
      <h3 id="results-title">{t('results.title')}</h3>
      <DiscussList rows={rows} />
      <fieldset className="profile-toggle">
        <legend>{t('results.profile')}</legend>
        {PROFILES.map((p) => (
          <label key={p} className="rating-option">
            <input type="radio" name="results-profile" value={p} checked={profile === p} onChange={() => setProfile(p)} />
            <span>{t(`results.profiles.${p}`)}</span>
          </label>
        ))}
      </fieldset>
      <GroupRadarFigure assessment={assessment} profile={profile} />
      <ResultsTable rows={resultRows(rows, profile, order)} profile={profile} order={order} onOrder={setOrder} />
      <SectorTable assessment={assessment} profile={profile} />
    </section>
  );
}
