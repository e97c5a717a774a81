import { useCallback, useEffect, useMemo, useState } from 'react';

export type Fullscreen = { available: boolean; active: boolean; toggle: () => void; exit: () => void };

const fullscreenElement = () => (typeof document === 'undefined' ? null : document.fullscreenElement);

/** The Fullscreen API of the whole page, where the browser offers it (not in jsdom, not on every phone). */
export function useFullscreen(): Fullscreen {
  const available = typeof document !== 'undefined' && document.fullscreenEnabled;
  const [active, setActive] = useState(() => fullscreenElement() !== null);
  useEffect(() => {
    const update = () => {
      setActive(fullscreenElement() !== null);
    };
    document.addEventListener('fullscreenchange', update);
    return () => {
      document.removeEventListener('fullscreenchange', update);
    };
  }, []);
  const exit = useCallback(() => {
    if (fullscreenElement()) void document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => {
    if (fullscreenElement()) exit();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, [exit]);
  return useMemo(() => ({ available, active, toggle, exit }), [available, active, toggle, exit]);
}
