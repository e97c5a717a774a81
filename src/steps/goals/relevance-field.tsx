import { useTranslation } from 'react-i18next';
import type { Goal } from '@/domain/plan';
import type { SuccessFactor } from '@/domain/vision';
import { TextField } from '@/components/text-field';

const VISION = 'vision';

type RelevanceFieldProps = {
  idPrefix: string;
  goal: Goal;
  factors: readonly SuccessFactor[];
  onChange: (patch: Partial<Pick<Goal, 'successFactorId' | 'relevance'>>) => void;
};

/** Links the goal to a chosen success factor or to the vision, with a sentence on how. */
export function RelevanceField({ idPrefix, goal, factors, onChange }: RelevanceFieldProps) {
  const { t } = useTranslation('workspace');
  const chosen = factors.filter((f) => f.selected);
  const name = (f: SuccessFactor) => (f.kind === 'custom' ? f.label || t('define.ownFactor') : t(`define.factors.${f.kind}`));
  return (
    <>
      <div className="field factor-field">
        <label htmlFor={`${idPrefix}-factor`}>{t('goals.successFactor')}</label>
        <select id={`${idPrefix}-factor`} value={goal.successFactorId} onChange={(e) => onChange({ successFactorId: e.target.value })}>
          <option value="">{t('goals.noFactor')}</option>
          <option value={VISION}>{t('goals.vision')}</option>
          {chosen.map((f) => (
            <option key={f.id} value={f.id}>
              {name(f)}
            </option>
          ))}
        </select>
      </div>
      <TextField id={`${idPrefix}-relevance`} multiline rows={2} label={t('goals.relevance')} value={goal.relevance} onChange={(relevance) => onChange({ relevance })} />
    </>
  );
}
