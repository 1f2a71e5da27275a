/**
 * What vis-timeline is given to draw, one strategy per mode, as vis-timeline has one item class per kind of item.
 * vis lays out every item it holds, so it is smooth only with a few hundred:
 *   - AllItemsStrategy (allItemsStrategy.ts): a small timeline (the seeds) hands over every event once and filters
 *     through the DataView;
 *   - LevelOfDetailStrategy (levelOfDetailStrategy.ts): a large one hands over what the window shows at a legible
 *     level of detail, the events in view or one cluster per period with its count, following the window.
 * TimelineAdapter talks to either through this interface and never asks which one it has.
 */
import type { EventRecord } from '../../schema/timeline';
import type { TimelineIndex } from '../store/timelineIndex';
import type { Lanes } from '../store/viewSlice';
import type { LabelledSpan } from './fitWindow';
import type { TimelineItemData } from './items';
import type { VisTimeline } from './visTimeline';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface ItemStrategy {
  /** (re)builds the items, with lanes on or off */
  load(lanes: Lanes): void;
  /** draws only the events at these positions of the index (null: all) */
  show(positions: readonly number[] | null): void;
  /** the window moved (or is moving): a large timeline draws what the new window shows */
  windowChanged(): void;
  /** the ids of the items drawing an event now: one, one per lane, or none (in a cluster, out of view, filtered) */
  itemIds(eventId: string): string[];
  /** the shown events in date order (positions), for stepping through them with the keyboard */
  order(): readonly number[];
  /** what a fit must show: one span per shown event, in the order of order(), with the px its label reaches */
  fitSpans(): LabelledSpan[];
  /** a window in which the event at pos is drawn on its own, or null when the current window already does */
  windowToReveal(pos: number, current: TimeWindow): TimeWindow | null;
  /** the window a clicked item opens (a cluster zooms into its period); null: the item is an event */
  windowToOpen(item: TimelineItemData): TimeWindow | null;
}

/** What a strategy is built from. */
export interface StrategyContext {
  vis: VisTimeline;
  index: TimelineIndex;
  /** extra classes of an event's items (the keyboard cursor, the presentation's labelled neighbours) */
  decoration: (eventId: string) => string;
  /** px each event's label reaches right of its date, measured as drawn */
  labelWidths: (events: readonly EventRecord[]) => number[];
}

/** An event's item with its decoration. */
export function decorated(item: TimelineItemData, decoration: string): TimelineItemData {
  return decoration ? { ...item, className: `${item.className} ${decoration}` } : item;
}

/** Room kept, as shares of the window, left of a span brought in from the left, and right of one brought in from
 * the right (its label is drawn right of its date). */
const REVEAL_LEFT = 0.05;
const REVEAL_RIGHT = 0.3;

/**
 * Brings a span into the window keeping the zoom, or shows all of it when it is longer than the window. A span that
 * reaches into the window, or lies within half a window of it, is brought in by the least move; one further away is
 * centred. Centring every span cut by an edge threw the first view away: "The Gulf of Mexico oil disaster began" (April 2010), chosen in the table
 * of the BBC's spill coverage at 1280×720, began ten days left of the story's window, and the window moved three
 * months back to centre it, half of it empty before April and fifteen key events pushed out of view below.
 */
export function windowOver(span: TimeWindow, current: TimeWindow): TimeWindow | null {
  if (span.start >= current.start && span.end <= current.end) return null;
  const width = current.end - current.start;
  const length = span.end - span.start;
  if (length > width) {
    const pad = length * 0.05;
    return { start: span.start - pad, end: span.end + pad };
  }
  if (span.end >= current.start - width / 2 && span.start <= current.end + width / 2) {
    // from the left: its start a little inside; from the right: its end with room for the label, its start kept in
    const shift =
      span.start < current.start
        ? span.start - width * REVEAL_LEFT - current.start
        : Math.max(span.end - current.end, Math.min(span.end + width * REVEAL_RIGHT - current.end, span.start - width * REVEAL_LEFT - current.start));
    return { start: current.start + shift, end: current.end + shift };
  }
  const centre = (span.start + span.end) / 2;
  return { start: centre - width / 2, end: centre + width / 2 };
}
