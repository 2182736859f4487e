import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface VirtualListProps<T> {
  readonly items: readonly T[];
  /** Fixed heights per item type keep the maths exact without measuring. */
  readonly heightOf: (item: T) => number;
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => ReactNode;
  readonly label: string;
  readonly testId: string;
}

/** How far beyond the screen rows are kept rendered, so a fast flick does not show blank space. */
const OVERSCAN_PX = 800;

/** First index whose bottom edge is below `y` (offsets ascending). */
function firstBelow(offsets: readonly number[], heights: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) + (heights[mid] ?? 0) <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A list that renders only the rows near the screen, scrolling with the page (not in an inner box, which phones
 * scroll badly). 10,000 entries become a few dozen DOM nodes. Rows keep their list semantics with
 * aria-setsize/aria-posinset, so a screen reader still hears "12 of 10,000".
 */
export function VirtualList<T>({ items, heightOf, keyOf, render, label, testId }: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const [view, setView] = useState({ top: 0, bottom: 1200 });
  const { offsets, heights, total } = useMemo(() => {
    const hs = items.map(heightOf);
    const os: number[] = new Array<number>(hs.length);
    let y = 0;
    for (let i = 0; i < hs.length; i += 1) {
      os[i] = y;
      y += hs[i] ?? 0;
    }
    return { offsets: os, heights: hs, total: y };
  }, [items, heightOf]);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const el = ref.current;
      if (!el) return;
      const top = -el.getBoundingClientRect().top;
      const next = { top: top - OVERSCAN_PX, bottom: top + window.innerHeight + OVERSCAN_PX };
      setView((v) => (Math.abs(v.top - next.top) < 40 && Math.abs(v.bottom - next.bottom) < 40 ? v : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [items]);

  const start = firstBelow(offsets, heights, Math.max(0, view.top));
  let end = start;
  while (end < items.length && (offsets[end] ?? 0) < view.bottom) end += 1;

  const shown: ReactNode[] = [];
  for (let i = start; i < end; i += 1) {
    const item = items[i] as T;
    shown.push(
      <li
        key={keyOf(item)}
        className="vlist__item"
        style={{ transform: `translateY(${offsets[i] ?? 0}px)`, height: heights[i] }}
        aria-setsize={items.length}
        aria-posinset={i + 1}
      >
        {render(item)}
      </li>,
    );
  }
  return (
    <ul className="vlist" ref={ref} style={{ height: total }} aria-label={label} data-testid={testId}>
      {shown}
    </ul>
  );
}
