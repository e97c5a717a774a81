import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { Profile } from '@/domain/aggregate';
import { MIN_SECTOR_SIZE } from '@/domain/aggregate';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { sectorTable } from '@/domain/workshop-round';
import { ScrollBox } from './scroll-box';
import { formatFigure } from './workshop-format';

/** Each sector's median per dimension; small sectors and thinly answered cells are withheld to keep ratings anonymous. */
export function SectorTable({ assessment, profile }: { assessment: Assessment; profile: Profile }) {
  const { t, i18n } = useTranslation('workshop');
  const { t: tg } = useTranslation('guidance');
  const views = sectorTable(assessment, profile);
  const visible = views.filter((v) => v.visible);
  const hidden = views.filter((v) => !v.visible);
  const withoutSector = assessment.participants.filter((p) => p.sector === null).length;
  const anyWithheld = visible.some((v) => v.cells.includes('withheld'));
  const min = MIN_SECTOR_SIZE;
  return (
    <section className="sector-views" aria-labelledby="sectors-title">
      <h4 id="sectors-title">{t('sectorViews.title')}</h4>
      <p>{t('sectorViews.intro', { min })}</p>
      {visible.length === 0 ? (
        <p className="note">{t('sectorViews.noneVisible', { min })}</p>
      ) : (
        <>
          <ScrollBox labelledBy="sectors-caption">
            <table className="group-table sector-table">
              <caption id="sectors-caption">{t('sectorViews.caption', { profile: t(`results.profiles.${profile}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.columns.dimension')}</th>
                  {visible.map((v) => (
                    <th key={v.sector} scope="col" className="number" title={t(`sectors.${v.sector}`)}>
                      {t(`sectorsShort.${v.sector}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DIMENSION_IDS.map((dimension, index) => (
                  <tr key={dimension}>
                    <th scope="row">{tg(`dimensions.${dimension}.name`)}</th>
                    {visible.map((v) => {
                      const cell = v.cells[index] ?? 'withheld';
                      return (
                        <td key={v.sector} className={cell === 'withheld' ? 'number withheld' : 'number'}>
                          {cell === 'withheld' ? t('sectorViews.withheld') : formatFigure(cell === 'noScore' ? null : cell, i18n.language)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {anyWithheld && <p className="hint">{t('sectorViews.withheldNote', { min })}</p>}
        </>
      )}
      {hidden.length > 0 && (
        <div className="sectors-hidden">
          <h5 id="sectors-hidden-title">{t('sectorViews.hiddenTitle')}</h5>
          <ul aria-labelledby="sectors-hidden-title">
            {hidden.map((v) => (
              <li key={v.sector}>{t('sectorViews.hidden', { sector: t(`sectors.${v.sector}`), count: v.participants, min })}</li>
            ))}
          </ul>
        </div>
      )}
      {withoutSector > 0 && <p className="hint">{t('sectorViews.noSector', { count: withoutSector })}</p>}
    </section>
  );
}
