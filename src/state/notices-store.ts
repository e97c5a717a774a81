import type { ParseKeys } from 'i18next';
import { create } from 'zustand';

export type NoticeKey = ParseKeys;

export type Notice = {
  id: number;
  tone: 'info' | 'error';
  key: NoticeKey;
  values: Record<string, string | number>;
  /** An optional action such as "Undo", shown as a button. */
  action: { key: NoticeKey; run: () => void } | null;
};

type NoticesState = {
  notices: Notice[];
  show: (notice: Omit<Notice, 'id'>, timeoutMs?: number) => number;
  dismiss: (id: number) => void;
};

let nextId = 1;

/** Short messages at the bottom of the screen (saved copies, deletions with undo, import results). */
export const useNoticesStore = create<NoticesState>()((set, get) => ({
  notices: [],
  show(notice, timeoutMs = 8000) {
    const id = nextId++;
    set({ notices: [...get().notices, { ...notice, id }] });
    if (timeoutMs > 0) {
      setTimeout(() => {
        get().dismiss(id);
      }, timeoutMs);
    }
    return id;
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));

/** Shortcut for a plain message. */
export function notify(key: NoticeKey, values: Record<string, string | number> = {}, tone: Notice['tone'] = 'info'): void {
  useNoticesStore.getState().show({ key, values, tone, action: null });
}
