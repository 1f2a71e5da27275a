/**
 * The window that shows a set of events with their labels: every item inside the timeline, and every label
 * readable to its end. vis-timeline's own fit() fits the items' dates only, so the newest labels ran off the right
 * edge ("The report pu…" at 1280×720 on the seeds). A label is a fixed number of pixels wide whatever the zoom, so
 * the span follows from the widest requirement: an event at t with a label of w px needs
 * (t − first) · width / span + w ≤ width − margins.
 */

export interface LabelledSpan {
  /** ms, where the item starts on the axis (its label starts there too) */
  start: number;
  /** ms, where the item ends (equal to start for a point) */
  end: number;
  /** px the label reaches right of start (0: no label) */
  label: number;
}

export interface FitOptions {
  /** the timeline's drawing width, px */
  width: number;
  /** px kept free at the left and right edges */
  padLeft: number;
  padRight: number;
  /** the narrowest window, ms (one event alone is not shown at a zoom of hours) */
  minSpan: number;
  /** a label never claims more than this share of the width (a longer one wraps, see timeline.css) */
  maxLabelShare?: number;
}

/** The window [start, end] (ms) that fits every span with its label, centred when there is room to spare. */
export function fitWindow(spans: readonly LabelledSpan[], o: FitOptions): { start: number; end: number } | null {
  if (!spans.length) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const s of spans) {
    first = Math.min(first, s.start);
    last = Math.max(last, s.end, s.start);
  }
  const room = Math.max(o.width - o.padLeft - o.padRight, 1);
  const maxLabel = room * (o.maxLabelShare ?? 0.6);
  // the span is the largest that one item asks for: its end inside the room, its label inside the room
  let span = Math.max(o.minSpan, ((last - first) * o.width) / room);
  for (const s of spans) {
    const free = room - Math.min(s.label, maxLabel);
    span = Math.max(span, ((s.start - first) * o.width) / free);
  }
  // what the drawing takes at that span, so that what is left over is shared between both sides
  let used = 0;
  for (const s of spans) {
    const x = ((s.start - first) * o.width) / span;
    used = Math.max(used, x + Math.min(s.label, maxLabel), ((s.end - first) * o.width) / span);
  }
  const spare = Math.max(0, room - used) / 2;
  const start = first - ((o.padLeft + spare) * span) / o.width;
  return { start, end: start + span };
}
