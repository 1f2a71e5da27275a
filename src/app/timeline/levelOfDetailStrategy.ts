/**
 * A large timeline: vis-timeline is given only what the window shows at a legible level of detail
 * (levelOfDetail.ts), the events in view or one cluster per period with its count. The DataSet follows the window
 * as it pans and zooms, and the filters as they change.
 */
import type { Lanes } from '../store/viewSlice';
import { type DetailIndex, detailIndex } from './detailIndex';
import type { LabelledSpan } from './fitWindow';
import { decorated, type ItemStrategy, type StrategyContext, type TimeWindow, windowOver } from './itemStrategy';
import { eventItems, laneGroups, laneKeys, type TimelineItemData } from './items';
import { type Cluster, DEFAULT_LIMITS, type EventTimes, eventTimes, inStartOrder, levelOfDetail, type PeriodUnit, windowAround } from './levelOfDetail';

/** With lanes on, each lane gets its own (smaller) level of detail. */
const LANE_LIMITS = { events: 20, periods: 15 };
/** room kept right of the last event for a cluster's "412 events" */
const CLUSTER_LABEL_PX = 110;

export type ClusterItem = TimelineItemData & { cluster: { count: number; unit: PeriodUnit } };
export const isCluster = (item: TimelineItemData | null | undefined): item is ClusterItem => !!item && 'cluster' in item;

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

export class LevelOfDetailStrategy implements ItemStrategy {
  private readonly times: EventTimes;
  /** the shown events in start order, and where each sits */
  private sorted: readonly number[];
  private detail: DetailIndex;
  private shown: Uint8Array;
  private lanes: Lanes = 'none';
  private laneDetail: Map<string, DetailIndex> | null = null;
  /** what the DataSet holds now: item id → cluster count (0 for an event) */
  private drawn = new Map<string, number>();

  constructor(private readonly ctx: StrategyContext) {
    const n = ctx.index.events.length;
    this.times = eventTimes(ctx.index.events);
    this.sorted = inStartOrder(
      this.times,
      Array.from({ length: n }, (_, i) => i),
    );
    this.detail = detailIndex(this.times, this.sorted);
    this.shown = new Uint8Array(n).fill(1);
  }

  load(lanes: Lanes): void {
    const { vis, index } = this.ctx;
    this.lanes = lanes;
    vis.items.clear();
    this.drawn.clear();
    vis.setLanes(laneGroups(index, lanes));
    this.splitLanes();
    this.windowChanged();
  }

  show(positions: readonly number[] | null): void {
    const n = this.ctx.index.events.length;
    const all = positions ?? Array.from({ length: n }, (_, i) => i);
    this.sorted = inStartOrder(this.times, all);
    this.detail = detailIndex(this.times, this.sorted);
    this.shown = new Uint8Array(n);
    for (const pos of all) this.shown[pos] = 1;
    this.splitLanes();
    this.windowChanged();
  }

  /** With lanes on: the shown events of each lane, in start order. */
  private splitLanes(): void {
    if (this.lanes === 'none') {
      this.laneDetail = null;
      return;
    }
    const lanes = new Map<string, number[]>();
    for (const pos of this.sorted) {
      for (const key of laneKeys(this.ctx.index.events[pos], this.lanes)) {
        let list = lanes.get(key);
        if (!list) lanes.set(key, (list = []));
        list.push(pos);
      }
    }
    this.laneDetail = new Map([...lanes].map(([lane, sorted]) => [lane, detailIndex(this.times, sorted)]));
  }

  /** Puts in the DataSet what the window shows, at its level of detail, and nothing else. */
  windowChanged(): void {
    const { vis, index, decoration } = this.ctx;
    const window = vis.getWindow();
    const wanted = new Map<string, number>();
    const fresh: TimelineItemData[] = [];
    const add = (detail: DetailIndex, lane: string | undefined, limits?: { events: number; periods: number }) => {
      const { positions, clusters } = levelOfDetail(detail, window, limits);
      for (const pos of positions) {
        const event = index.events[pos];
        for (const item of eventItems(event, this.lanes)) {
          if (item.group !== lane) continue;
          wanted.set(item.id, 0);
          if (!this.drawn.has(item.id)) fresh.push(decorated(item, decoration(event.id)));
        }
      }
      for (const c of clusters) {
        const id = clusterId(c, lane);
        wanted.set(id, c.count);
        if (this.drawn.get(id) !== c.count) fresh.push(clusterItem(c, lane));
      }
    };
    if (this.laneDetail) for (const [lane, detail] of this.laneDetail) add(detail, lane, LANE_LIMITS);
    else add(this.detail, undefined);
    // a cluster whose count changed is removed and added again: vis-timeline redraws an updated item on its own,
    // measuring it there and then (a forced layout per item), while added items are drawn together in one batch
    const gone = [...this.drawn].filter(([id, count]) => wanted.get(id) !== count).map(([id]) => id);
    this.drawn = wanted;
    if (!gone.length && !fresh.length) return;
    if (gone.length) vis.items.remove(gone);
    if (fresh.length) vis.items.add(fresh);
    vis.refreshLanes();
  }

  itemIds(eventId: string): string[] {
    const pos = this.ctx.index.eventPos.get(eventId);
    if (pos === undefined || !this.shown[pos]) return [];
    return this.ctx.vis.items.getIds({ filter: (item) => item.eventId === eventId }) as string[];
  }

  order(): readonly number[] {
    return this.sorted;
  }

  fitSpans(): LabelledSpan[] {
    if (!this.sorted.length) return [];
    // few enough to be drawn one by one once fitted (levelOfDetail draws every event when so few are in view): fit
    // them with their labels, as a small timeline is
    if (this.sorted.length <= DEFAULT_LIMITS.events && !this.laneDetail) {
      const events = this.sorted.map((p) => this.ctx.index.events[p]);
      const labels = this.ctx.labelWidths(events);
      return this.sorted.map((p, i) => ({ start: this.times.start[p], end: this.times.end[p], label: labels[i] }));
    }
    // every event counts (a collection wider than vis-timeline draws gets the stretch holding most of them); the
    // latest keeps room for its cluster's "412 events"
    let last = 0;
    for (let k = 1; k < this.sorted.length; k++) if (this.times.end[this.sorted[k]] > this.times.end[this.sorted[last]]) last = k;
    return this.sorted.map((p, k) => ({ start: this.times.start[p], end: this.times.end[p], label: k === last ? CLUSTER_LABEL_PX : 0 }));
  }

  /** An event to reveal may be in a cluster or far away: go to it, zooming in as far as it takes. */
  windowToReveal(pos: number, current: TimeWindow): TimeWindow | null {
    if (!this.shown[pos]) return null;
    const span = { start: this.times.start[pos], end: this.times.end[pos] };
    const drawnIn = (w: TimeWindow) => {
      if (this.laneDetail) return [...this.laneDetail.values()].some((d) => levelOfDetail(d, w, LANE_LIMITS).positions.includes(pos));
      return levelOfDetail(this.detail, w).positions.includes(pos);
    };
    const moved = windowOver(span, current);
    const keepZoom = moved ?? current;
    if (drawnIn(keepZoom)) return moved;
    const around = windowAround(this.times, this.sorted, pos, 20);
    const pad = (around.end - around.start) * 0.1;
    return { start: around.start - pad, end: around.end + pad };
  }

  windowToOpen(item: TimelineItemData): TimeWindow | null {
    if (!isCluster(item)) return null;
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    const pad = (end - start) * 0.05;
    return { start: start - pad, end: end + pad };
  }
}
