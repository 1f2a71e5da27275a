/**
 * The Events table's rows as a window onto the filtered events: only the rows in view (and a few either side) are
 * in the page, so a filter change or a scroll lays out a few dozen rows, not thousands, and every event stays
 * reachable by scrolling. Up to ALL_ROWS the table holds every row, as it always did (EventList does not use this
 * then: the seeds' table is the page it was, and find-in-page and screen readers' table reading see all of it).
 *
 * The table scrolls in the pane under the timeline (the page itself never scrolls), whose height is the scroll
 * host the virtualiser follows.
 */
import { observeElementOffset, observeElementRect, observeWindowOffset, observeWindowRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Up to this many rows, all are in the page (as many as the timeline draws one by one). */
export const ALL_ROWS = 200;
/** a row of two lines (most titles wrap in the main column); every row is measured once drawn */
const ROW_ESTIMATE = 48;

type ScrollHost = Element | Window;

/** The nearest ancestor that scrolls, or the window. */
function scrollHostOf(el: Element | null): ScrollHost {
  for (let p = el?.parentElement; p; p = p.parentElement) {
    if (/(auto|scroll|overlay)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return window;
}

/** Follows the scroll host across layouts (the pane under the timeline; the window in a layout without one). */
function useScrollHost(anchor: RefObject<Element | null>): ScrollHost | null {
  const [host, setHost] = useState<ScrollHost | null>(null);
  useLayoutEffect(() => {
    const find = () => setHost(scrollHostOf(anchor.current));
    find();
    window.addEventListener('resize', find);
    return () => window.removeEventListener('resize', find);
  }, [anchor]);
  return host;
}

/** Where the first row starts, in the scroll host's scrolled coordinates. */
function bodyOffset(host: ScrollHost, body: Element | null): number {
  if (!body) return 0;
  const top = body.getBoundingClientRect().top;
  if (host instanceof Window) return Math.round(top + host.scrollY);
  return Math.round(top - host.getBoundingClientRect().top + host.scrollTop);
}

/**
 * How far down the scroll host the rows start (the timeline and the table's caption sit above them). Read when the
 * browser has just laid the page out (a ResizeObserver's report, a scroll, a resize), never in the middle of a
 * React commit, where it would force a layout of its own.
 */
function useRowsOffset(host: ScrollHost | null, body: RefObject<Element | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    if (!host) return;
    const read = () => setOffset(bodyOffset(host, body.current));
    const sizes = new ResizeObserver(read);
    if (body.current) sizes.observe(body.current);
    host.addEventListener('scroll', read, { passive: true });
    window.addEventListener('resize', read);
    return () => {
      sizes.disconnect();
      host.removeEventListener('scroll', read);
      window.removeEventListener('resize', read);
    };
  }, [host, body]);
  return offset;
}

/** count 0: the table holds every row itself (ALL_ROWS or fewer), nothing to follow */
export function useVirtualRows(
  count: number,
  keyOf: (index: number) => number,
  body: RefObject<HTMLTableSectionElement | null>,
): Virtualizer<Element, HTMLTableRowElement> {
  const host = useScrollHost(body);
  const scrollMargin = useRowsOffset(host, body);
  const isWindow = host instanceof Window;
  return useVirtualizer<Element, HTMLTableRowElement>({
    count,
    getScrollElement: () => host as Element | null,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    getItemKey: keyOf,
    scrollMargin,
    observeElementRect: (isWindow ? observeWindowRect : observeElementRect) as typeof observeElementRect,
    observeElementOffset: (isWindow ? observeWindowOffset : observeElementOffset) as typeof observeElementOffset,
    initialOffset: () => (host instanceof Window ? host.scrollY : (host?.scrollTop ?? 0)),
    // sizes come from the ResizeObserver once the browser has laid the rows out; reading them as a row mounts
    // (the default) would force a layout of the page in the middle of React's commit
    measureElement: (el, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize);
      const index = instance.indexFromElement(el);
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ROW_ESTIMATE;
    },
  });
}
