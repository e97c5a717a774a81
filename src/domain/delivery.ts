/**
 * What the plan delivered between a snapshot and now: an evaluation that continues an earlier
 * assessment starts from the measures that were still open, and the summary reports what was
 * done, dropped and still open since. Pure.
 */
import type { Assessment } from './assessment';
import type { Snapshot } from './participants';
import type { Measure, MeasureStatus } from './plan';

const CLOSED: readonly MeasureStatus[] = ['done', 'dropped'];

/** True while a measure is neither done nor dropped. */
export function isOpen(status: MeasureStatus): boolean {
  return !CLOSED.includes(status);
}

/** The newest snapshot that recorded the plan's measures (snapshots of schema version 2 and older did not). */
export function lastPlanSnapshot(a: Assessment): Snapshot | null {
  return a.snapshots.filter((s) => s.measures.length > 0).reduce<Snapshot | null>((newest, s) => (newest === null || s.takenAt >= newest.takenAt ? s : newest), null);
}

/**
 * The measures of the earlier plan that were still open at its snapshot, as they stand now (so the list
 * does not shrink while the group updates them). Only for an evaluation that continues an earlier assessment.
 */
export function openMeasuresFromLastPlan(a: Assessment): Measure[] {
  if (a.mode !== 'evaluate' || a.continuesId === null) return [];
  const snapshot = lastPlanSnapshot(a);
  if (!snapshot) return [];
  const wasOpen = new Set(snapshot.measures.filter((m) => isOpen(m.status)).map((m) => m.id));
  return a.measures.filter((m) => wasOpen.has(m.id));
}

export type DeliveryRow = { id: string; title: string; before: MeasureStatus; now: MeasureStatus; dropReason: string };

export type Delivery = {
  since: Snapshot;
  /** Done now, not done at the snapshot. */
  delivered: DeliveryRow[];
  /** Dropped since the snapshot. */
  dropped: DeliveryRow[];
  /** Open then and still open. */
  stillOpen: DeliveryRow[];
  /** Measures planned after the snapshot. */
  added: Measure[];
};

/** What happened to the plan's measures since the snapshot; null when no snapshot recorded the measures. */
export function deliverySince(a: Assessment, snapshot: Snapshot | null = lastPlanSnapshot(a)): Delivery | null {
  if (!snapshot) return null;
  const before = new Map(snapshot.measures.map((m) => [m.id, m.status]));
  const rows = a.measures.flatMap((m): DeliveryRow[] => {
    const was = before.get(m.id);
    return was === undefined ? [] : [{ id: m.id, title: m.title, before: was, now: m.status, dropReason: m.dropReason }];
  });
  return {
    since: snapshot,
    delivered: rows.filter((r) => r.now === 'done' && r.before !== 'done'),
    dropped: rows.filter((r) => r.now === 'dropped' && r.before !== 'dropped'),
    stillOpen: rows.filter((r) => isOpen(r.now) && isOpen(r.before)),
    added: a.measures.filter((m) => !before.has(m.id)),
  };
}
