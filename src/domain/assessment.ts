import type { DimensionRecord } from './dimension-record';
import { emptyDimensions } from './dimension-record';
import type { DimensionId } from './dimensions';
import type { Decision } from './focus';
import { emptyDecision } from './focus';
import type { Participant, Snapshot, Workshop } from './participants';
import type { Goal, Measure } from './plan';
import type { ResourceInventory } from './resources';
import { emptyInventory } from './resources';
import type { Vision } from './vision';
import { emptyVision } from './vision';

/** The version of the stored record shape. Bump it with a migration in src/storage/migrations. */
export const CURRENT_SCHEMA_VERSION = 6;

export const MODES = ['create', 'evaluate'] as const;
export type Mode = (typeof MODES)[number];

export const LANGUAGES = ['en', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One assessment: a region's pass through the five steps, in creation or evaluation mode. */
export type Assessment = {
  /** UUID, so that files move between devices without clashes. */
  id: string;
  schemaVersion: number;
  /** Incremented by every save; a save based on an older revision is a conflict. */
  revision: number;
  name: string;
  region: string;
  mode: Mode;
  facilitator: string;
  /** Date of the workshop or evaluation session (YYYY-MM-DD). */
  date: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  language: Language;
  /** The assessment this one continues (re-evaluation), if any. */
  continuesId: string | null;
  lastExportAt: string | null;
  dimensions: Record<DimensionId, DimensionRecord>;
  participants: Participant[];
  /** Workshop mode: whether the participants' private ratings have been revealed. */
  workshop: Workshop;
  snapshots: Snapshot[];
  resources: ResourceInventory;
  vision: Vision;
  decision: Decision;
  goals: Goal[];
  measures: Measure[];
};

export type NewAssessmentInput = {
  name: string;
  region: string;
  mode: Mode;
  facilitator: string;
  date: string;
  language: Language;
};

/** The environment a new record needs: an id and the current time, passed in so the domain stays pure. */
export type Env = { newId: () => string; now: string };

/** A fresh assessment with every part of the model present and empty. */
export function createAssessment(input: NewAssessmentInput, env: Env): Assessment {
  return {
    id: env.newId(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    revision: 0,
    name: input.name.trim(),
    region: input.region.trim(),
    mode: input.mode,
    facilitator: input.facilitator.trim(),
    date: input.date,
    createdAt: env.now,
    updatedAt: env.now,
    language: input.language,
    continuesId: null,
    lastExportAt: null,
    dimensions: emptyDimensions(),
    participants: [],
    workshop: { revealed: false },
    snapshots: [],
    resources: emptyInventory(),
    vision: emptyVision(),
    decision: emptyDecision(),
    goals: [],
    measures: [],
  };
}

/** A copy with a new id and name, its own revision history and no export time. */
export function duplicateAssessment(source: Assessment, name: string, env: Env): Assessment {
  const copy = structuredClone(source);
  return {
    ...copy,
    id: env.newId(),
    name: name.trim(),
    revision: 0,
    createdAt: env.now,
    updatedAt: env.now,
    lastExportAt: null,
  };
}

/** The name check of the create and rename forms: a name is required. Returns an error code or null. */
export function validateName(name: string): 'name-required' | 'name-too-long' | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'name-required';
  if (trimmed.length > 200) return 'name-too-long';
  return null;
}
