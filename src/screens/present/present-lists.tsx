import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useScrollFocus } from '@/components/use-scroll-focus';
import type { Assessment } from '@/domain/assessment';
import { DISCUSS_SPREAD } from '@/domain/aggregate';
import { statementNamesDueDate } from '@/domain/goal-date';
import type { Aggregate } from '@/domain/aggregate';
import { formatDate, formatNumber } from '@/i18n/format';
import { discussRows, focusGoals, planLines } from './present-content';
import { groupNoNumberKind } from '@/charts/answer-words';

/** The goals of each focus dimension, in the order of the focus. */
export function GoalsList({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('present');
  const { t: tg } = useTranslation('guidance');
  const groups = focusGoals(assessment);
  const panel = useRef<HTMLElement>(null);
  const tabIndex = useScrollFocus(panel);
  return (
    <section ref={panel} tabIndex={tabIndex} className="present-panel" aria-labelledby="present-goals-title">
      <h2 id="present-goals-title">{t('goals.title')}</h2>
      {groups.length === 0 ? (
        <p className="present-empty">{t('goals.noFocus')}</p>
      ) : (
        groups.map((group) => (
          <div key={group.dimension} className="present-goal-group">
            <h3>{tg(`dimensions.${group.dimension}.name`)}</h3>
            {group.goals.length === 0 ? (
              <p className="present-empty">{t('goals.noGoal')}</p>
            ) : (
              <ul>
                {group.goals.map((goal) => (
                  <li key={goal.id}>
                    {goal.statement}
                    {goal.dueDate !== '' && !statementNamesDueDate(goal.statement, goal.dueDate, [formatDate(goal.dueDate, i18n.language)]) && <span className="present-meta"> ({t('goals.due', { date: formatDate(goal.dueDate, i18n.language) })})</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </section>
  );
}

/** Who does what by when: the measures of the goals in focus; the goals when no measure is planned yet. */
export function PlanList({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('present');
  const { t: tg } = useTranslation('guidance');
  const lines = planLines(assessment);
  const panel = useRef<HTMLElement>(null);
  const tabIndex = useScrollFocus(panel);
  if (lines.length === 0) {
    return (
      <div className="present-side">
        <p className="present-empty">{t('draft.noMeasures')}</p>
        <GoalsList assessment={assessment} />
      </div>
    );
  }
  return (
    <section ref={panel} tabIndex={tabIndex} className="present-panel" aria-labelledby="present-plan-title">
      <h2 id="present-plan-title">{t('draft.title')}</h2>
      <ul className="present-plan">
        {lines.map((line) => (
          <li key={line.id}>
            <span className="present-plan-title">{line.title}</span>
            <span className="present-meta">
              {tg(`dimensions.${line.dimension}.short`)} · {line.owner === '' ? t('draft.noOwner') : t('draft.owner', { owner: line.owner })} ·{' '}
              {line.due === '' ? t('draft.noDue') : t('draft.due', { date: formatDate(line.due, i18n.language) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AggregateCell({ aggregate }: { aggregate: Aggregate }) {
  const { t, i18n } = useTranslation('present');
  const n = (v: number) => formatNumber(v, i18n.language);
  if (aggregate.median === null || aggregate.min === null || aggregate.max === null) {
    // n/a and don't know are answers, named as such; "not rated" only when nobody answered
    const kind = groupNoNumberKind(aggregate);
    return <td className="is-muted">{t(kind === 'unrated' ? 'discuss.notRated' : `discuss.${kind}`)}</td>;
  }
  // The bar repeats the numbers on the 1–5 scale for the back of the room; the text says it all.
  const at = (value: number) => `${String(((value - 1) / 4) * 100)}%`;
  return (
    <td>
      <span className="present-median">{t('discuss.median', { median: n(aggregate.median) })}</span>{' '}
      <span className="present-range">{t('discuss.range', { min: n(aggregate.min), max: n(aggregate.max) })}</span>
      <span className="present-range-bar" aria-hidden="true">
        <span className="present-range-band" style={{ left: `calc(${at(aggregate.min)} - 0.3em)`, width: `calc(${String(((aggregate.max - aggregate.min) / 4) * 100)}% + 0.6em)` }} />
        <span className="present-range-median" style={{ left: at(aggregate.median) }} />
      </span>
    </td>
  );
}

/** The dimensions to discuss, most disagreement first, with each profile's median and lowest–highest. */
export function DiscussTable({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation('charts');
  const { t: tg } = useTranslation('guidance');
  if (!assessment.workshop.revealed) return <p className="present-message">{tc('group.hidden')}</p>;
  if (assessment.participants.length === 0) return <p className="present-message">{t('discuss.noParticipants')}</p>;
  const rows = discussRows(assessment);
  if (rows.length === 0) return <p className="present-message">{t('discuss.none', { spread: DISCUSS_SPREAD })}</p>;
  return (
    <table className="present-discuss">
      <caption>{t('discuss.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('discuss.dimension')}</th>
          <th scope="col">{t('discuss.baseline')}</th>
          <th scope="col">{t('discuss.ideal')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.dimension}>
            <th scope="row">
              <span aria-hidden="true">⚠ </span>
              {tg(`dimensions.${row.dimension}.name`)}
            </th>
            <AggregateCell aggregate={row.baseline} />
            <AggregateCell aggregate={row.ideal} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
