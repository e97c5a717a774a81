import type { Assessment, Env } from './assessment';

export type ImportPlan = {
  /** Records to write in one transaction. */
  toWrite: Assessment[];
  added: number;
  /** Already here, unchanged: nothing to do. */
  unchanged: number;
  /** Same id but different content here: imported as a copy so that neither version is lost. */
  copied: number;
};

/**
 * Decides what an import writes. New ids are added; an identical record is skipped; a record whose id
 * exists with other content is added as a copy with a new id, so nothing typed on this device is lost.
 */
export function planImport(existing: readonly Assessment[], incoming: readonly Assessment[], env: Env): ImportPlan {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const plan: ImportPlan = { toWrite: [], added: 0, unchanged: 0, copied: 0 };
  for (const record of incoming) {
    const here = byId.get(record.id);
    if (!here) {
      plan.toWrite.push(record);
      plan.added += 1;
    } else if (here.revision === record.revision && here.updatedAt === record.updatedAt) {
      plan.unchanged += 1;
    } else {
      plan.toWrite.push({ ...record, id: env.newId(), revision: 0 });
      plan.copied += 1;
    }
  }
  return plan;
}
