import { useEffect, useState } from 'react';
import { nextFrameOrLater } from '@/lib/time-limit';

/**
 * False for the first render and true once the browser has painted it: parts that are not needed to
 * read the screen (and load code of their own) start only after the main content is on the screen.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callback runs before its paint, a task queued from it after; a hidden page paints no
    // frames, so the wait for one ends after 500 ms.
    void nextFrameOrLater(500).then(() => {
      timer = setTimeout(() => {
        if (live) setPainted(true);
      }, 0);
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
