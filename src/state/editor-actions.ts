/** Small, named edits of the open assessment; each one goes through the autosaving editor store. */
import type { Assessment } from '@/domain/assessment';
import type { DimensionRecord } from '@/domain/dimension-record';
import type { DimensionId } from '@/domain/dimensions';
import type { Decision } from '@/domain/focus';
import type { Goal, Measure } from '@/domain/plan';
import { currencyForNewMeasure, newGoal, newMeasure } from '@/domain/plan';
import { newId } from '@/lib/env';
import type { ResourceInventory } from '@/domain/resources';
import type { Vision } from '@/domain/vision';
import { useAppStore } from './app-store';
import { useEditorStore } from './editor-store';

function edit(recipe: (a: Assessment) => Assessment): void {
  useEditorStore.getState().update(recipe);
}

/** Changes one dimension's record. */
export function editDimension(id: DimensionId, recipe: (d: DimensionRecord) => DimensionRecord): void {
  edit((a) => ({ ...a, dimensions: { ...a.dimensions, [id]: recipe(a.dimensions[id]) } }));
}

/** Sets the note of one resource of the inventory. */
export function editResource<K extends keyof ResourceInventory>(kind: K, id: keyof ResourceInventory[K], text: string): void {
  edit((a) => ({ ...a, resources: { ...a.resources, [kind]: { ...a.resources[kind], [id]: text } } }));
}

/** Changes the vision (step DEFINE). */
export function editVision(recipe: (v: Vision) => Vision): void {
  edit((a) => ({ ...a, vision: recipe(a.vision) }));
}

/** Changes the decision (step DECIDE). */
export function editDecision(recipe: (d: Decision) => Decision): void {
  edit((a) => ({ ...a, decision: recipe(a.decision) }));
}

/** Changes the goal of a focus dimension, creating it on the first edit. */
export function editGoalFor(dimension: DimensionId, recipe: (g: Goal) => Goal): void {
  edit((a) => {
    const existing = a.goals.find((g) => g.dimension === dimension);
    if (existing) return { ...a, goals: a.goals.map((g) => (g.id === existing.id ? recipe(g) : g)) };
    return { ...a, goals: [...a.goals, recipe(newGoal(newId(), dimension))] };
  });
}

/** Changes one goal's monitoring routine or other fields by id. */
export function editGoal(goalId: string, recipe: (g: Goal) => Goal): void {
  edit((a) => ({ ...a, goals: a.goals.map((g) => (g.id === goalId ? recipe(g) : g)) }));
}

/** Adds a new measure at the end of the plan, its funding in the currency last used here (or the language's). */
export function addPlannedMeasure(measure: Measure): void {
  edit((a) => {
    const currency = currencyForNewMeasure(a.measures, useAppStore.getState().language);
    return { ...a, measures: [...a.measures, { ...measure, resources: { ...measure.resources, currency } }] };
  });
}

/** Adds an empty measure to a goal. */
export function addMeasure(goalId: string): void {
  addPlannedMeasure(newMeasure(newId(), goalId));
}

/** Changes one measure. */
export function editMeasure(measureId: string, recipe: (m: Measure) => Measure): void {
  edit((a) => ({ ...a, measures: a.measures.map((m) => (m.id === measureId ? recipe(m) : m)) }));
}

/** Removes one measure. */
export function removeMeasure(measureId: string): void {
  edit((a) => ({ ...a, measures: a.measures.filter((m) => m.id !== measureId) }));
}

/** Deletes a goal with its measures (only offered for goals of dimensions taken out of focus). */
export function removeGoal(goalId: string): void {
  edit((a) => ({ ...a, goals: a.goals.filter((g) => g.id !== goalId), measures: a.measures.filter((m) => m.goalId !== goalId) }));
}

/** Applies a pure edit of the whole assessment (used by workshop edits from src/domain/workshop.ts). */
export function editAssessment(recipe: (a: Assessment) => Assessment): void {
  edit(recipe);
}
