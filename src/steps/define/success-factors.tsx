import { useTranslation } from 'react-i18next';
import type { SharedCheck, SuccessFactor } from '@/domain/vision';
import { TextField } from '@/components/text-field';
import { newId } from '@/lib/env';
import { editVision } from '@/state/editor-actions';

const CHECKS = ['yes', 'partly', 'no'] as const;

function patchFactor(id: string, patch: Partial<SuccessFactor>): void {
  editVision((v) => ({ ...v, successFactors: v.successFactors.map((f) => (f.id === id ? { ...f, ...patch } : f)) }));
}

/** The four success factors the method names, plus the group's own; in evaluation mode a yes/partly/no check each. */
export function SuccessFactors({ factors, evaluate }: { factors: readonly SuccessFactor[]; evaluate: boolean }) {
  const { t } = useTranslation('workspace');
  const nameOf = (f: SuccessFactor) => (f.kind === 'custom' ? f.label || t('define.ownFactor') : t(`define.factors.${f.kind}`));
  const add = () => {
    editVision((v) => ({
      ...v,
      successFactors: [
        ...v.successFactors,
        { id: newId(), kind: 'custom', label: '', note: '', selected: true, check: null, checkNote: '' },
      ],
    }));
  };
  return (
    <section aria-labelledby="factors-title">
      <h3 id="factors-title">{t('define.factorsTitle')}</h3>
      <p>{t('define.factorsIntro')}</p>
      <ul className="factor-list">
        {factors.map((f) => (
          <li key={f.id} className="factor">
            {f.kind === 'custom' ? (
              <div className="factor-head">
                <TextField id={`factor-${f.id}-label`} label={t('define.ownFactor')} value={f.label} onChange={(label) => patchFactor(f.id, { label })} />
                <button
                  type="button"
                  className="secondary"
                  onClick={() => editVision((v) => ({ ...v, successFactors: v.successFactors.filter((x) => x.id !== f.id) }))}
                >
                  {t('define.removeFactor', { factor: nameOf(f) })}
                </button>
              </div>
            ) : (
              <label className="choice">
                <input type="checkbox" checked={f.selected} onChange={(e) => patchFactor(f.id, { selected: e.target.checked })} />
                <span>{t('define.nonNegotiable', { factor: nameOf(f) })}</span>
              </label>
            )}
            {f.selected && (
              <TextField id={`factor-${f.id}-note`} multiline label={t('define.factorNote', { factor: nameOf(f) })} value={f.note} onChange={(note) => patchFactor(f.id, { note })} />
            )}
            {f.selected && evaluate && (
              <fieldset className="inline-choices">
                <legend>{t('define.checkLegend', { factor: nameOf(f) })}</legend>
                {CHECKS.map((c) => (
                  <label key={c} className="choice">
                    <input type="radio" name={`check-${f.id}`} checked={f.check === c} onChange={() => patchFactor(f.id, { check: c satisfies SharedCheck })} />
                    <span>{t(`define.check.${c}`)}</span>
                  </label>
                ))}
                <TextField id={`factor-${f.id}-check`} label={t('define.checkNote', { factor: nameOf(f) })} value={f.checkNote} onChange={(checkNote) => patchFactor(f.id, { checkNote })} />
              </fieldset>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={add}>
        {t('define.addFactor')}
      </button>
    </section>
  );
}
