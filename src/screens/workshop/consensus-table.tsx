import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { GroupRow, Profile } from '@/domain/aggregate';
import { groupProfile, PROFILES } from '@/domain/aggregate';
import type { DimensionId } from '@/domain/dimensions';
import { valueInForce } from '@/domain/gaps';
import type { AgreedValue } from '@/domain/participants';
import { setAgreed } from '@/domain/workshop';
import { formatRating } from '@/components/format-rating';
import { editAssessment } from '@/state/editor-actions';
import { AgreedSelect } from './agreed-select';
import { ScrollBox } from './scroll-box';
import { formatFigure } from './workshop-format';

function changeAgreed(dimension: DimensionId, patch: Partial<AgreedValue>): void {
  editAssessment((a) => setAgreed(a, dimension, { ...a.dimensions[dimension].agreed, ...patch }));
}

/** One dimension: the median beside the agreed value of each profile, what the steps use, and a note. */
function ConsensusRow({ assessment, row }: { assessment: Assessment; row: GroupRow }) {
  const { t, i18n } = useTranslation('workshop');
  const { t: tw } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const dimension = row.dimension;
  const name = tg(`dimensions.${dimension}.name`);
  const agreed = assessment.dimensions[dimension].agreed;
  const cells = (profile: Profile) => {
    const inForce = formatRating(valueInForce(assessment, dimension, profile), tw, i18n.language);
    const usesId = `uses-${profile}-${dimension}`;
    return [
      <td key={`${profile}-median`} className="number">
        {formatFigure(row[profile].median, i18n.language)}
      </td>,
      <td key={`${profile}-agreed`} className={agreed[profile] === null ? 'agreed-cell' : 'agreed-cell is-agreed'}>
        <div className="agreed-field">
          <AgreedSelect
          id={`agreed-${profile}-${dimension}`}
          label={t(`consensus.${profile}For`, { dimension: name })}
          value={agreed[profile]}
          describedBy={usesId}
          onChange={(value) => changeAgreed(dimension, { [profile]: value })}
          />
          <span id={usesId} className="hint">
            {agreed[profile] === null ? t('consensus.usesMedian', { value: inForce }) : t('consensus.usesAgreed', { value: inForce })}
          </span>
        </div>
      </td>,
    ];
  };
  return (
    <tr>
      <th scope="row">{name}</th>
      {PROFILES.flatMap(cells)}
      <td>
        <input
          type="text"
          className="agreed-note"
          aria-label={t('consensus.noteFor', { dimension: name })}
          value={agreed.note}
          onChange={(e) => changeAgreed(dimension, { note: e.target.value })}
        />
      </td>
    </tr>
  );
}

const COLUMNS = ['baselineMedian', 'baselineAgreed', 'idealMedian', 'idealAgreed', 'note'] as const;

/** After the discussion: the agreed baseline and ideal per dimension, which then win over the median in the steps. */
export function ConsensusTable({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('workshop');
  return (
    <section className="workshop-section" aria-labelledby="consensus-title">
      <h3 id="consensus-title">{t('consensus.title')}</h3>
      <p className="note">{t('consensus.intro')}</p>
      <ScrollBox labelledBy="consensus-caption">
        <table className="group-table consensus-table">
          <caption id="consensus-caption">{t('consensus.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consensus.columns.dimension')}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={c.endsWith('Median') ? 'number' : undefined}>
                  {t(`consensus.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groupProfile(assessment).map((row) => (
              <ConsensusRow key={row.dimension} assessment={assessment} row={row} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
