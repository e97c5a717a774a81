import type { Mode } from '../assessment';
import type { DimensionId } from '../dimensions';
import type { Direction, MilestoneCadence } from '../plan';

/**
 * The idea library: goals and measures a group can start from in steps GOALS and DRAFT, each drawn from
 * one section of a source document. Only ids, structure and references live here; every sentence is in
 * locales/<language>/ideas.json under items.<id>. Ids are stored in assessments (Goal.ideaId,
 * Measure.ideaId): never rename or remove one, only add.
 */
export type IdeaKind = 'goal' | 'measure';

/** The seeds: 000 the Pomeranian cluster model, 001 the RESIST method, 004 the EU (GECES) report. */
export const SOURCE_DOCUMENTS = ['000', '001', '004'] as const;
export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number];

/** The sections an idea can cite, per document; their names are in ideas.json under sections.<document>. */
export const SOURCE_SECTIONS = {
  '000': [
    'vision-objectives',
    'form-of-operation',
    'staffing',
    'structure',
    'operating-model',
    'member-categories',
    'onboarding',
    'joining-fee',
    'member-obligations',
    'service-areas',
    'funding-sources',
    'in-kind',
    'operating-costs',
    'financing-phases',
    'risks-strategic',
    'risks-organisational',
    'risks-financial',
    'risks-collaboration',
    'stakeholder-roles',
    'cooperation-models',
    'phase-1',
    'phase-2',
    'phase-4',
    'recommendations',
  ],
  '001': [
    'core-governance',
    'core-functions',
    'ecosystem-analysis',
    'step-5',
    'evaluation',
    'dim-membership',
    'dim-composition',
    'dim-coordination',
    'dim-finance',
    'dim-services',
    'dim-purpose',
    'dim-collaboration',
    'key-learnings',
  ],
  '004': ['composition', 'governance', 'rec-regional', 'rec-stakeholders'],
} as const satisfies Record<SourceDocument, readonly string[]>;

export type IdeaSource = { [D in SourceDocument]: { document: D; section: (typeof SOURCE_SECTIONS)[D][number] } }[SourceDocument];

/** Units a suggested indicator can have; their words are in ideas.json under units. None: a plain count. */
export const IDEA_UNITS = ['percent', 'days', 'months', 'years', 'fte'] as const;
export type IdeaUnit = (typeof IDEA_UNITS)[number];

type IdeaBase = {
  id: string;
  dimension: DimensionId;
  /** When the idea helps: creating a cluster, evaluating one, or both. */
  modes: readonly Mode[];
  source: IdeaSource;
};

export type GoalIdea = IdeaBase & {
  kind: 'goal';
  /** A suggested indicator; its name is in the texts (items.<id>.indicator). */
  indicator?: { unit: IdeaUnit | null; direction: Direction };
};

export type MeasureIdea = IdeaBase & {
  kind: 'measure';
  /** Suggested milestones; their titles are in the texts (items.<id>.milestones.1 …). */
  milestones?: { cadence: MilestoneCadence; count: number };
};

export type Idea = GoalIdea | MeasureIdea;

/** The texts of one idea in one language. */
export type IdeaTexts = {
  title: string;
  /** For a goal the statement to adapt; for a measure what will be done. */
  text: string;
  hint?: string;
  /** Name of the suggested indicator and the word for its unit (goals). */
  indicator?: string;
  unit?: string;
  /** Titles of the suggested milestones (measures). */
  milestones?: readonly string[];
};

const BOTH: readonly Mode[] = ['create', 'evaluate'];
const CREATE: readonly Mode[] = ['create'];
const EVALUATE: readonly Mode[] = ['evaluate'];

type Indicator = GoalIdea['indicator'];
type Milestones = MeasureIdea['milestones'];

const count = (direction: Direction = 'higher'): Indicator => ({ unit: null, direction });
const percent = (direction: Direction = 'higher'): Indicator => ({ unit: 'percent', direction });
const inUnit = (unit: IdeaUnit, direction: Direction = 'higher'): Indicator => ({ unit, direction });
const dated = (n: number): Milestones => ({ cadence: 'dates', count: n });
const days306090: Milestones = { cadence: '30-60-90', count: 3 };
const quarterly: Milestones = { cadence: 'quarterly', count: 4 };

function goal(dimension: DimensionId, slug: string, modes: readonly Mode[], source: IdeaSource, indicator?: Indicator): GoalIdea {
  return { id: `${dimension}-goal-${slug}`, kind: 'goal', dimension, modes, source, ...(indicator ? { indicator } : {}) };
}

function measure(dimension: DimensionId, slug: string, modes: readonly Mode[], source: IdeaSource, milestones?: Milestones): MeasureIdea {
  return { id: `${dimension}-measure-${slug}`, kind: 'measure', dimension, modes, source, ...(milestones ? { milestones } : {}) };
}

const pkes = (section: (typeof SOURCE_SECTIONS)['000'][number]): IdeaSource => ({ document: '000', section });
const method = (section: (typeof SOURCE_SECTIONS)['001'][number]): IdeaSource => ({ document: '001', section });
const geces = (section: (typeof SOURCE_SECTIONS)['004'][number]): IdeaSource => ({ document: '004', section });

/** Every idea, grouped by dimension, goals before measures. */
export const IDEAS: readonly Idea[] = [
  // I. Membership model
  goal('membership', 'active-core', BOTH, pkes('member-obligations'), count()),
  goal('membership', 'written-criteria', CREATE, pkes('phase-1'), percent()),
  goal('membership', 'fast-decisions', BOTH, pkes('onboarding'), inUnit('days', 'lower')),
  goal('membership', 'small-and-rural', BOTH, method('dim-membership'), percent()),
  goal('membership', 'retention', EVALUATE, pkes('risks-strategic'), percent()),
  goal('membership', 'two-spaces', CREATE, method('dim-membership'), percent()),
  measure('membership', 'bylaws', CREATE, pkes('phase-1'), dated(3)),
  measure('membership', 'onboarding', BOTH, pkes('onboarding'), days306090),
  measure('membership', 'activity-check', EVALUATE, pkes('risks-strategic'), dated(2)),
  measure('membership', 'benefit-sheets', CREATE, pkes('member-categories')),
  measure('membership', 'online-space', BOTH, method('dim-membership'), days306090),
  measure('membership', 'fee-decision', EVALUATE, pkes('joining-fee')),

  // II. Cross-sectoral composition
  goal('composition', 'four-sectors', BOTH, method('dim-composition'), count()),
  goal('composition', 'local-authorities', BOTH, method('dim-composition'), count()),
  goal('composition', 'companies', BOTH, pkes('stakeholder-roles'), count()),
  goal('composition', 'research-partner', CREATE, geces('rec-stakeholders'), count()),
  goal('composition', 'board-mix', CREATE, pkes('structure'), count()),
  goal('composition', 'sector-balance', EVALUATE, geces('composition'), percent('lower')),
  measure('composition', 'actor-map', CREATE, method('ecosystem-analysis'), days306090),
  measure('composition', 'one-to-one', BOTH, method('key-learnings'), dated(2)),
  measure('composition', 'supporting-members', CREATE, pkes('member-categories')),
  measure('composition', 'programme-board', CREATE, pkes('phase-1'), dated(3)),
  measure('composition', 'municipality-visits', BOTH, pkes('phase-2'), days306090),
  measure('composition', 'sector-count', EVALUATE, geces('composition')),

  // III. Operational model
  goal('operations', 'governance-charter', CREATE, method('core-governance'), percent()),
  goal('operations', 'meeting-rhythm', BOTH, pkes('operating-model'), percent()),
  goal('operations', 'projects-reviewed', BOTH, pkes('operating-model'), count()),
  goal('operations', 'clear-roles', EVALUATE, pkes('risks-organisational'), count('lower')),
  goal('operations', 'formalise-when-ready', BOTH, pkes('form-of-operation'), count()),
  goal('operations', 'assembly-turnout', EVALUATE, geces('governance'), percent()),
  measure('operations', 'charter', CREATE, method('step-5'), dated(3)),
  measure('operations', 'coordinating-team', CREATE, pkes('phase-1'), dated(2)),
  measure('operations', 'working-groups', CREATE, pkes('phase-2'), days306090),
  measure('operations', 'project-card', BOTH, pkes('operating-model')),
  measure('operations', 'channels', CREATE, pkes('phase-1'), dated(3)),
  measure('operations', 'annual-review', EVALUATE, pkes('structure'), dated(2)),

  // IV. Coordinating body
  goal('coordination', 'operator-secured', CREATE, pkes('recommendations'), inUnit('years')),
  goal('coordination', 'paid-team', BOTH, pkes('staffing'), inUnit('fte')),
  goal('coordination', 'four-functions', BOTH, method('core-functions'), count()),
  goal('coordination', 'mission-signed', CREATE, method('dim-coordination'), percent()),
  goal('coordination', 'stable-team', EVALUATE, pkes('phase-4'), inUnit('months', 'lower')),
  goal('coordination', 'own-projects', BOTH, method('dim-coordination'), count()),
  measure('coordination', 'select-operator', CREATE, pkes('phase-1'), dated(3)),
  measure('coordination', 'hire-coordinator', CREATE, pkes('phase-1'), days306090),
  measure('coordination', 'sales-specialist', CREATE, pkes('phase-1'), dated(2)),
  measure('coordination', 'function-map', BOTH, method('core-functions')),
  measure('coordination', 'delegate', EVALUATE, pkes('risks-organisational')),
  measure('coordination', 'workload-check', EVALUATE, pkes('recommendations'), quarterly),

  // V. Financial model
  goal('finance', 'cap-single-source', BOTH, pkes('risks-financial'), percent('lower')),
  goal('finance', 'own-revenue', BOTH, pkes('financing-phases'), percent()),
  goal('finance', 'fixed-costs-covered', EVALUATE, pkes('operating-costs'), percent()),
  goal('finance', 'reserve', BOTH, pkes('risks-financial'), inUnit('months')),
  goal('finance', 'public-anchor', CREATE, method('dim-finance'), inUnit('years')),
  goal('finance', 'pipeline', BOTH, method('step-5'), count()),
  measure('finance', 'funding-pipeline', CREATE, method('step-5'), days306090),
  measure('finance', 'quarterly-report', BOTH, pkes('risks-financial'), quarterly),
  measure('finance', 'dues-scale', CREATE, pkes('funding-sources'), dated(2)),
  measure('finance', 'in-kind-register', BOTH, pkes('in-kind')),
  measure('finance', 'phase-plan', CREATE, pkes('financing-phases')),
  measure('finance', 'core-funding-talks', BOTH, geces('rec-regional'), dated(3)),

  // VI. Portfolio of services
  goal('services', 'catalogue', CREATE, pkes('phase-2'), count()),
  goal('services', 'pilot-consortia', CREATE, pkes('recommendations'), count()),
  goal('services', 'learning-offer', BOTH, pkes('recommendations'), percent()),
  goal('services', 'useful-services', EVALUATE, method('dim-services'), percent()),
  goal('services', 'contracts', BOTH, pkes('service-areas'), count()),
  goal('services', 'results-known', EVALUATE, method('dim-services'), percent()),
  measure('services', 'catalogue', CREATE, pkes('phase-2'), days306090),
  measure('services', 'pilot-consortia', CREATE, pkes('phase-2'), dated(3)),
  measure('services', 'mastermind', BOTH, pkes('service-areas'), quarterly),
  measure('services', 'needs-survey', BOTH, method('dim-services'), dated(2)),
  measure('services', 'sharing-test', CREATE, pkes('phase-2')),
  measure('services', 'support-centres', BOTH, pkes('recommendations')),

  // VII. Viable purpose
  goal('purpose', 'co-created', CREATE, method('dim-purpose'), count()),
  goal('purpose', 'in-strategies', BOTH, method('dim-purpose'), count()),
  goal('purpose', 'objectives', CREATE, pkes('vision-objectives'), count()),
  goal('purpose', 'market-and-mission', BOTH, pkes('recommendations'), percent()),
  goal('purpose', 'still-shared', EVALUATE, method('evaluation'), percent()),
  goal('purpose', 'ecological', BOTH, geces('rec-stakeholders'), count()),
  measure('purpose', 'workshop', CREATE, method('key-learnings'), dated(3)),
  measure('purpose', 'policy-check', CREATE, method('dim-purpose')),
  measure('purpose', 'assembly-check', EVALUATE, pkes('structure'), dated(2)),
  measure('purpose', 'plain-language', BOTH, method('dim-purpose')),
  measure('purpose', 'success-stories', BOTH, pkes('recommendations'), quarterly),
  measure('purpose', 'local-indicators', BOTH, geces('rec-regional'), dated(2)),

  // VIII. Collaboration among stakeholders
  goal('collaboration', 'roundtables', CREATE, method('step-5'), count()),
  goal('collaboration', 'deeper-cooperation', BOTH, pkes('cooperation-models'), count()),
  goal('collaboration', 'local-government-partnership', BOTH, pkes('recommendations'), count()),
  goal('collaboration', 'trust', EVALUATE, method('dim-collaboration'), percent()),
  goal('collaboration', 'joint-projects', BOTH, method('dim-collaboration'), count()),
  goal('collaboration', 'exchange', BOTH, method('key-learnings'), count()),
  measure('collaboration', 'roundtables', BOTH, method('step-5'), dated(3)),
  measure('collaboration', 'cooperation-levels', BOTH, pkes('cooperation-models')),
  measure('collaboration', 'inform-early', CREATE, method('key-learnings'), days306090),
  measure('collaboration', 'visible-contributions', BOTH, method('key-learnings')),
  measure('collaboration', 'consortium-rules', BOTH, pkes('risks-collaboration'), dated(2)),
  measure('collaboration', 'procurement-training', BOTH, geces('rec-regional'), dated(2)),
  measure('collaboration', 'decision-log', EVALUATE, method('key-learnings')),
];

/** The idea with this id, if the library has it. */
export function ideaById(id: string | null | undefined): Idea | undefined {
  return id ? IDEAS.find((idea) => idea.id === id) : undefined;
}

export { searchIdeas, normalizeForSearch } from './idea-search';
export type { IdeaFilter } from './idea-search';
export { goalFromIdea, fillGoalFromIdea, measureFromIdea, unfilledPlaceholders } from './idea-plan';
