import type { ReactNode } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Rows above and below the screen that are rendered too, in pixels (so that Tab and quick scrolling find them). */
const OVERSCAN_PX = 1000;
/** The window's scroll position is followed in steps of this many pixels: scrolling re-renders the list only this often. */
const STEP_PX = 250;

export type WindowedListProps<T> = {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** A row's height before it was measured, in pixels. */
  estimate: number;
  className?: string;
  label: string;
};

/** Which rows to render, and the space the others take above and below them. Exported for its test. */
export function visibleRange(heights: readonly number[], from: number, to: number): { start: number; end: number; before: number; after: number } {
  let y = 0;
  let start = heights.length;
  let end = heights.length;
  let before = 0;
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i] ?? 0;
    if (start === heights.length && y + h > from) {
      start = i;
      before = y;
    }
    if (y >= to) {
      end = i;
      break;
    }
    y += h;
  }
  if (start === heights.length) before = y;
  let after = 0;
  for (let i = end; i < heights.length; i++) after += heights[i] ?? 0;
  return { start, end: Math.max(start, end), before, after };
}

/**
 * A list that renders only the rows on and near the screen; the page (window) scrolls as usual. Rows are
 * measured once shown (and again when they change size, e.g. when a form opens in one). Every row says its
 * place in the whole list to assistive technology (aria-posinset / aria-setsize).
 */
export function WindowedList<T>({ items, keyOf, render, estimate, className, label }: WindowedListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState({ top: 0, height: typeof window === 'undefined' ? 1000 : window.innerHeight });

  // Where the screen is over the list, in steps of STEP_PX (read outside render: scroll, resize, new items).
  const follow = useCallback(() => {
    const top = list.current ? -list.current.getBoundingClientRect().top : 0;
    const stepped = Math.floor(top / STEP_PX) * STEP_PX;
    setView((v) => (v.top === stepped && v.height === window.innerHeight ? v : { top: stepped, height: window.innerHeight }));
  }, []);
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        follow();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [follow]);
  // A list that got shorter or longer may have moved the page without a scroll event.
  useLayoutEffect(follow, [items, follow]);

  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const seen = entries.map((entry) => {
            const row = entry.target as HTMLElement;
            return [row.dataset.key ?? '', row.offsetHeight] as const;
          });
          setHeights((old) => {
            let next: Map<string, number> | null = null;
            for (const [key, h] of seen) {
              if (key && h > 0 && old.get(key) !== h) (next ??= new Map(old)).set(key, h);
            }
            return next ?? old;
          });
        }),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const observe = useCallback(
    (row: HTMLLIElement | null) => {
      if (!row || !observer) return;
      observer.observe(row);
      return () => {
        observer.unobserve(row);
      };
    },
    [observer],
  );

  const sizes = items.map((item) => heights.get(keyOf(item)) ?? estimate);
  const { start, end, before, after } = visibleRange(sizes, view.top - OVERSCAN_PX, view.top + view.height + STEP_PX + OVERSCAN_PX);
  return (
    <ul ref={list} className={className} aria-label={label} style={{ paddingTop: before, paddingBottom: after }}>
      {items.slice(start, end).map((item, i) => {
        const key = keyOf(item);
        return (
          <li key={key} ref={observe} data-key={key} aria-setsize={items.length} aria-posinset={start + i + 1}>
            {render(item)}
          </li>
        );
      })}
    </ul>
  );
}
