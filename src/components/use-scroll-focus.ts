import type { RefObject } from 'react';
import { useLayoutEffect, useState } from 'react';

/**
 * A box whose content is taller or wider than the box scrolls; keyboard users can scroll it only when it
 * can take the focus. Returns the tabIndex for the box: 0 while its content overflows, none otherwise
 * (so that a box that fits is no extra tab stop).
 */
export function useScrollFocus(ref: RefObject<HTMLElement | null>): 0 | undefined {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      setOverflows(box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return overflows ? 0 : undefined;
}
