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
  /** what a fit must show: the shown events' spans, with the px their labels reach */
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

/** Centre on a span keeping the zoom, or show all of it when it is longer than the window. */
export function windowOver(span: TimeWindow, current: TimeWindow): TimeWindow | null {
  if (span.start >= current.start && span.end <= current.end) return null;
  const width = current.end - current.start;
  const length = span.end - span.start;
  if (length > width) {
    const pad = length * 0.05;
    return { start: span.start - pad, end: span.end + pad };
  }
  const centre = (span.start + span.end) / 2;
  return { start: centre - width / 2, end: centre + width / 2 };
}
