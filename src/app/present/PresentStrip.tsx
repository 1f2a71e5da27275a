import { useEffect, useRef } from 'react';
import type { TimelineIndex } from '../store/timelineIndex';
import { TimelineAdapter } from '../timeline/TimelineAdapter';
import { prefersReducedMotion } from './presenting';

const DAY_MS = 86_400_000;

/**
 * The timeline under the cards, moving to each slide's event. A second adapter instance, without lanes or labels:
 * it says *when* at a glance; the card says what. Clicking an event jumps to its slide.
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
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const a = new TimelineAdapter(host.current!, { onSelect: (id) => id && pick.current(id), onWindowChange: () => undefined }, { stack: false });
    adapter.current = a;
    return () => {
      a.destroy();
      adapter.current = null;
    };
  }, []);

  // a third of the presented stretch of time around each event, at least two months
  const spanMs = (() => {
    if (!order.length) return 60 * DAY_MS;
    let start = Infinity;
    let end = -Infinity;
    for (const p of order) {
      start = Math.min(start, index.startMs[p]);
      end = Math.max(end, index.endMs[p]);
    }
    return Math.max((end - start) / 3, 60 * DAY_MS);
  })();

  useEffect(() => {
    const a = adapter.current;
    if (!a) return;
    a.setData(index, 'none');
    a.setVisible(order);
  }, [index, order]);

  useEffect(() => {
    const a = adapter.current;
    if (!a || !current) return;
    a.setSelection(current);
    a.centerOn(current, spanMs, !prefersReducedMotion());
  }, [current, spanMs, index, order]);

  return <div ref={host} className="present-strip" aria-hidden="true" />;
}
