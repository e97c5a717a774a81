import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistEntry } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_GUIDANCE } from '@/domain/guidance';


type GuidancePanelProps = {
  dimension: DimensionId;
  checklist: Record<string, ChecklistEntry>;
  onChecklistChange: (pointId: string, entry: ChecklistEntry) => void;
};

/**
 * The method's guidance for one dimension: guiding question, meaning, types with examples, what the two
 * ends of the scale look like, and the "what to think about" points as a checklist the group ticks and annotates.
 * Collapsed by default (a native <details>), so it is there wherever the dimension is rated or chosen.
 */
// Other clusters' cases and the EU figures load only when a panel is first opened.
const GuidanceLibrary = lazy(() => import('@/library/guidance-library').then((m) => ({ default: m.GuidanceLibrary })));

export function GuidancePanel({ dimension, checklist, onChecklistChange }: GuidancePanelProps) {
  const { t } = useTranslation('guidance');
  const { types, points } = DIMENSION_GUIDANCE[dimension];
  const base = `dimensions.${dimension}` as const;
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="guidance-panel"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('ui.panelTitle', { name: t(`${base}.name`) })}</summary>
      <dl className="guidance-facts">
        <dt>{t('ui.question')}</dt>
        <dd>{t(`${base}.question`)}</dd>
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
      <fieldset className="checklist">
        <legend>{t('ui.checklist')}</legend>
        <p className="hint">{t('ui.checklistHint')}</p>
        {points.map((point: string) => {
          const entry = checklist[point] ?? { checked: false, note: '' };
          const text = t(`${base}.points.${point}` as never);
          const id = `${dimension}-point-${point}`;
          return (
            <div key={point} className="checklist-point">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={entry.checked}
                  onChange={(e) => {
                    onChecklistChange(point, { ...entry, checked: e.target.checked });
                  }}
                />
                <span>{text}</span>
              </label>
              {entry.checked && (
                <>
                  <label htmlFor={id} className="visually-hidden">
                    {t('ui.pointNote', { point: text })}
                  </label>
                  <textarea
                    id={id}
                    rows={2}
                    value={entry.note}
                    onChange={(e) => {
                      onChecklistChange(point, { ...entry, note: e.target.value });
                    }}
                  />
                </>
              )}
            </div>
          );
        })}
      </fieldset>
      {opened && (
        <Suspense fallback={null}>
          <GuidanceLibrary dimension={dimension} />
        </Suspense>
      )}
    </details>
  );
}
