import type { Goal, Indicator, Measure, Milestone } from '../plan';
import { newGoal, newIndicator, newMeasure } from '../plan';
import type { GoalIdea, IdeaTexts, MeasureIdea } from './ideas';

type IdSource = { newId: () => string };

/** The indicator a goal idea suggests, still without values. */
function suggestedIndicator(idea: GoalIdea, texts: IdeaTexts, env: IdSource): Indicator[] {
  if (!idea.indicator) return [];
  return [newIndicator(env.newId(), { name: texts.indicator ?? '', unit: texts.unit ?? '', direction: idea.indicator.direction })];
}

/**
 * Fills an existing goal from an idea: the idea's statement replaces the statement and the goal remembers
 * the idea. Everything else the group has entered (indicators, due date, relevance, monitoring) stays; the
 * suggested indicator is added only when the goal has none yet.
 */
export function fillGoalFromIdea(goal: Goal, idea: GoalIdea, texts: IdeaTexts, env: IdSource): Goal {
  return {
    ...goal,
    statement: texts.text,
    ideaId: idea.id,
    indicators: goal.indicators.length > 0 ? goal.indicators : suggestedIndicator(idea, texts, env),
  };
}

/** A new goal for the idea's dimension, made from the idea. */
export function goalFromIdea(idea: GoalIdea, texts: IdeaTexts, env: IdSource): Goal {
  return fillGoalFromIdea(newGoal(env.newId(), idea.dimension), idea, texts, env);
}

/** Days after the start for the n-th suggested milestone (quarterly ones are recomputed once the start is known). */
function offsetOf(cadence: Measure['cadence'], index: number): number | null {
  if (cadence === '30-60-90') return 30 * (index + 1);
  if (cadence === 'quarterly') return 91 * (index + 1);
  return null;
}

/** A new planned measure of the goal, titled and described as the idea says, with its suggested milestones. */
export function measureFromIdea(idea: MeasureIdea, texts: IdeaTexts, goalId: string, env: IdSource): Measure {
  const measure: Measure = { ...newMeasure(env.newId(), goalId), title: texts.title, description: texts.text, ideaId: idea.id };
  if (!idea.milestones) return measure;
  const { cadence, count } = idea.milestones;
  const milestones: Milestone[] = Array.from({ length: count }, (_, i) => ({
    id: env.newId(),
    title: texts.milestones?.[i] ?? '',
    due: '',
    offsetDays: offsetOf(cadence, i),
    done: false,
  }));
  return { ...measure, cadence, milestones };
}

/** The parts of a text the group still has to fill in: "[number]", "[liczba]" and the like. */
export function unfilledPlaceholders(text: string): string[] {
  return [...text.matchAll(/\[[^\]\n]{1,40}\]/g)].map((m) => m[0]);
}
