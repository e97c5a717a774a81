import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment';
import type { DimensionTags } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import type { ProfileSort } from '@/domain/gaps';
import { PROFILE_SORTS, profileRows, sortProfile, sourcedValue } from '@/domain/gaps';
import { formatRating } from '@/components/format-rating';
import { ratingSourceNote } from '@/components/rating-source';
import { editDecision, editDimension } from '@/state/editor-actions';

const TAGS = ['bottleneck', 'leverage', 'feasible'] as const satisfies readonly (keyof DimensionTags)[];

function toggleFocus(dimension: DimensionId, on: boolean): void {
  editDecision((d) => ({
    ...d,
    focus: on ? [...d.focus, { dimension, rationale: '' }] : d.focus.filter((f) => f.dimension !== dimension),
    secondPhase: { ...d.secondPhase, dimensions: d.secondPhase.dimensions.filter((x) => x !== dimension) },
  }));
}

/** All eight dimensions with baseline, ideal and gap, sortable, with tags and the focus choice. */
export function GapTable({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('workspace');
  const { t: tg } = useTranslation('guidance');
  const [sort, setSort] = useState<ProfileSort>('order');
  const rows = sortProfile(profileRows(assessment), sort);
  const focus = new Set(assessment.decision.focus.map((f) => f.dimension));
  return (
    <section aria-labelledby="gap-title">
      <h3 id="gap-title">{t('decide.tableTitle')}</h3>
      <p className="hint">{t('decide.tableIntro')}</p>
      <div className="field inline">
        <label htmlFor="gap-sort">{t('decide.sortBy')}</label>
        <select id="gap-sort" value={sort} onChange={(e) => setSort(e.target.value as ProfileSort)}>
          {PROFILE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`decide.sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="table-scroll">
        <table className="gap-table stack-table">
          <caption className="visually-hidden">{t('decide.tableTitle')}</caption>
          <thead>
            <tr>
              {(['dimension', 'baseline', 'ideal', 'gap', 'tags', 'focus'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`decide.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = tg(`dimensions.${row.dimension}.name`);
              const tags = assessment.dimensions[row.dimension].tags;
              return (
                <tr key={row.dimension} className={focus.has(row.dimension) ? 'is-focus' : undefined}>
                  <th scope="row">{name}</th>
                  {(['baseline', 'ideal'] as const).map((profile) => {
                    const note = ratingSourceNote(sourcedValue(assessment, row.dimension, profile), t, i18n.language);
                    return (
                      <td key={profile} data-label={t(`decide.columns.${profile}`)}>
                        {formatRating(row[profile], t, i18n.language)}
                        {note && <span className="value-source"> ({note})</span>}
                      </td>
                    );
                  })}
                  <td className="gap-cell" data-label={t('decide.columns.gap')}>{formatRating(row.gap, t, i18n.language)}</td>
                  <td data-label={t('decide.columns.tags')}>
                    {TAGS.map((tag) => (
                      <label key={tag} className="choice small">
                        <input
                          type="checkbox"
                          checked={tags[tag]}
                          aria-label={t('decide.tagFor', { tag: t(`decide.tags.${tag}`), dimension: name })}
                          onChange={(e) => {
                            const on = e.target.checked;
                            editDimension(row.dimension, (d) => ({ ...d, tags: { ...d.tags, [tag]: on } }));
                          }}
                        />
                        <span aria-hidden="true">{t(`decide.tags.${tag}`)}</span>
                      </label>
                    ))}
                  </td>
                  <td data-label={t('decide.columns.focus')}>
                    <input
                      type="checkbox"
                      checked={focus.has(row.dimension)}
                      aria-label={t('decide.focusFor', { dimension: name })}
                      onChange={(e) => toggleFocus(row.dimension, e.target.checked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
