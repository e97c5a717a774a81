import { useEffect, useRef } from 'react';

/** A ref whose element takes the focus when it appears (headings of views that replace each other). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
