/**
 * The one module that owns vis-timeline. It creates the timeline once, feeds it a DataSet through a DataView
 * (filters refresh the view; the timeline is never re-created), and turns vis events into plain callbacks.
 * React components talk to this class only; none of them touch vis-timeline.
 */
import * as vis from 'vis-timeline/standalone';
import type { DataSet as DataSetType, DataView as DataViewType } from 'vis-data';
import type { TimelineOptions } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { EventRecord } from '../../schema/timeline';
import type { TimelineIndex } from '../store/timelineIndex';
import type { Lanes } from '../store/viewSlice';
import { itemElement, laneElement, tooltipElement } from './itemContent';
import { buildItems, type LaneGroup, type TimelineItemData } from './items';

// The standalone build exports vis-data's classes at run time; its type declarations only name the timeline.
const { DataSet, DataView } = vis as unknown as { DataSet: typeof DataSetType; DataView: typeof DataViewType };

export interface TimelineCallbacks {
  /** an item was clicked or tapped (null: empty space) */
  onSelect: (eventId: string | null) => void;
  /** the visible window settled after a pan or zoom */
  onWindowChange: (start: Date, end: Date) => void;
}

const YEAR_MS = 365.25 * 86_400_000;

export class TimelineAdapter {
  private readonly timeline: vis.Timeline;
  private readonly items = new DataSet<TimelineItemData, 'id'>();
  private readonly groups = new DataSet<LaneGroup & { content: string }, 'id'>();
  private readonly itemView: DataViewType<TimelineItemData, 'id'>;
  private readonly groupView: DataViewType<LaneGroup & { content: string }, 'id'>;
  private visible: Set<string> | null = null;
  private visibleGroups: Set<string> | null = null;
  private events = new Map<string, EventRecord>();
  private lanes: Lanes = 'none';
  private index: TimelineIndex | null = null;

  /** look.stack false: items share one row (the presentation's short strip, where stacking would hide them) */
  constructor(container: HTMLElement, private readonly callbacks: TimelineCallbacks, look: { stack?: boolean } = {}) {
    this.itemView = new DataView(this.items, { filter: (item) => !this.visible || this.visible.has(item.eventId) });
    this.groupView = new DataView(this.groups, { filter: (g) => !this.visibleGroups || this.visibleGroups.has(g.id) });
    const eventOf = (item: { eventId?: string }) => (item.eventId ? this.events.get(item.eventId) : undefined);
    const options: TimelineOptions = {
      height: '100%',
      stack: look.stack ?? true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      zoomMin: 86_400_000 * 2,
      zoomMax: YEAR_MS * 300,
      orientation: { axis: 'bottom', item: 'bottom' },
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      verticalScroll: true,
      // Labels and tooltips are elements made of text nodes; the filter below is a second fence that strips any
      // markup should a string ever reach vis-timeline's innerHTML paths.
      template: (item?: { eventId?: string }) => {
        const event = item && eventOf(item);
        return event ? itemElement(event) : document.createElement('span');
      },
      groupTemplate: (group?: { label?: string }) => laneElement(group?.label ?? ''),
      tooltip: {
        followMouse: false,
        overflowMethod: 'cap',
        delay: 250,
        template: ((item: { eventId?: string }) => {
          const event = eventOf(item);
          return event ? tooltipElement(event) : document.createElement('span');
        }) as unknown as (item: unknown) => string,
      },
      xss: { disabled: false, filterOptions: { whiteList: {}, stripIgnoreTag: true, stripIgnoreTagBody: ['script', 'style'] } },
    };
    this.timeline = new vis.Timeline(container, this.itemView as never, options);
    this.timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items[0];
      this.callbacks.onSelect(id === undefined ? null : this.items.get(id as string)?.eventId ?? null);
    });
    this.timeline.on('rangechanged', (props: { start: Date; end: Date }) => this.callbacks.onWindowChange(props.start, props.end));
  }

  /** Loads a timeline's events (once per file; lanes rebuild the items, not the timeline). */
  setData(index: TimelineIndex, lanes: Lanes): void {
    this.index = index;
    this.events = new Map(index.events.map((e) => [e.id, e]));
    this.lanes = lanes === 'none' ? 'actor' : 'none'; // force a rebuild
    this.setLanes(lanes);
  }

  setLanes(lanes: Lanes): void {
    if (!this.index || lanes === this.lanes) return;
    this.lanes = lanes;
    const { items, groups } = buildItems(this.index, lanes);
    const selected = this.selectedEventId();
    this.items.clear();
    this.groups.clear();
    if (groups) {
      this.groups.add(groups.map((g) => ({ ...g, content: '' })));
      this.timeline.setGroups(this.groupView as never);
    } else {
      this.timeline.setGroups(null as never);
    }
    this.items.add(items);
    this.refreshGroups();
    if (selected) this.setSelection(selected);
  }

  /** Shows only these events (null: all). */
  setVisible(ids: Set<string> | null): void {
    this.visible = ids;
    this.itemView.refresh();
    this.refreshGroups();
  }

  private refreshGroups(): void {
    if (this.lanes === 'none') return;
    const ids = new Set<string>();
    for (const id of this.itemView.getIds()) {
      const group = this.items.get(id)?.group;
      if (group) ids.add(group);
    }
    this.visibleGroups = ids;
    this.groupView.refresh();
  }

  private selectedEventId(): string | null {
    const id = this.timeline.getSelection()[0];
    return id === undefined ? null : (this.items.get(id as string)?.eventId ?? null);
  }

  setSelection(eventId: string | null, reveal = false): void {
    const ids = eventId ? this.items.getIds({ filter: (item) => item.eventId === eventId }) : [];
    this.timeline.setSelection(ids);
    if (reveal && ids.length && this.visible?.has(eventId!) !== false) this.revealItem(ids[0] as string);
  }

  /** Moves the window to the item when it is off screen, keeping the zoom. */
  private revealItem(id: string): void {
    const item = this.items.get(id);
    if (!item) return;
    const { start, end } = this.timeline.getWindow();
    const itemEnd = item.end ?? item.start;
    if (item.start >= start && itemEnd <= end) return;
    const span = end.getTime() - start.getTime();
    const center = (item.start.getTime() + itemEnd.getTime()) / 2;
    if (itemEnd.getTime() - item.start.getTime() > span) this.timeline.focus(id, { animation: false });
    else this.timeline.moveTo(new Date(center), { animation: false });
  }

  getWindow(): { start: Date; end: Date } {
    return this.timeline.getWindow();
  }

  setWindow(start: Date, end: Date): void {
    this.timeline.setWindow(start, end, { animation: false });
  }

  /**
   * Centres the window on an event, showing at least spanMs of time around it (the presentation's moving
   * timeline). Animated unless the reader asked for less motion.
   */
  centerOn(eventId: string, spanMs: number, animate: boolean): void {
    const item = this.items.get({ filter: (i) => i.eventId === eventId })[0];
    if (!item) return;
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    const span = Math.max(spanMs, (end - start) * 1.6);
    const center = (start + end) / 2;
    this.timeline.setWindow(center - span / 2, center + span / 2, {
      animation: animate ? { duration: 600, easingFunction: 'easeInOutQuad' } : false,
    });
  }

  /** Shows every visible event, with room on the right for the labels of the latest ones. */
  fit(): void {
    let min = Infinity;
    let max = -Infinity;
    for (const item of this.itemView.get()) {
      min = Math.min(min, item.start.getTime());
      max = Math.max(max, (item.end ?? item.start).getTime());
    }
    if (!Number.isFinite(min)) return;
    const span = Math.max(max - min, 30 * 86_400_000);
    this.timeline.setWindow(min - span * 0.04, max + span * 0.22, { animation: false });
  }

  zoomIn(): void {
    this.timeline.zoomIn(0.5, { animation: false });
  }

  zoomOut(): void {
    this.timeline.zoomOut(0.5, { animation: false });
  }

  /** Pans by a fraction of the visible window: -0.2 is a fifth to the left. */
  pan(fraction: number): void {
    const { start, end } = this.timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    this.timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
  }

  destroy(): void {
    this.timeline.destroy();
  }
}
