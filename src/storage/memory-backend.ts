import type { Assessment } from '@/domain/assessment';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import { byUpdatedDesc, summarize } from '@/domain/assessment-summary';
import type { Backend, SaveResult } from './backend';

/** Keeps everything in memory for this tab: used when IndexedDB cannot be opened. */
export function createMemoryBackend(): Backend {
  const records = new Map<string, Assessment>();
  const settings = new Map<string, unknown>();
  const listeners = new Set<(list: AssessmentSummary[]) => void>();
  const recordListeners = new Set<{ id: string; callback: (record: Assessment | undefined) => void }>();
  const snapshot = () => [...records.values()].map((a) => structuredClone(a)).sort(byUpdatedDesc);
  const summaries = () => [...records.values()].map(summarize).sort(byUpdatedDesc);
  const copyOf = (id: string) => (records.has(id) ? structuredClone(records.get(id)) : undefined);
  const notify = () => {
    if (listeners.size > 0) {
      const list = summaries();
      listeners.forEach((l) => {
        l(list);
      });
    }
    recordListeners.forEach((l) => {
      l.callback(copyOf(l.id));
    });
  };

  return {
    kind: 'memory',
    list: () => Promise.resolve(snapshot()),
    get: (id) => Promise.resolve(copyOf(id)),
    save(next, basedOn): Promise<SaveResult> {
      const stored = records.get(next.id);
      // A record deleted elsewhere while open here is written again; only a newer stored revision conflicts.
      if (stored && stored.revision !== basedOn) {
        return Promise.resolve({ ok: false, reason: 'conflict', stored: structuredClone(stored) });
      }
      records.set(next.id, structuredClone(next));
      notify();
      return Promise.resolve({ ok: true, saved: structuredClone(next) });
    },
    remove(id) {
      records.delete(id);
      notify();
      return Promise.resolve({ ok: true });
    },
    putAll(list) {
      list.forEach((a) => records.set(a.id, structuredClone(a)));
      notify();
      return Promise.resolve({ ok: true });
    },
    getSetting: (key) => Promise.resolve(settings.get(key)),
    setSetting(key, value) {
      settings.set(key, value);
      return Promise.resolve({ ok: true });
    },
    listSummaries: () => Promise.resolve(summaries()),
    watchSummaries(callback) {
      listeners.add(callback);
      callback(summaries());
      return () => listeners.delete(callback);
    },
    watchOne(id, callback) {
      const listener = { id, callback };
      recordListeners.add(listener);
      callback(copyOf(id));
      return () => recordListeners.delete(listener);
    },
  };
}
