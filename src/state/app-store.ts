import { create } from 'zustand';
import type { Language } from '@/domain/assessment';
import type { AssessmentSummary } from '@/domain/assessment-summary';
import type { PersistState } from '@/storage/persistence';
import type { StorageStatus } from '@/storage/repository';

type AppState = {
  language: Language;
  storageStatus: StorageStatus;
  persist: PersistState;
  /** ISO timestamp of the last "Export all", or null. */
  lastBackupAt: string | null;
  /** What the list shows of every assessment, newest change first (kept up to date across tabs). */
  assessments: AssessmentSummary[];
  listLoaded: boolean;
  setLanguage: (language: Language) => void;
  setStorageStatus: (status: StorageStatus) => void;
  setPersist: (persist: PersistState) => void;
  setLastBackupAt: (at: string | null) => void;
  setAssessments: (list: AssessmentSummary[]) => void;
};

/** App-wide state that is not an assessment being edited. Nothing here is persisted by zustand. */
export const useAppStore = create<AppState>()((set) => ({
  language: 'en',
  storageStatus: 'opening',
  persist: 'unsupported',
  lastBackupAt: null,
  assessments: [],
  listLoaded: false,
  setLanguage: (language) => {
    set({ language });
  },
  setStorageStatus: (storageStatus) => {
    set({ storageStatus });
  },
  setPersist: (persist) => {
    set({ persist });
  },
  setLastBackupAt: (lastBackupAt) => {
    set({ lastBackupAt });
  },
  setAssessments: (assessments) => {
    set({ assessments, listLoaded: true });
  },
}));
