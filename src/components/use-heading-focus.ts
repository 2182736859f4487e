import { useEffect, useRef } from 'react';

/**
 * Moves focus to the page heading when the view changes (and the first time this lazy chunk renders, when the app's
 * own focus move found no heading yet), so a screen reader announces the new page.
 */
export function useHeadingFocus(viewKey: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A hash change keeps the old scroll position; a new page starts at its top.
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [viewKey]);
  return ref;
}
