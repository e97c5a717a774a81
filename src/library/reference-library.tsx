import '@/styles/reference.css';
import { useTranslation } from 'react-i18next';
import { isDimensionId } from '@/domain/dimensions';
import type { ReferenceGroup } from '@/domain/library/reference-figures';
import { figuresFor, libraryGroup, REFERENCE_GROUPS } from '@/domain/library/reference-figures';
import { ReferenceTableView } from './reference-table-view';

const CAVEATS = ['sample', 'selfSelected', 'notRepresentative', 'year', 'counts'] as const;

/** All EU reference figures on the library page: general caveats once, then the tables grouped by dimension. */
export function ReferenceLibrary() {
  const { t } = useTranslation('reference');
  const { t: tg } = useTranslation('guidance');
  const groupName = (group: ReferenceGroup) => (isDimensionId(group) ? tg(`dimensions.${group}.name`) : t('library.contextHeading'));
  return (
    <section className="reference-library" aria-labelledby="reference-library-heading">
      <h2 id="reference-library-heading">{t('library.heading')}</h2>
      <p>{t('library.intro')}</p>
      <div className="ref-caveats">
        <h3>{t('library.caveatsHeading')}</h3>
        <ul>
          {CAVEATS.map((key) => (
            <li key={key}>{t(`library.caveats.${key}`)}</li>
          ))}
        </ul>
      </div>
      {REFERENCE_GROUPS.map((group) => {
        const { tables, alsoRelevant } = libraryGroup(group);
        const figures = isDimensionId(group) ? figuresFor(group) : null;
        const headingId = `reference-group-${group}`;
        return (
          <section key={group} className="ref-group" aria-labelledby={headingId}>
            <h3 id={headingId}>{groupName(group)}</h3>
            {figures?.noFigure === true && <p className="ref-no-figure">{t('noFigure')}</p>}
            {figures?.gaps.map((gap) => (
              <p key={gap.id} className="ref-gap">
                {t(`gaps.${gap.id}`)}
              </p>
            ))}
            {tables.length > 0 && (
              <div className="ref-tables">
                {tables.map((table) => (
                  <ReferenceTableView key={table.id} table={table} />
                ))}
              </div>
            )}
            {alsoRelevant.length > 0 && (
              <div className="ref-also">
                <p>{t('library.alsoRelevant')}</p>
                <ul>
                  {alsoRelevant.map((table) => (
                    <li key={table.id}>
                      {t('library.alsoItem', {
                        title: t(`tables.${table.id}.title` as never),
                        table: table.source.table,
                        group: groupName(table.groups[0] ?? 'context'),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        );
      })}
    </section>
  );
}
