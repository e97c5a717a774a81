import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { suggestFocus } from '@/domain/focus-suggestion';
import { profileRows } from '@/domain/gaps';
import { formatNumber } from '@/i18n/format';
import { editDecision } from '@/state/editor-actions';

function accept(suggested: readonly DimensionId[]): void {
  editDecision((d) => {
    // Keep the rationales already written for dimensions that stay in focus.
    const kept = new Map(d.focus.map((f) => [f.dimension, f.rationale]));
    return {
      ...d,
      focus: suggested.map((dimension) => ({ dimension, rationale: kept.get(dimension) ?? '' })),
      secondPhase: { ...d.secondPhase, dimensions: d.secondPhase.dimensions.filter((x) => !suggested.includes(x)) },
    };
  });
}

/** The computed suggestion of three focus dimensions, its rule in one sentence, and a button to accept it. */
export function SuggestionBox({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const tags = Object.fromEntries(DIMENSION_IDS.map((d) => [d, assessment.dimensions[d].tags])) as Record<
    DimensionId,
    Assessment['dimensions'][DimensionId]['tags']
  >;
  const suggestion = suggestFocus(profileRows(assessment), tags);
  const names = (ids: readonly DimensionId[]) => ids.map((id) => tg(`dimensions.${id}.name`)).join(', ');
  const current = assessment.decision.focus.map((f) => f.dimension);
  const same = current.length === suggestion.suggested.length && suggestion.suggested.every((d) => current.includes(d));
  return (
    <section className="suggestion-box" aria-labelledby="suggestion-title">
      <h3 id="suggestion-title">{t('decide.suggestionTitle')}</h3>
      <p className="hint">{t('decide.suggestionRule')}</p>
      {suggestion.suggested.length === 0 ? (
        <p>{t('decide.noSuggestion')}</p>
      ) : (
        <>
          <p className="suggested">{t('decide.suggested', { list: names(suggestion.suggested) })}</p>
          <ul className="scores">
            {suggestion.ranking.map((r) => (
              <li key={r.dimension}>
                {t('decide.score', { dimension: tg(`dimensions.${r.dimension}.name`), score: formatNumber(r.score, i18n.language) })}
              </li>
            ))}
          </ul>
          {suggestion.tiedOut.length > 0 && <p>{t('decide.tiedOut', { list: names(suggestion.tiedOut) })}</p>}
          <button type="button" disabled={same} onClick={() => accept(suggestion.suggested)}>
            {t('decide.accept')}
          </button>
        </>
      )}
      {suggestion.notComparable.length > 0 && <p className="hint">{t('decide.notComparable', { list: names(suggestion.notComparable) })}</p>}
    </section>
  );
}
