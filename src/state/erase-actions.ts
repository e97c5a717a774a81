/** "Delete all my data": everything the app stores on this device goes, then the app starts afresh. */
import { reloadToHome } from '@/lib/reload';
import type { EraseResult } from '@/storage/erase';
import { eraseAllData } from '@/storage/erase';
import { useEditorStore } from './editor-store';
import { forgetCopies } from './local-backup-actions';

export async function eraseEverything(): Promise<EraseResult> {
  // Nothing may be saved any more, not even by the page-hide flush or the unload journal.
  useEditorStore.getState().close();
  forgetCopies();
  const result = await eraseAllData();
  if (result.ok) reloadToHome();
  return result;
}
