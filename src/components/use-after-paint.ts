import { useEffect, useState } from 'react';

/**
 * False for the first render and true once the browser has painted it: parts that are not needed to
 * read the screen (and load code of their own) start only after the main content is on the screen.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A frame, then a task: the callback of the frame runs before its paint, a timeout after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setPainted(true);
      }, 0);
    });
    // A hidden page paints no frames: do not wait for one for longer than this.
    const fallback = setTimeout(() => {
      setPainted(true);
    }, 500);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}
