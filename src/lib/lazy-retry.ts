/**
 * Loading a lazy chunk again when the first try fails (Firefox's service worker sometimes fails a chunk
 * request right after a reload: "A ServiceWorker intercepted the request and encountered an unexpected
 * error"). One retry after a short wait; if that fails too, the page reloads once; only a failure after that
 * reload reaches the screen's error handling.
 */
const RELOADED_KEY = 'csei-navigator:chunk-reload';
const RETRY_MS = 400;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function reloadedRecently(): boolean {
  try {
    const at = Number(sessionStorage.getItem(RELOADED_KEY) ?? '0');
    return Date.now() - at < 60_000;
  } catch {
    return true;
  }
}

export function lazyWithRetry<T>(load: () => Promise<T>, retryMs = RETRY_MS): () => Promise<T> {
  return async () => {
    try {
      return await load();
    } catch {
      await wait(retryMs);
      try {
        return await load();
      } catch (error) {
        if (reloadedRecently()) throw error;
        try {
          sessionStorage.setItem(RELOADED_KEY, String(Date.now()));
        } catch {
          throw error;
        }
        window.location.reload();
        // The page is going away; never settle, so nothing shows an error in between.
        return new Promise<T>(() => undefined);
      }
    }
  };
}
