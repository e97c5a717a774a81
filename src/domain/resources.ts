/** Step 1 (DESCRIBE): the resource inventory named by the method (seed 001, step 1). */
export const INTERNAL_RESOURCE_IDS = [
  'people',
  'finance',
  'governance',
  'culture',
  'infrastructure',
] as const;

/** The method lists "stakeholder networks" twice; it is kept once here. */
export const EXTERNAL_RESOURCE_IDS = [
  'ecosystem',
  'market',
  'policy',
  'funding',
  'networks',
  'cultural',
] as const;

export type InternalResourceId = (typeof INTERNAL_RESOURCE_IDS)[number];
export type ExternalResourceId = (typeof EXTERNAL_RESOURCE_IDS)[number];
export type ResourceId = InternalResourceId | ExternalResourceId;

export type ResourceInventory = {
  internal: Record<InternalResourceId, string>;
  external: Record<ExternalResourceId, string>;
};

function notesFor<K extends string>(ids: readonly K[]): Record<K, string> {
  return Object.fromEntries(ids.map((id) => [id, ''])) as Record<K, string>;
}

/** An inventory with every resource present and no notes yet. */
export function emptyInventory(): ResourceInventory {
  return { internal: notesFor(INTERNAL_RESOURCE_IDS), external: notesFor(EXTERNAL_RESOURCE_IDS) };
}
