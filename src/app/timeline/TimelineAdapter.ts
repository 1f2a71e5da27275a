/**
 * The one module that owns vis-timeline. It creates the timeline once, feeds it a DataSet through a DataView
 * (filters refresh the view; the timeline is never re-created), and turns vis events into plain callbacks.
 * React components talk to this class only; none of them touch vis-timeline.
 *
 * vis-timeline lays out every item it holds, so it is smooth only with a few hundred. A small timeline (the seeds)
 * gives it every event once and filters through the DataView. A large one gives it only what the window shows at a
 * legible level of detail (levelOfDetail.ts): the events in view, or one cluster per period with its count; the
 * DataSet follows the window as it pans and zooms, and the filters as they change.
 */
import * as vis from 'vis-timeline/standalone';
import type { DataSet as DataSetType, DataView as DataViewType } from 'vis-data';
import type { TimelineOptions } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { EventRecord } from '../../schema/timeline';
import type { TimelineIndex } from '../store/timelineIndex';
import type { Lanes } from '../store/viewSlice';
import { clusterElement, clusterTooltipElement, itemElement, laneElement, tooltipElement } from './itemContent';
import { buildItems, eventItems, laneGroups, laneKeys, visItemId, type LaneGroup, type TimelineItemData } from './items';
import { batchItemRedraws } from './visBatching';
import { fitWindow, USUAL_ZOOM_MAX_MS } from './fitWindow';
import { detailIndex, type DetailIndex } from './detailIndex';
import { eventTimes, inStartOrder, levelOfDetail, windowAround, type Cluster, type EventTimes, type PeriodUnit } from './levelOfDetail';

// The standalone build exports vis-data's classes at run time; its type declarations only name the timeline.
const { DataSet, DataView: VisDataView } = vis as unknown as { DataSet: typeof DataSetType; DataView: typeof DataViewType };

export interface TimelineCallbacks {
  /** an item was clicked or tapped (null: empty space) */
  onSelect: (eventId: string | null) => void;
  /** the visible window settled after a pan or zoom */
  onWindowChange: (start: Date, end: Date) => void;
}

/** Up to this many events, vis-timeline holds them all (the seeds look and behave as they always did). */
export const ALL_ITEMS_LIMIT = 200;
/** With lanes on, each lane gets its own (smaller) level of detail. */
const LANE_LIMITS = { events: 20, periods: 15 };

type ClusterItem = TimelineItemData & { cluster: { count: number; unit: PeriodUnit } };
const isCluster = (item: TimelineItemData | null | undefined): item is ClusterItem => !!item && 'cluster' in item;

const PERIOD_FORMATS: Record<Exclude<PeriodUnit, 'decade'>, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric' }),
};
const periodLabel = (start: Date, unit: PeriodUnit) => (unit === 'decade' ? `the ${start.getFullYear()}s` : PERIOD_FORMATS[unit].format(start));

export class TimelineAdapter {
  private readonly timeline: vis.Timeline;
  private readonly items = new DataSet<TimelineItemData, 'id'>();
  private readonly groups = new DataSet<LaneGroup & { content: string }, 'id'>();
  private readonly itemView: DataViewType<TimelineItemData, 'id'>;
  private readonly groupView: DataViewType<LaneGroup & { content: string }, 'id'>;
  private visible: Set<string> | null = null;
  private visibleGroups: Set<string> | null = null;
  private lanes: Lanes = 'none';
  private index: TimelineIndex | null = null;
  /** set when the timeline is too large to hand over whole: where each event sits, and the shown ones in start order */
  private detail: { times: EventTimes; sorted: readonly number[]; index: DetailIndex; shown: Uint8Array; lanes: Map<string, DetailIndex> | null } | null = null;
  /** what the DataSet holds now (large timelines): item ids, and each cluster's count */
  private drawn = new Map<string, number>();
  private selectedEvent: string | null = null;
  private refreshQueued = 0;
  private zoomMax = USUAL_ZOOM_MAX_MS;

  /** look.stack false: items share one row (the presentation's short strip, where stacking would hide them) */
  constructor(
    container: HTMLElement,
    private readonly callbacks: TimelineCallbacks,
    look: { stack?: boolean } = {},
  ) {
    this.itemView = new VisDataView(this.items, { filter: (item) => !this.visible || this.visible.has(item.eventId) });
    this.groupView = new VisDataView(this.groups, { filter: (g) => !this.visibleGroups || this.visibleGroups.has(g.id) });
    const eventOf = (item: { eventId?: string }): EventRecord | undefined => {
      const pos = item.eventId && this.index ? this.index.eventPos.get(item.eventId) : undefined;
      return pos === undefined ? undefined : this.index!.events[pos];
    };
    const options: TimelineOptions = {
      height: '100%',
      stack: look.stack ?? true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      zoomMin: 86_400_000 * 2,
      zoomMax: USUAL_ZOOM_MAX_MS,
      orientation: { axis: 'bottom', item: 'bottom' },
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      verticalScroll: true,
      // Labels and tooltips are elements made of text nodes; the filter below is a second fence that strips any
      // markup should a string ever reach vis-timeline's innerHTML paths.
      template: (item?: { eventId?: string }) => {
        if (isCluster(item as TimelineItemData)) return clusterElement((item as ClusterItem).cluster.count);
        const event = item && eventOf(item);
        return event ? itemElement(event) : document.createElement('span');
      },
      groupTemplate: (group?: { label?: string }) => laneElement(group?.label ?? ''),
      tooltip: {
        followMouse: false,
        overflowMethod: 'cap',
        delay: 250,
        template: ((item: { eventId?: string }) => {
          if (isCluster(item as TimelineItemData)) {
            const c = item as ClusterItem;
            return clusterTooltipElement(c.cluster.count, periodLabel(c.start, c.cluster.unit));
          }
          const event = eventOf(item);
          return event ? tooltipElement(event) : document.createElement('span');
        }) as unknown as (item: unknown) => string,
      },
      xss: { disabled: false, filterOptions: { whiteList: {}, stripIgnoreTag: true, stripIgnoreTagBody: ['script', 'style'] } },
    };
    this.timeline = new vis.Timeline(container, this.itemView as never, options);
    batchItemRedraws(this.timeline);
    this.timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items[0];
      const item = id === undefined ? null : this.items.get(id as string);
      if (isCluster(item)) return this.openCluster(item);
      this.callbacks.onSelect(item?.eventId ?? null);
    });
    this.timeline.on('rangechange', () => this.queueRefresh());
    this.timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      // a wheel step emits rangechange and rangechanged together: the refresh queued for this frame will do
      if (!this.refreshQueued) this.refreshDetail();
      this.callbacks.onWindowChange(props.start, props.end);
    });
  }

  /** A cluster clicked: zoom into its period, keeping the selected event. */
  private openCluster(item: ClusterItem): void {
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    const pad = (end - start) * 0.05;
    this.timeline.setWindow(start - pad, end + pad, { animation: false });
    this.refreshDetail();
  }

  private queueRefresh(): void {
    if (!this.detail || this.refreshQueued) return;
    this.refreshQueued = requestAnimationFrame(() => {
      this.refreshQueued = 0;
      this.refreshDetail();
    });
  }

  /** Large timelines: puts in the DataSet what the window shows, at its level of detail, and nothing else. */
  private refreshDetail(): void {
    const d = this.detail;
    if (!d || !this.index) return;
    const { start, end } = this.timeline.getWindow();
    const window = { start: start.getTime(), end: end.getTime() };
    // what the window shows: item id → cluster count (0 for an event); items are built only for what is new
    const wanted = new Map<string, number>();
    const fresh: TimelineItemData[] = [];
    const addDetail = (index: DetailIndex, lane: string | undefined, limits?: { events: number; periods: number }) => {
      const { positions, clusters } = levelOfDetail(index, window, limits);
      for (const pos of positions) {
        const event = this.index!.events[pos];
        const id = visItemId(event.id, lane);
        wanted.set(id, 0);
        if (!this.drawn.has(id)) for (const item of eventItems(event, this.lanes)) if (item.group === lane) fresh.push(item);
      }
      for (const c of clusters) {
        const id = clusterId(c, lane);
        wanted.set(id, c.count);
        if (this.drawn.get(id) !== c.count) fresh.push(clusterItem(c, lane));
      }
    };
    if (d.lanes) for (const [lane, index] of d.lanes) addDetail(index, lane, LANE_LIMITS);
    else addDetail(d.index, undefined);
    // a cluster whose count changed is removed and added again: vis-timeline redraws an updated item on its own,
    // measuring it there and then (a forced layout per item), while added items are drawn together in one batch
    const gone = [...this.drawn].filter(([id, count]) => wanted.get(id) !== count).map(([id]) => id);
    this.drawn = wanted;
    if (!gone.length && !fresh.length) {
      this.keepSelection();
      return;
    }
    if (gone.length) this.items.remove(gone);
    if (fresh.length) this.items.add(fresh);
    this.refreshGroups();
    this.keepSelection();
  }

  private keepSelection(): void {
    // keeps the selected event selected when it comes into view, and drops a clicked cluster's highlight
    const want = this.itemIdsOf(this.selectedEvent);
    const now = this.timeline.getSelection();
    if (want.length !== now.length || want.some((id, i) => id !== now[i])) this.timeline.setSelection(want);
  }

  /** Loads a timeline's events (once per file; lanes rebuild the items, not the timeline). */
  setData(index: TimelineIndex, lanes: Lanes): void {
    this.index = index;
    this.visible = null;
    if (index.events.length <= ALL_ITEMS_LIMIT) this.detail = null;
    else {
      const times = eventTimes(index.events);
      const all = Array.from({ length: index.events.length }, (_, i) => i);
      const sorted = inStartOrder(times, all);
      this.detail = { times, sorted, index: detailIndex(times, sorted), shown: new Uint8Array(all.length).fill(1), lanes: null };
    }
    this.lanes = lanes === 'none' ? 'actor' : 'none'; // force a rebuild
    this.setLanes(lanes);
  }

  setLanes(lanes: Lanes): void {
    if (!this.index || lanes === this.lanes) return;
    this.lanes = lanes;
    const selected = this.selectedEventId();
    this.items.clear();
    this.drawn.clear();
    this.groups.clear();
    const groups = this.detail ? laneGroups(this.index, lanes) : null;
    const built = this.detail ? null : buildItems(this.index, lanes);
    const laneList = built ? built.groups : groups;
    if (laneList) {
      this.groups.add(laneList.map((g) => ({ ...g, content: '' })));
      this.timeline.setGroups(this.groupView as never);
    } else {
      this.timeline.setGroups(null as never);
    }
    if (built) this.items.add(built.items);
    else this.splitLanes();
    this.refreshGroups();
    this.refreshDetail();
    if (selected) this.setSelection(selected);
  }

  /** Large timelines with lanes on: the shown events of each lane, in start order. */
  private splitLanes(): void {
    const d = this.detail;
    if (!d || !this.index) return;
    if (this.lanes === 'none') {
      d.lanes = null;
      return;
    }
    const lanes = new Map<string, number[]>();
    for (const pos of d.sorted) {
      for (const key of laneKeys(this.index.events[pos], this.lanes)) {
        let list = lanes.get(key);
        if (!list) lanes.set(key, (list = []));
        list.push(pos);
      }
    }
    d.lanes = new Map([...lanes].map(([lane, sorted]) => [lane, detailIndex(d.times, sorted)]));
  }

  /** Shows only the events at these positions in the index (null: all). */
  setVisible(positions: readonly number[] | null): void {
    const index = this.index;
    if (!index) return;
    const d = this.detail;
    if (d) {
      const all = positions ?? Array.from({ length: index.events.length }, (_, i) => i);
      d.sorted = inStartOrder(d.times, all);
      d.index = detailIndex(d.times, d.sorted);
      d.shown = new Uint8Array(index.events.length);
      for (const pos of all) d.shown[pos] = 1;
      this.splitLanes();
      this.refreshDetail();
      return;
    }
    this.visible = positions ? new Set(positions.map((p) => index.events[p].id)) : null;
    this.itemView.refresh();
    this.refreshGroups();
  }

  /** ids of the items drawing an event (several with lanes; none when it is in a cluster or out of view) */
  private itemIdsOf(eventId: string | null): string[] {
    if (!eventId) return [];
    if (this.lanes === 'none') return this.items.get(visItemId(eventId)) ? [visItemId(eventId)] : [];
    return this.items.getIds({ filter: (item) => item.eventId === eventId }) as string[];
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
    this.selectedEvent = eventId;
    if (this.detail) {
      this.setDetailSelection(eventId, reveal);
      return;
    }
    const ids = eventId ? this.items.getIds({ filter: (item) => item.eventId === eventId }) : [];
    this.timeline.setSelection(ids);
    if (reveal && ids.length && this.visible?.has(eventId!) !== false) this.revealItem(ids[0] as string);
  }

  /** Large timelines: an event to reveal may be in a cluster or far away; go to it, zooming in as far as it takes. */
  private setDetailSelection(eventId: string | null, reveal: boolean): void {
    const d = this.detail!;
    const pos = eventId ? this.index?.eventPos.get(eventId) : undefined;
    let ids = this.itemIdsOf(eventId);
    if (reveal && pos !== undefined && d.shown[pos]) {
      if (ids.length) this.revealItem(ids[0]);
      else {
        const { start, end } = this.timeline.getWindow();
        const span = end.getTime() - start.getTime();
        const center = (d.times.start[pos] + d.times.end[pos]) / 2;
        this.timeline.setWindow(center - span / 2, center + span / 2, { animation: false });
        this.refreshDetail();
        if (!this.itemIdsOf(eventId).length) {
          const around = windowAround(d.times, d.sorted, pos, 20);
          const pad = (around.end - around.start) * 0.1;
          this.timeline.setWindow(around.start - pad, around.end + pad, { animation: false });
          this.refreshDetail();
        }
      }
      ids = this.itemIdsOf(eventId);
    }
    this.timeline.setSelection(ids);
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
    this.refreshDetail();
  }

  /**
   * Centres the window on an event, showing at least spanMs of time around it (the presentation's moving
   * timeline). Animated unless the reader asked for less motion.
   */
  centerOn(eventId: string, spanMs: number, animate: boolean): void {
    const pos = this.index?.eventPos.get(eventId);
    if (pos === undefined) return;
    const item = this.detail ? null : this.items.get({ filter: (i) => i.eventId === eventId })[0];
    if (!this.detail && !item) return;
    const start = item ? item.start.getTime() : this.detail!.times.start[pos];
    const end = item ? (item.end ?? item.start).getTime() : this.detail!.times.end[pos];
    const span = Math.max(spanMs, (end - start) * 1.6);
    const center = (start + end) / 2;
    this.timeline.setWindow(center - span / 2, center + span / 2, {
      animation: animate ? { duration: 600, easingFunction: 'easeInOutQuad' } : false,
    });
  }

  /** Shows every visible event, with room on the right for the labels of the latest ones (fitWindow.ts); returns how many lie outside. */
  fit(): number {
    const starts: number[] = [];
    const ends: number[] = [];
    if (this.detail) {
      const { times, sorted } = this.detail;
      for (const pos of sorted) {
        starts.push(times.start[pos]);
        ends.push(times.end[pos]);
      }
    } else {
      for (const item of this.itemView.get()) {
        starts.push(item.start.getTime());
        ends.push((item.end ?? item.start).getTime());
      }
    }
    const fit = fitWindow(starts, ends);
    if (!fit) return 0;
    if (fit.zoomMax !== this.zoomMax) this.timeline.setOptions({ zoomMax: (this.zoomMax = fit.zoomMax) });
    this.timeline.setWindow(fit.start, fit.end, { animation: false });
    this.refreshDetail();
    return fit.outside;
  }

  zoomIn(): void {
    this.timeline.zoomIn(0.5, { animation: false });
    this.refreshDetail();
  }

  zoomOut(): void {
    this.timeline.zoomOut(0.5, { animation: false });
    this.refreshDetail();
  }

  /** Pans by a fraction of the visible window: -0.2 is a fifth to the left. */
  pan(fraction: number): void {
    const { start, end } = this.timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    this.timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
    this.refreshDetail();
  }

  destroy(): void {
    cancelAnimationFrame(this.refreshQueued);
    this.timeline.destroy();
  }
}

const clusterId = (c: Cluster, lane: string | undefined) => (lane === undefined ? c.id : `${c.id}\u0000${lane}`);

function clusterItem(c: Cluster, lane: string | undefined): ClusterItem {
  return {
    id: clusterId(c, lane),
    eventId: '',
    start: new Date(c.start),
    end: new Date(c.end),
    type: 'range',
    className: `ev-cluster ev-cluster-${c.unit}`,
    content: '',
    cluster: { count: c.count, unit: c.unit },
    ...(lane === undefined ? {} : { group: lane }),
  };
}
