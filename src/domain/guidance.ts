/**
 * The structure of the method's guidance per dimension (seed 001, part 2): the types and examples it
 * names and the "what to think about" points. Only ids live here; the texts are in
 * locales/<lang>/guidance.json under the same ids. Checklist ticks are stored by point id: never rename one.
 */
import type { DimensionId } from './dimensions';

export const DIMENSION_GUIDANCE = {
  membership: {
    types: ['closed', 'open', 'informal', 'associated'],
    points: ['criteria', 'participation', 'expectations', 'inclusion', 'spaces'],
  },
  composition: {
    types: ['one-sector', 'two-sectors', 'three-sectors', 'other-mix'],
    points: ['authority', 'actor-types', 'jurisdiction', 'sector-balance'],
  },
  operations: {
    types: ['public', 'entrepreneurial', 'social', 'alternative'],
    points: ['fit', 'participatory', 'leadership', 'lasting-impact', 'components'],
  },
  coordination: {
    types: ['legal-entity', 'informal-team', 'public-secretariat'],
    points: ['skills', 'constitution', 'legal-costs', 'representation', 'autonomy', 'legal-form'],
  },
  finance: {
    types: ['member-fees', 'services-events', 'public-funding', 'eu-funds', 'partnerships', 'crowdfunding'],
    points: ['own-revenue', 'project-risk', 'public-anchor', 'diversification'],
  },
  services: {
    types: ['economic', 'social', 'environmental', 'technological', 'networking', 'knowledge', 'resources', 'business-development', 'advocacy'],
    points: ['target-groups', 'ecosystem-fit', 'regulation', 'impact', 'priorities'],
  },
  purpose: {
    types: ['regional-transition', 'social-economy', 'local-economy', 'sustainable-development', 'education'],
    points: ['policy-alignment', 'funding-access', 'investors', 'language', 'co-creation'],
  },
  collaboration: {
    types: ['community', 'internal', 'partnerships', 'external'],
    points: ['stakeholders', 'shared-goals', 'capabilities', 'trust', 'inclusivity', 'expectations'],
  },
} as const satisfies Record<DimensionId, { types: readonly string[]; points: readonly string[] }>;

export type GuidancePointId<D extends DimensionId> = (typeof DIMENSION_GUIDANCE)[D]['points'][number];

/** The "building the core" guidance, reachable from steps 1 and 2 in creation mode. */
export const CORE_TOPICS = ['governance', 'finance', 'people', 'functions', 'ecosystem'] as const;
export type CoreTopic = (typeof CORE_TOPICS)[number];

/** The four core functions that keep responsibilities clear. */
export const CORE_FUNCTIONS = ['strategy', 'communications', 'learning', 'community'] as const;
