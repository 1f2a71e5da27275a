import { useEffect, useRef } from 'react';
import { isLargeCollection } from '../store/detail';
import type { TimelineIndex } from '../store/timelineIndex';
import { prefersReducedMotion, TimelineAdapter } from '../timeline/TimelineAdapter';

const stripRank = (className: string) => (className.includes('is-current') ? 0 : className.includes('is-near') ? 1 : 2);

/**
 * The timeline under the cards, moving to each slide's event. A second adapter: the current event and its
 * neighbours are labelled (the others are dots and dashes, so the strip says *when* at a glance and what came just
 * before and after), and the window fits those three with their labels. Clicking an event jumps to its slide.
 */
export function PresentStrip({
  index,
  order,
  current,
  onPick,
}: {
  index: TimelineIndex;
  order: number[];
  current: string | null;
  onPick: (eventId: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const adapter = useRef<TimelineAdapter | null>(null);
  const placed = useRef(false);
  const drawn = useRef<TimelineIndex | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const a = new TimelineAdapter(
      host.current!,
      { onSelect: (id) => id && pick.current(id), onWindowChange: () => undefined },
      // the strip is three rows high: the current event on the axis, its neighbours above it, the rest after them
      { order: (x, y) => stripRank(x.className) - stripRank(y.className) || x.start.getTime() - y.start.getTime(), oneAxisRow: true, hideEdgeDots: true },
    );
    adapter.current = a;
    return () => {
      a.destroy();
      adapter.current = null;
    };
  }, []);

  useEffect(() => {
    const a = adapter.current;
    if (!a) return;
    // a new collection's first window is put in place at once, as the first one was
    if (drawn.current !== index) placed.current = false;
    drawn.current = index;
    a.setData(index, 'none');
    // a large collection's title slide shows its core period, as the explorer opens on it
    a.setStory(isLargeCollection(index.events.length) ? [] : null);
    a.setVisible(order);
  }, [index, order]);

  useEffect(() => {
    const a = adapter.current;
    if (!a) return;
    const ids = order.map((p) => index.events[p].id);
    const at = current ? ids.indexOf(current) : -1;
    // The strip's first window is put in place at once: animated, it flew in from vis's default window around today
    // ("Fri 23 Oct", "Sat 24 Oct" under the BBC spill coverage's title slide, no year said) to 2010 before a class.
    const animate = placed.current && !prefersReducedMotion();
    placed.current = true;
    if (at < 0) {
      // the title slide: the whole story
      a.setDecorations(new Map());
      a.setSelection(null);
      a.fit(animate);
      return;
    }
    const near = [ids[at - 1], ids[at + 1]].filter((id): id is string => !!id);
    a.setDecorations(new Map([[ids[at], 'is-current'], ...near.map((id): [string, string] => [id, 'is-near'])]));
    a.setSelection(ids[at]);
    a.showAround([...near.slice(0, 1), ids[at], ...near.slice(1)], animate);
  }, [current, index, order]);

  return <div ref={host} className="present-strip" aria-hidden="true" />;
}
