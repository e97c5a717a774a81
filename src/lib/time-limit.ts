/** A promise that rejects with `message` when `work` has not settled within `ms` milliseconds. */
export function withTimeLimit<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(message));
    }, ms);
  });
  return Promise.race([work, limit]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * The next painted frame, or `fallbackMs` later when the browser paints no frames (a hidden or
 * throttled page never runs animation frames, and work waiting only for one would wait forever).
 */
export function nextFrameOrLater(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
