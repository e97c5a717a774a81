/**
 * What the text views of the presentation list, pure: the goals per focus dimension, the measures
 * (who does what by when) and the dimensions the group should discuss.
 */
import type { Assessment } from '@/domain/assessment';
import type { GroupRow } from '@/domain/aggregate';
import { byDisagreement, groupProfile } from '@/domain/aggregate';
import type { DimensionId } from '@/domain/dimensions';
import { activeGoals } from '@/domain/plan';

export type FocusGoals = { dimension: DimensionId; goals: { id: string; statement: string; dueDate: string }[] };

/** Each focus dimension in the order chosen, with the statements of its goals (goals without one are left out). */
export function focusGoals(a: Assessment): FocusGoals[] {
  const goals = activeGoals(a);
  return a.decision.focus.map(({ dimension }) => ({
    dimension,
    goals: goals
      .filter((g) => g.dimension === dimension && g.statement.trim() !== '')
      .map((g) => ({ id: g.id, statement: g.statement.trim(), dueDate: g.dueDate })),
  }));
}

export type PlanLine = { id: string; dimension: DimensionId; title: string; owner: string; due: string };

/** The measures of the goals in focus (not dropped, with a title), in the order of the goals. */
export function planLines(a: Assessment): PlanLine[] {
  return activeGoals(a).flatMap((goal) =>
    a.measures
      .filter((m) => m.goalId === goal.id && m.status !== 'dropped' && m.title.trim() !== '')
      .map((m) => ({ id: m.id, dimension: goal.dimension, title: m.title.trim(), owner: m.owner.trim(), due: m.due })),
  );
}

/** The dimensions to discuss, most disagreement first; none before the ratings are revealed. */
export function discussRows(a: Assessment): GroupRow[] {
  if (!a.workshop.revealed || a.participants.length === 0) return [];
  return byDisagreement(groupProfile(a)).filter((r) => r.discuss);
}
