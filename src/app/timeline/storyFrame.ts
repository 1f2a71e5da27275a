/**
 * The timeline of a large collection opens on its core period (storyView.ts storyCore), not on every event: the
 * BBC's reports on the 2010 oil spill recall a 1905 law and a 2051 target, and fitting them all drew the spill's
 * four months as one cluster on an axis from 1900 to 2050. What lies before the core and after it is folded into
 * markers at the timeline's edges ("‹ 80 earlier events, 1905–2010"), one click away. Pure: positions and
 * windows in, markers out.
 */
import type { TimelineIndex } from '../store/timelineIndex';
import { type StoryCore, storyArc, storyCore } from '../store/storyView';

export interface StoryFrame {
  core: StoryCore;
  /** the core and the key events of the story's period that follow on from it (storyView.ts storyArc): the first view */
  arc: { start: number; end: number };
  /**
   * positions (shown or folded away) wholly before the core, or before the arc when it opens after the core's first
   * day (a month-dated core opened on its first day-dated key event: what lies between is out of the first view too),
   * and wholly after the core
   */
  earlier: number[];
  later: number[];
  /** the positions the fold leaves out of the shown events */
  folded: ReadonlySet<number>;
}

/**
 * The core of the shown events, and what lies outside it (the folded events among it). Null: nothing shown.
 * `story`: the events the core and the arc are reckoned from when the Detail level shows fewer than a laptop's key
 * events (a phone's, store/detail.ts keyEventsFor): the story's period is the same on every screen. Reckoned from
 * the 10 events a phone shows of MEANTIME's Apple articles and the seeds (2005 to 2024), the core was May to
 * December 2005 and the first view drew 3 of them; reckoned from the 30 key events it is the laptop's.
 */
export function storyFrame(index: TimelineIndex, shown: readonly number[], folded: readonly number[], story: readonly number[] = shown): StoryFrame | null {
  const core = storyCore(index, story.length ? story : shown);
  if (!core) return null;
  const arc = storyArc(index, story.length ? story : shown, core);
  const before = Math.max(core.start, arc.start);
  const earlier: number[] = [];
  const later: number[] = [];
  for (const list of [shown, folded]) {
    for (const p of list) {
      if (index.endMs[p] <= before) earlier.push(p);
      else if (index.startMs[p] >= core.end) later.push(p);
    }
  }
  return { core, arc, earlier, later, folded: new Set(folded) };
}

export type Side = 'earlier' | 'later';

export interface EdgeMarker {
  /** earlier or later events out of view; 'story': the window is beside the core, the way back to it */
  kind: Side | 'story';
  /** how many events it stands for (the story: the shown events in the core) */
  count: number;
  /** "1905–2009", "Jun – Aug 2010" */
  range: string;
  /** some of them are folded away: a click shows them */
  folded: boolean;
}

export interface EdgeMarkers {
  left: EdgeMarker | null;
  right: EdgeMarker | null;
}

const YEAR = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The stretch from one time to another, as a reader says it: years when they differ, else months. */
export function rangeText(startMs: number, lastMs: number): string {
  const a = new Date(startMs);
  const b = new Date(lastMs);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${YEAR.format(a)}–${YEAR.format(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${MONTH.format(a)} – ${MONTH_YEAR.format(b)}`;
  return MONTH_YEAR.format(a);
}

/** The events beyond the core on one side that the window does not reach (what that side's marker stands for). */
export function outOfView(index: TimelineIndex, frame: StoryFrame, side: Side, window: { start: number; end: number }): number[] {
  return side === 'earlier' ? frame.earlier.filter((p) => index.endMs[p] <= window.start) : frame.later.filter((p) => index.startMs[p] >= window.end);
}

/**
 * The markers for a window: at each edge, the events beyond the core on that side that the window does not
 * reach. When the window is off to one side of the core and does not show all of it, or a marker has just taken
 * it to one side (`beside`: the background's window of 1981–2021 reached well into the Apple years of 2005–2011),
 * the edge towards the core leads back to the story instead.
 */
export function edgeMarkers(index: TimelineIndex, frame: StoryFrame, window: { start: number; end: number }, beside: Side | null = null): EdgeMarkers {
  const side = (kind: Side): EdgeMarker | null => {
    const out = outOfView(index, frame, kind, window);
    if (!out.length) return null;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const p of out) {
      first = Math.min(first, index.startMs[p]);
      last = Math.max(last, index.startMs[p]);
    }
    return { kind, count: out.length, range: rangeText(first, last), folded: out.some((p) => frame.folded.has(p)) };
  };
  // the story is its arc (the first view): a window that opens on its first day-dated key event, not on the first
  // day of the month that opens its core, is the story's, not beside it
  const { arc } = frame;
  const story = (): EdgeMarker => ({ kind: 'story', count: 0, range: rangeText(arc.start, arc.end - 1), folded: false });
  return {
    left: beside === 'later' || (window.start > arc.start && window.end > arc.end) ? story() : side('earlier'),
    right: beside === 'earlier' || (window.end < arc.end && window.start < arc.start) ? story() : side('later'),
  };
}

/** "‹ 80 earlier events, 1905–2010", "13 later events, 2011–2051 ›", "Back to the story, Apr – Aug 2010 ›" */
export function markerText(marker: EdgeMarker): string {
  if (marker.kind === 'story') return `Back to the story, ${marker.range}`;
  const events = marker.count === 1 ? 'event' : 'events';
  return `${marker.count.toLocaleString('en-GB')} ${marker.kind} ${events}, ${marker.range}`;
}
