/**
 * A small timeline (up to ALL_ITEMS_LIMIT events, the seeds among them): vis-timeline holds every event once and
 * the filters act through its DataView, so filtering never rebuilds an item and every label can be measured for a fit.
 */
import type { Lanes } from '../store/viewSlice';
import type { LabelledSpan } from './fitWindow';
import { decorated, type ItemStrategy, type StrategyContext, type TimeWindow, windowOver } from './itemStrategy';
import { buildItems, localSpan } from './items';

/** Up to this many events, vis-timeline holds them all. */
export const ALL_ITEMS_LIMIT = 200;

export class AllItemsStrategy implements ItemStrategy {
  private shown: Set<string> | null = null;
  private positions: readonly number[] | null = null;

  constructor(private readonly ctx: StrategyContext) {}

  load(lanes: Lanes): void {
    const { vis, index, decoration } = this.ctx;
    const built = buildItems(index, lanes);
    vis.items.clear();
    vis.setLanes(built.groups);
    vis.items.add(built.items.map((item) => decorated(item, decoration(item.eventId))));
    vis.refreshLanes();
  }

  show(positions: readonly number[] | null): void {
    const { vis, index } = this.ctx;
    this.positions = positions;
    this.shown = positions ? new Set(positions.map((p) => index.events[p].id)) : null;
    const shown = this.shown;
    vis.filterItems(shown ? (item) => shown.has(item.eventId) : null);
    vis.refreshLanes();
  }

  windowChanged(): void {}

  itemIds(eventId: string): string[] {
    if (this.shown && !this.shown.has(eventId)) return [];
    return this.ctx.vis.items.getIds({ filter: (item) => item.eventId === eventId }) as string[];
  }

  order(): readonly number[] {
    const { index } = this.ctx;
    const all = this.positions ?? index.events.map((_, i) => i);
    return [...all].sort((a, b) => index.startMs[a] - index.startMs[b] || a - b);
  }

  fitSpans(): LabelledSpan[] {
    const { index, labelWidths } = this.ctx;
    const events = this.order().map((p) => index.events[p]);
    const labels = labelWidths(events);
    return events.map((event, i) => {
      const span = localSpan(event.date.value, event.date.precision);
      return { start: span.start.getTime(), end: (span.end ?? span.start).getTime(), label: labels[i] };
    });
  }

  windowToReveal(pos: number, current: TimeWindow): TimeWindow | null {
    const event = this.ctx.index.events[pos];
    // an event the filters hide is not drawn: moving to it showed an empty timeline. A shared link to one actor with
    // another's event open (?actor=X&event=Y, Y without X) opened on Y's days, none of X's events in view and their
    // labels cut at the right edge; the window stays on the events that are shown (the large strategy does the same)
    if (this.shown && !this.shown.has(event.id)) return null;
    const span = localSpan(event.date.value, event.date.precision);
    return windowOver({ start: span.start.getTime(), end: (span.end ?? span.start).getTime() }, current);
  }

  windowToOpen(): TimeWindow | null {
    return null;
  }
}
