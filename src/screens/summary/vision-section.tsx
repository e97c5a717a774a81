import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { SuccessFactor } from '@/domain/vision';
import { filled } from './summary-format';
import { Empty, Fact, SummarySection } from './summary-parts';

/** Purpose, vision statement, high performance, experience and the chosen success factors. */
export function VisionSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('summary');
  const { t: tw } = useTranslation('workspace');
  const v = assessment.vision;
  const evaluate = assessment.mode === 'evaluate';
  const hasVision = [v.purpose, v.statement, v.highPerformance, v.experienceNote].some(filled) || v.experience.length > 0;
  const factors = v.successFactors.filter((f) => f.selected);
  const nameOf = (f: SuccessFactor) =>
    f.kind === 'custom' ? (filled(f.label) ? f.label : tw('define.ownFactor')) : tw(`define.factors.${f.kind}`);
  const dash = tw('rating.short.unrated');
  return (
    <SummarySection title={t('sections.vision')} className="summary-vision">
      {hasVision ? (
        <dl className="summary-facts">
          {filled(v.purpose) && <Fact label={t('vision.purpose')}>{v.purpose}</Fact>}
          {filled(v.statement) && (
            <Fact label={t('vision.statement')}>
              <span className="summary-statement">{v.statement}</span>
            </Fact>
          )}
          {filled(v.highPerformance) && <Fact label={t('vision.highPerformance')}>{v.highPerformance}</Fact>}
          {v.experience.length > 0 && (
            <Fact label={t('vision.experience')}>
              <ul className="summary-inline-list">
                {v.experience.map((form) => (
                  <li key={form}>{tw(`define.experienceForms.${form}`)}</li>
                ))}
              </ul>
            </Fact>
          )}
          {filled(v.experienceNote) && <Fact label={t('vision.experienceNote')}>{v.experienceNote}</Fact>}
        </dl>
      ) : (
        <Empty>{t('vision.empty')}</Empty>
      )}
      <h3>{t('vision.factorsTitle')}</h3>
      {factors.length > 0 ? (
        <table className="summary-table">
          <caption>{t('vision.factorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('vision.factor')}</th>
              <th scope="col">{t('vision.meaning')}</th>
              {evaluate && <th scope="col">{t('vision.shared')}</th>}
              {evaluate && <th scope="col">{t('vision.checkNote')}</th>}
            </tr>
          </thead>
          <tbody>
            {factors.map((f) => (
              <tr key={f.id}>
                <th scope="row">{nameOf(f)}</th>
                <td className="summary-text">{filled(f.note) ? f.note : dash}</td>
                {evaluate && <td>{f.check === null ? t('vision.notChecked') : tw(`define.check.${f.check}`)}</td>}
                {evaluate && <td className="summary-text">{filled(f.checkNote) ? f.checkNote : dash}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('vision.noFactors')}</Empty>
      )}
    </SummarySection>
  );
}
