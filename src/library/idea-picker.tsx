import '@/styles/ideas.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '@/domain/assessment';
import { MODES } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS, isDimensionId } from '@/domain/dimensions';
import type { Idea, IdeaKind, IdeaTexts } from '@/domain/library/ideas';
import { IDEAS, searchIdeas } from '@/domain/library/ideas';
import type { IdeaUse } from './idea-item';
import { IdeaItem } from './idea-item';
import { ideaTexts } from './idea-texts';

const KINDS: readonly IdeaKind[] = ['goal', 'measure'];

export type IdeaPickerProps = {
  /** Filter presets; the user can change them. */
  dimension?: DimensionId | null;
  mode?: Mode | null;
  /** Level of each idea's title. */
  level: 3 | 4 | 5;
  /** What choosing an idea does in the open step; the kind filter is then fixed to that kind. Without it the list is read-only. */
  use?: IdeaUse;
  onUse?: (idea: Idea, texts: IdeaTexts) => void;
  /** Prefix of the ids of the results' buttons (`<prefix>-<idea id>`). */
  idPrefix?: string;
};

/** Search and filter the idea library; each result shows its source and, in a step, a button to use it. */
export function IdeaPicker({ dimension = null, mode = null, level, use, onUse, idPrefix }: IdeaPickerProps) {
  const { t } = useTranslation('ideas');
  const { t: tg } = useTranslation('guidance');
  const id = useId();
  const prefix = idPrefix ?? id;
  const [query, setQuery] = useState('');
  const [dimensionFilter, setDimension] = useState<DimensionId | null>(dimension);
  const [modeFilter, setMode] = useState<Mode | null>(mode);
  const [kindFilter, setKind] = useState<IdeaKind | null>(use ?? null);
  // Every idea's texts in the current language, read once per language.
  const texts = useMemo(() => new Map(IDEAS.map((idea) => [idea.id, ideaTexts(t, idea)])), [t]);
  const textOf = (idea: Idea) => texts.get(idea.id) ?? ideaTexts(t, idea);
  const results = searchIdeas(IDEAS, { query, dimension: dimensionFilter, mode: modeFilter, kind: use ?? kindFilter }, textOf);
  const clear = () => {
    setQuery('');
    setDimension(null);
    setMode(null);
    setKind(use ?? null);
  };
  return (
    <div className="idea-picker">
      <div className="idea-filters" role="search" aria-label={t('ui.filtersLabel')}>
        <div className="field idea-search">
          <label htmlFor={`${id}-query`}>{t('ui.search')}</label>
          <input id={`${id}-query`} type="search" value={query} aria-describedby={`${id}-query-hint`} onChange={(e) => setQuery(e.target.value)} />
          <p id={`${id}-query-hint`} className="hint">
            {t('ui.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dimension`}>{t('ui.dimension')}</label>
          <select id={`${id}-dimension`} value={dimensionFilter ?? ''} onChange={(e) => setDimension(isDimensionId(e.target.value) ? e.target.value : null)}>
            <option value="">{t('ui.allDimensions')}</option>
            {DIMENSION_IDS.map((d) => (
              <option key={d} value={d}>
                {tg(`dimensions.${d}.name`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-mode`}>{t('ui.mode')}</label>
          <select id={`${id}-mode`} value={modeFilter ?? ''} onChange={(e) => setMode(MODES.find((m) => m === e.target.value) ?? null)}>
            <option value="">{t('ui.anyMode')}</option>
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`ui.modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
        {!use && (
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('ui.kind')}</label>
            <select id={`${id}-kind`} value={kindFilter ?? ''} onChange={(e) => setKind(KINDS.find((k) => k === e.target.value) ?? null)}>
              <option value="">{t('ui.anyKind')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`ui.kindFilter.${k}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p className="idea-count" role="status">
        {t('ui.count', { count: results.length })}
      </p>
      {results.length === 0 ? (
        <div className="idea-empty">
          <p>{t('ui.noResults')}</p>
          <button type="button" className="secondary" onClick={clear}>
            {t('ui.showAll')}
          </button>
        </div>
      ) : (
        <ul className="idea-list" aria-label={t('ui.results')}>
          {results.map((idea) => (
            <IdeaItem key={idea.id} idea={idea} texts={textOf(idea)} level={level} buttonId={`${prefix}-${idea.id}`} use={use} onUse={onUse} />
          ))}
        </ul>
      )}
    </div>
  );
}
