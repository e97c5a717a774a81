import type { ReactNode } from 'react';

/** A table box that scrolls sideways on narrow screens instead of widening the page; focusable for keyboard scrolling. */
export function ScrollBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // Focusable so that keyboard users can scroll a table wider than the screen (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
