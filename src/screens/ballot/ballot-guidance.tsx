import { useTranslation } from 'react-i18next';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_GUIDANCE } from '@/domain/guidance';

/**
 * The method's guidance for one dimension, read-only: what it means, what the two ends of the scale look like
 * and its types with examples. (The workspace's GuidancePanel adds the group's checklist, which a ballot has not.)
 */
export function BallotGuidance({ dimension }: { dimension: DimensionId }) {
  const { t } = useTranslation('guidance');
  const { types } = DIMENSION_GUIDANCE[dimension];
  const base = `dimensions.${dimension}` as const;
  return (
    <details className="guidance-panel">
      <summary>{t('ui.panelTitle', { name: t(`${base}.name`) })}</summary>
      <dl className="guidance-facts">
        <dt>{t('ui.meaning')}</dt>
        <dd>{t(`${base}.meaning`)}</dd>
        <dt>{t('ui.scale')}</dt>
        <dd>
          <p>
            <strong>{t('ui.low')}:</strong> {t(`${base}.low`)}
          </p>
          <p>
            <strong>{t('ui.high')}:</strong> {t(`${base}.high`)}
          </p>
        </dd>
        <dt>{t('ui.types')}</dt>
        <dd>
          <ul className="guidance-types">
            {types.map((type: string) => (
              <li key={type}>
                <strong>{t(`${base}.types.${type}.name` as never)}</strong> {t(`${base}.types.${type}.text` as never)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </details>
  );
}
