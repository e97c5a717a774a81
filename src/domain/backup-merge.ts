import type { Assessment, Env } from './assessment';

/** What the user chose for an assessment of the file whose id is here with other content. */
export type ConflictChoice = 'copy' | 'replace';

/** An assessment of the file that is on this device too, with other content: the user decides. */
export type ImportConflict = { here: Assessment; incoming: Assessment };

/** A file compared with this device, before anything is decided or written. */
export type ImportPreview = {
  /** Every assessment of the file, in file order (what a fresh comparison starts from). */
  incoming: Assessment[];
  /** Not on this device yet. */
  added: Assessment[];
  /** Already here with the same content. */
  unchanged: number;
  /** Here with other content: imported only as the user chooses. */
  conflicts: ImportConflict[];
  /** A second, different record with an id the file already holds (a damaged file): kept as a copy. */
  duplicates: Assessment[];
};

export type ImportPlan = {
  /** Records to write in one transaction. */
  toWrite: Assessment[];
  added: number;
  /** Already here, unchanged: nothing to do. */
  unchanged: number;
  /** Imported under a new id and a new name, beside the one here. */
  copied: number;
  /** Imported over the one here (same id). */
  replaced: number;
  /** The ids of the assessments here that the file replaces: their version here is kept as an earlier version. */
  replacedIds: string[];
};

/** Per id of a conflict; a conflict without a choice is imported as a copy, never over the one here. */
export type ImportChoices = Readonly<Partial<Record<string, ConflictChoice>>>;

/** Fields that change without the content changing: the save counter, the time of the last save and export. */
const BOOKKEEPING = new Set(['revision', 'updatedAt', 'lastExportAt']);

/** JSON of a value with object keys sorted, so that key order does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) =>
    typeof val === 'object' && val !== null && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

/** Whether two records hold the same assessment, whatever their revision, last change or last export. */
export function sameContent(a: Assessment, b: Assessment): boolean {
  const content = (record: Assessment) => canonical(Object.fromEntries(Object.entries(record).filter(([key]) => !BOOKKEEPING.has(key))));
  return content(a) === content(b);
}

/** Compares the assessments of a file with those on this device. Pure: decides nothing for conflicts. */
export function previewImport(existing: readonly Assessment[], incoming: readonly Assessment[]): ImportPreview {
  const here = new Map(existing.map((a) => [a.id, a]));
  const inFile = new Map<string, Assessment>();
  const preview: ImportPreview = { incoming: [...incoming], added: [], unchanged: 0, conflicts: [], duplicates: [] };
  for (const record of incoming) {
    const earlier = inFile.get(record.id);
    if (earlier) {
      if (sameContent(earlier, record)) preview.unchanged += 1;
      else preview.duplicates.push(record);
      continue;
    }
    inFile.set(record.id, record);
    const stored = here.get(record.id);
    if (!stored) preview.added.push(record);
    else if (sameContent(stored, record)) preview.unchanged += 1;
    else preview.conflicts.push({ here: stored, incoming: record });
  }
  return preview;
}

/**
 * Decides what an import writes, with the user's choices. A copy gets a new id, a new name and its own
 * revision history; a replacement keeps the id and the file's content, with a revision past the stored
 * one, so that a tab that has it open sees it as newer (and adopts it, or reports a conflict).
 */
export function planImport(preview: ImportPreview, choices: ImportChoices, env: Env, copyName: (name: string) => string): ImportPlan {
  const asCopy = (record: Assessment): Assessment => ({ ...record, id: env.newId(), name: copyName(record.name), revision: 0 });
  const plan: ImportPlan = { toWrite: [...preview.added], added: preview.added.length, unchanged: preview.unchanged, copied: 0, replaced: 0, replacedIds: [] };
  for (const { here, incoming } of preview.conflicts) {
    if (choices[incoming.id] === 'replace') {
      plan.toWrite.push({ ...incoming, revision: here.revision + 1 });
      plan.replaced += 1;
      plan.replacedIds.push(here.id);
    } else {
      plan.toWrite.push(asCopy(incoming));
      plan.copied += 1;
    }
  }
  for (const record of preview.duplicates) {
    plan.toWrite.push(asCopy(record));
    plan.copied += 1;
  }
  return plan;
}

/** Whether a fresh comparison asks the same questions about the same stored versions as the one the user answered. */
export function sameConflicts(a: ImportPreview, b: ImportPreview): boolean {
  const key = (p: ImportPreview) => p.conflicts.map((c) => `${c.here.id}@${String(c.here.revision)}`).join(',');
  return key(a) === key(b);
}
