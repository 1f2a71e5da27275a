/**
 * What the explorer and the presentation ask of the timeline, in their words: show these events, select this one,
 * fit, zoom, step to the next event. It holds a VisTimeline (the thin wrapper around vis-timeline) and the
 * ItemStrategy that suits the timeline's size, and turns vis's events into plain callbacks. React components talk
 * to this class only; none of them touch vis-timeline.
 */
import type { EventRecord } from '../../schema/timeline';
import { rankOf, storyCore } from '../store/storyView';
import type { TimelineIndex } from '../store/timelineIndex';
import type { Lanes } from '../store/viewSlice';
import { ALL_ITEMS_LIMIT, AllItemsStrategy } from './allItemsStrategy';
import { type FitWindow, fitLabels, fitWindow, type LabelledSpan, trimTail } from './fitWindow';
import { clusterElement, clusterTooltipElement, itemElement, laneElement, tooltipElement } from './itemContent';
import type { ItemStrategy, TimeWindow } from './itemStrategy';
import type { TimelineItemData } from './items';
import { measureLabels } from './labelMeasure';
import { isCluster, LevelOfDetailStrategy } from './levelOfDetailStrategy';
import type { PeriodUnit } from './levelOfDetail';
import { corePeriod } from '../../story/core';
import { outOfView, type Side, type StoryFrame, storyFrame } from './storyFrame';
import { type Animate, type StackOverflow, VisTimeline, type VisLook } from './visTimeline';

export { ALL_ITEMS_LIMIT };

/** A span cut to a stretch (by default with a day either side: the index's UTC days against the axis's local ones). */
function clip(span: LabelledSpan, to: TimeWindow, slack = DAY_MS): LabelledSpan {
  const start = Math.max(span.start, to.start - slack);
  return { start, end: Math.max(start, Math.min(span.end, to.end + slack)), label: span.label };
}

export interface TimelineCallbacks {
  /** an item was clicked or tapped (null: empty space) */
  onSelect: (eventId: string | null) => void;
  /** the visible window settled after a pan, a zoom or a fit */
  onWindowChange: (start: Date, end: Date) => void;
  /** the items the stack hides above or below the timeline changed (visTimeline.ts stackOverflow) */
  onStackChange?: (overflow: StackOverflow, panelBottom: number) => void;
  /** the first drawing after a fit asked to be measured (measureFit), unless the reader moved the window since */
  onFitDrawn?: (overflow: StackOverflow) => void;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
/**
 * The narrowest a year may be drawn for a side's events to open in one view: a year-dated event's box stays a box
 * (its dotted outline needs some 6 px). The BBC spill coverage's 42 years of background (1967–2009) keep 22 px a
 * year at 1280×720 and 8 on a 390 px phone; the core of them alone (1989–2009) on the phone left the oldest three
 * just out of view, their labels cut at the left edge ("dley began his career at"). Three centuries of background
 * on a phone open on where most of it lies instead.
 */
const MIN_YEAR_PX = 6;
/** px kept free at the timeline's edges by a fit */
const FIT_PAD = { padLeft: 24, padRight: 24, minSpan: 30 * DAY_MS };
/** how many times a fit widens to take in the events its window then draws */
const NEIGHBOUR_ROUNDS = 4;
/** longer than two months: a year-dated event's bar */
const COARSE_MS = 62 * DAY_MS;
const ANIMATION: Animate = { duration: 450, easingFunction: 'easeInOutQuad' };
/** how long the pointer's place over the timeline counts as where the reader is looking (a zoom goes there) */
const POINTER_FRESH_MS = 4000;

const PERIOD_FORMATS: Record<Exclude<PeriodUnit, 'decade'>, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  week: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric' }),
};
const periodLabel = (start: Date, unit: PeriodUnit) =>
  unit === 'decade' ? `the ${start.getFullYear()}s` : `${unit === 'week' ? 'week of ' : ''}${PERIOD_FORMATS[unit].format(start)}`;

export const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** a strip narrower than this is a phone's (present.css, max-width: 760px): its current label wraps, wider */
const NARROW_STRIP_PX = 800;

export class TimelineAdapter {
  private readonly vis: VisTimeline;
  private index: TimelineIndex | null = null;
  private strategy: ItemStrategy | null = null;
  private lanes: Lanes = 'none';
  private selected: string | null = null;
  /** the event the keyboard is on (outlined), which Enter opens */
  private cursor: string | null = null;
  private decorations = new Map<string, string>();
  /** the reader moved the window by hand since the last fit: filters do not re-fit it */
  private manual = false;
  private refreshQueued = 0;
  private lanesFit = 0;
  /** stacked by importance (a large collection) */
  private byImportance = false;
  /** beside the story (fitSide): the events of that side, stacked nearest the axis */
  private stackFirst: ReadonlySet<number> | null = null;
  private stackQueued = 0;
  private stack: StackOverflow = { above: 0, below: 0 };
  /** tell onFitDrawn what the stack hides once the window a fit chose ('fit') or a link gave ('window') is drawn */
  private fitToMeasure: false | 'fit' | 'window' = false;
  /** an item (vis-selected, is-cursor) to bring into the stack's view once it is drawn */
  private toReveal: string | null = null;
  /**
   * The item last brought into the stack's view, brought back when the labels restack under it (a label fitted to the
   * right edge grows a line, after the reveal): the event chosen in the table was then drawn below the timeline's
   * bottom. Forgotten when the reader moves the window.
   */
  private revealed: string | null = null;
  /** a large collection's fold (the filtered events left out of the shown ones); null: fit every event */
  private folded: readonly number[] | null = null;
  /** the events the story's core is reckoned from, when not the shown ones (storyFrame.ts) */
  private story: readonly number[] | undefined;
  /** the side of the core a marker moved the window to, until the next fit (the way back is then a marker too) */
  private beside: Side | null = null;
  /** the core period and what lies beside it, for the shown events (undefined: not worked out yet) */
  private frame: StoryFrame | null | undefined;
  private pointer: { x: number; at: number } | null = null;
  private readonly onPointer = (e: PointerEvent) => {
    const panel = this.vis.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    this.pointer = panel && e.clientX >= panel.left && e.clientX <= panel.right ? { x: e.clientX - panel.left, at: performance.now() } : null;
  };

  constructor(
    container: HTMLElement,
    private readonly callbacks: TimelineCallbacks,
    look: VisLook = {},
  ) {
    const eventOf = (item: TimelineItemData): EventRecord | undefined => {
      const pos = this.index?.eventPos.get(item.eventId);
      return pos === undefined ? undefined : this.index!.events[pos];
    };
    this.vis = new VisTimeline(
      container,
      {
        item: (item) => {
          if (isCluster(item)) return clusterElement(item.cluster.count);
          const event = item && eventOf(item);
          return event ? itemElement(event) : document.createElement('span');
        },
        tooltip: (item) => {
          if (isCluster(item)) return clusterTooltipElement(item.cluster.count, periodLabel(item.start, item.cluster.unit));
          const event = eventOf(item);
          return event ? tooltipElement(event) : document.createElement('span');
        },
        lane: (group) => laneElement(group.label, group.detail, group.full),
      },
      {
        select: (item) => this.picked(item),
        moving: () => this.queueRefresh(),
        moved: (start, end, byUser) => {
          if (byUser) {
            this.manual = true;
            this.revealed = null;
          }
          // a wheel step emits rangechange and rangechanged together: the refresh queued for this frame will do
          if (!this.refreshQueued) this.refresh();
          this.callbacks.onWindowChange(start, end);
        },
        drawn: () => this.queueStack(),
        restacked: () => {
          if (!this.revealed) return;
          this.toReveal = this.revealed;
          this.queueStack();
        },
      },
      look,
    );
    container.addEventListener('pointermove', this.onPointer);
    container.addEventListener('pointerleave', this.onPointer);
  }

  private picked(item: TimelineItemData | null): void {
    const open = item && this.strategy?.windowToOpen(item);
    if (open) {
      this.manual = true;
      this.moveTo(open, false);
      return;
    }
    if (item?.eventId) this.cursor = item.eventId;
    this.callbacks.onSelect(item?.eventId || null);
  }

  /** After vis drew: hide what its panels cut, bring a stepped-to or selected item into the stack's view, then tell what the stack hides. */
  private queueStack(): void {
    if (this.stackQueued) return;
    this.stackQueued = requestAnimationFrame(() => {
      this.stackQueued = 0;
      this.vis.hideCut();
      if (this.toReveal) {
        const className = this.toReveal;
        this.toReveal = null;
        this.revealed = className;
        this.vis.revealInStack(className);
      }
      const now = this.vis.stackOverflow();
      if (this.fitToMeasure) {
        const measured = this.fitToMeasure;
        this.fitToMeasure = false;
        if (measured === 'window' || !this.manual) this.callbacks.onFitDrawn?.(now);
      }
      if (now.above === this.stack.above && now.below === this.stack.below) return;
      this.stack = now;
      this.callbacks.onStackChange?.(now, this.vis.panelBottom());
    });
  }

  /** Reports (onFitDrawn) what the stack hides once the window of the fit just made is drawn. */
  measureFit(): void {
    this.fitToMeasure = 'fit';
  }

  /** Reports (onFitDrawn) what the stack hides once the window set next (setWindow: a link's) is drawn. */
  measureWindow(): void {
    this.fitToMeasure = 'window';
  }

  /** Scrolls the stack a timeline's height towards the items it hides above (or below). */
  scrollStack(towards: 'above' | 'below'): void {
    this.vis.scrollStack(towards);
  }

  private queueRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = requestAnimationFrame(() => {
      this.refreshQueued = 0;
      this.refresh();
    });
  }

  /** After the window or the items changed: what is drawn, and the selection kept on it. */
  private refresh(): void {
    if (!this.strategy) return;
    this.strategy.windowChanged();
    this.vis.setSelection(this.selected ? this.strategy.itemIds(this.selected) : []);
  }

  private moveTo(w: TimeWindow, animate: boolean): void {
    this.vis.setWindow(w.start, w.end, animate && !prefersReducedMotion() ? ANIMATION : false);
    this.refresh();
  }

  /** Loads a timeline's events (once per file; lanes and filters rebuild the items, never the timeline). */
  setData(index: TimelineIndex, lanes: Lanes): void {
    this.index = index;
    this.lanes = lanes;
    const ctx = {
      vis: this.vis,
      index,
      decoration: (eventId: string) => this.decorations.get(eventId) ?? '',
      labelWidths: (events: readonly EventRecord[]) => measureLabels(this.vis.container, events),
    };
    this.strategy = index.events.length <= ALL_ITEMS_LIMIT ? new AllItemsStrategy(ctx) : new LevelOfDetailStrategy(ctx);
    this.frame = undefined;
    this.strategy.load(lanes);
    this.refresh();
  }

  setLanes(lanes: Lanes): void {
    if (!this.strategy || lanes === this.lanes) return;
    this.lanes = lanes;
    this.strategy.load(lanes);
    this.refresh();
    // the lanes' names take a column of their own: the labels need the window fitted to the narrower timeline,
    // unless the reader had zoomed by hand
    this.refit();
  }

  /** Shows only the events at these positions in the index (null: all). */
  setVisible(positions: readonly number[] | null): void {
    this.strategy?.show(positions);
    this.frame = undefined;
    this.refresh();
  }

  /**
   * A large collection: fits open on the shown events' core period, and the events beside it (with these
   * filtered ones the fold leaves out) are the edge markers' business (storyFrame.ts). null: fits show every event.
   */
  setStory(folded: readonly number[] | null, story?: readonly number[]): void {
    this.folded = folded;
    this.story = story;
    this.frame = undefined;
  }

  /**
   * Stacks the most important events nearest the axis (a large collection): when the key events of a busy month
   * stack higher than the timeline, the ones that go out of sight at the top are the least important. Clusters
   * come after the events, and year-dated events last: at "All events", thirty bars across the whole of 2010
   * ("Atlantic hurricane season") took the rows nearest the axis and pushed the spill's months off the top.
   */
  stackByImportance(on: boolean): void {
    this.byImportance = on;
    this.applyOrder();
  }

  private applyOrder(): void {
    const index = this.index;
    if (!this.byImportance || !index) {
      this.vis.setOrder(null);
      return;
    }
    const first = this.stackFirst;
    const near = (item: TimelineItemData) => {
      const pos = first && item.eventId ? index.eventPos.get(item.eventId) : undefined;
      return pos !== undefined && first?.has(pos) ? 0 : 1;
    };
    const rank = rankOf(index);
    const place = (item: TimelineItemData) => {
      const pos = item.eventId ? index.eventPos.get(item.eventId) : undefined;
      return pos === undefined ? rank.length : rank[pos];
    };
    const tier = (item: TimelineItemData) => (!item.eventId ? 1 : (item.end ?? item.start).getTime() - item.start.getTime() > COARSE_MS ? 2 : 0);
    // (beside the story, its events in the order of their dates: the oldest at the bottom, each next one beside or above)
    const dated = (a: TimelineItemData, b: TimelineItemData) => (first && !near(a) && !near(b) ? a.start.getTime() - b.start.getTime() : 0);
    this.vis.setOrder((a, b) => near(a) - near(b) || dated(a, b) || tier(a) - tier(b) || place(a) - place(b));
  }

  /** The core period of the shown events and what lies beside it; null for a small collection or no events. */
  storyFrame(): StoryFrame | null {
    if (this.frame === undefined) {
      this.frame = this.folded && this.index && this.strategy ? storyFrame(this.index, this.strategy.order(), this.folded, this.story) : null;
    }
    return this.frame;
  }

  setSelection(eventId: string | null, reveal = false): void {
    this.selected = eventId;
    if (eventId) this.cursor = eventId;
    if (reveal && eventId) {
      this.reveal(eventId);
      this.toReveal = 'vis-selected';
      this.queueStack();
    }
    this.refresh();
  }

  /** Moves the window to an event when it is not drawn in it, keeping the zoom where it can. */
  private reveal(eventId: string): void {
    const pos = this.index?.eventPos.get(eventId);
    if (pos === undefined || !this.strategy) return;
    const to = this.strategy.windowToReveal(pos, this.vis.getWindow());
    if (to) this.moveTo(to, false);
  }

  getWindow(): { start: Date; end: Date } {
    const { start, end } = this.vis.getWindow();
    return { start: new Date(start), end: new Date(end) };
  }

  /** A window asked for by a link or by back/forward: the reader's, so filters leave it alone. */
  setWindow(start: Date, end: Date): void {
    this.manual = true;
    this.moveTo({ start: start.getTime(), end: end.getTime() }, false);
  }

  /**
   * Shows every shown event with its label (fitWindow.ts); in a large collection, every shown event of the core
   * period. Returns how many events lie outside: none, unless the collection spans more than the 10,000 years
   * vis-timeline draws at once.
   */
  fit(animate = false): number {
    this.beside = null;
    if (this.stackFirst) {
      this.stackFirst = null;
      this.applyOrder();
    }
    const arc = this.storyFrame()?.arc;
    const index = this.index;
    if (!arc || !index) return this.fitTo((_, span) => span, animate);
    // The story's arc, its first key event to its last (storyView.ts storyArc: the BBC spill coverage's explosion to
    // the sealing of the well), not its core alone, which left the capping and the sealing behind the later marker. A
    // date that starts before the arc or ends after it (a year-dated event) is drawn from the arc's edge. The story's
    // last labels are wrapped at the right edge (wrappedClaim), and the later events the window then reaches are not
    // fitted in as neighbours: each one stretched the window again, the BBC spill coverage's on to mid-January at
    // 1280×720, its busy weeks squeezed into a stack that hid 16 of its 30 key events above the timeline's top while
    // the axis from October on stood empty. They are the later marker's (trimTail).
    // (The arc is reckoned from the 30 key events when the screen opens on fewer, store/detail.ts keyEventsFor: the
    // window reaches its end, the well's sealing on 19 September, even when that event is not among the 16 drawn at
    // 1280×720; ending in August, the first view offered "Back to the story" as if it were beside it.)
    return this.fitTo((p, span) => (index.endMs[p] > arc.start && index.startMs[p] < arc.end ? clip(span, arc) : null), animate, false, true, arc.end - 1);
  }

  /**
   * Moves the window to the shown events before (or after) the core period that it does not reach: what that
   * side's marker stands for, all of them when their years can be told apart in one view (MIN_YEAR_PX). A century of
   * background is not one readable view, so it opens on where most of them lie (src/story/core.ts), and the marker
   * then stands for the rest, one more click away. The window stops short of the story: the BBC spill coverage's
   * 26 earlier events (1967–2009) opened on 1988–2027, the four oldest still behind "‹ 4 earlier events", their
   * labels cut at the left edge ("Tony …"), the story's 2010 piled into one column at the right that hid 37 events
   * above the top, and 2011 to 2027 drawn empty.
   */
  fitSide(side: Side, animate = true): void {
    const frame = this.storyFrame();
    const index = this.index;
    if (!frame || !index) return;
    const { start, end } = this.vis.getWindow();
    const order = this.strategy?.order() ?? [];
    const shown = new Set(order);
    const out = outOfView(index, frame, side, { start, end }).filter((p) => shown.has(p));
    if (!out.length) return;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const p of out) {
      first = Math.min(first, index.startMs[p]);
      last = Math.max(last, index.endMs[p]);
    }
    const room = this.vis.itemsWidth() - FIT_PAD.padLeft - FIT_PAD.padRight;
    const whole = ((last - first) / YEAR_MS) * MIN_YEAR_PX <= room;
    const core = whole
      ? { start: first, end: last }
      : corePeriod(
          out.map((p) => ({ start: index.startMs[p], end: index.endMs[p] })),
          { preferFine: false },
        );
    if (!core) return;
    const wanted = new Set(out);
    // this side's events are stacked nearest the axis: the story's busy months, drawn in the room the last labels
    // ask for, took the lowest rows and pushed the background off the top
    this.stackFirst = new Set(frame[side]);
    this.applyOrder();
    this.fitTo((p, span) => (wanted.has(p) && index.endMs[p] > core.start && index.startMs[p] < core.end ? clip(span, core) : null), animate, false, true);
    this.manual = true;
    this.beside = side;
  }

  /** The side of the core period a marker last moved the window to (null: the story's own fit since). */
  besideCore(): Side | null {
    return this.beside;
  }

  /**
   * Fits the window to the spans `pick` keeps (null: leave the event out), each with its label. With `neighbours`,
   * the events that window then draws, or whose label reaches into it, are fitted too: a month-dated event just
   * after the oil spill's core period ran its label off the right edge ("BP can finish drilling relief wells and
   * permane…"). Not beside the core: the background's window reaches the story, and fitting the story's labels
   * into it as well stretched it from 1898 to 2170.
   */
  private fitTo(
    pick: (pos: number, span: LabelledSpan) => LabelledSpan | null,
    animate: boolean,
    neighbours = true,
    wrapLabels = false,
    /** a time the window reaches, with or without an event drawn there */
    reach?: number,
  ): number {
    const order = this.strategy?.order() ?? [];
    // one span per shown event, in the order of order()
    const all = this.strategy?.fitSpans() ?? [];
    const picked = new Uint8Array(all.length);
    const spans: LabelledSpan[] = [];
    all.forEach((span, k) => {
      const kept = pick(order[k], span);
      if (!kept) return;
      picked[k] = 1;
      spans.push(kept);
    });
    if (reach !== undefined && spans.length) spans.push({ start: reach, end: reach, label: 0 });
    const width = this.vis.itemsWidth();
    const first = this.windowFor(spans, width, wrapLabels);
    if (!first) {
      this.showCollectionPeriod(animate);
      return 0;
    }
    let { w, bounds } = first;
    // each widening can bring more events into the window: a few rounds (the Guardian's spill coverage needed two)
    for (let round = 0; neighbours && round < NEIGHBOUR_ROUNDS && !bounds.outside && spans.length < all.length; round++) {
      const perPx = (w.end - w.start) / width;
      // a span longer than half the window (a year-dated event) is drawn from the window's edge, as in the core
      const half = (w.end - w.start) / 2;
      const more: LabelledSpan[] = [];
      all.forEach((s, k) => {
        if (picked[k] || s.start > w.end || Math.max(s.end, s.start + s.label * perPx) < w.start) return;
        picked[k] = 1;
        more.push(s.end - s.start > half ? clip(s, { start: w.start, end: w.end }, 0) : s);
      });
      if (!more.length) break;
      spans.push(...more);
      ({ w, bounds } = this.windowFor(spans, width, wrapLabels) ?? { w, bounds });
    }
    // the story's period alone: the first later events, which the window may reach, are left to the edge marker
    // when they have not the room to be read there (fitWindow.ts trimTail)
    if (!neighbours && wrapLabels && !bounds.outside) {
      const others = all.filter((_, k) => !picked[k]);
      w = trimTail(w, spans, others, width);
    }
    this.vis.setZoomMax(bounds.zoomMax);
    this.manual = false;
    this.moveTo(w, animate);
    // vis-timeline sizes its lanes' name column a frame later: fitted to a wider timeline, the labels would run off
    cancelAnimationFrame(this.lanesFit);
    this.lanesFit = requestAnimationFrame(() => {
      if (!this.manual && this.vis.itemsWidth() !== width) this.fitTo(pick, animate, neighbours, wrapLabels, reach);
    });
    return bounds.outside;
  }

  /**
   * No event is shown (no event passes the filters): the empty timeline keeps to the collection's period, its core
   * (storyView.ts storyCore), where it was unless it shows none of the collection's dates. A link whose search found
   * nothing in the BBC's 2010 spill coverage opened an empty axis of "Fri 4 … Wed 9, December 2026", vis-timeline's
   * window around today, under "No events match these filters": a class read it as the story's dates.
   */
  private showCollectionPeriod(animate: boolean): void {
    const index = this.index;
    if (!index?.events.length) return;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (let p = 0; p < index.events.length; p++) {
      first = Math.min(first, index.startMs[p]);
      last = Math.max(last, index.endMs[p]);
    }
    const { start, end } = this.vis.getWindow();
    if (end > first && start < last) return;
    const core = storyCore(
      index,
      index.events.map((_, p) => p),
    );
    const w = core ? { start: core.start, end: core.end } : { start: first, end: last };
    // a single day: a week around it, as a fitted window of one event is
    const pad = Math.max((w.end - w.start) * 0.05, 3 * DAY_MS);
    this.moveTo({ start: w.start - pad, end: w.end + pad }, animate);
  }

  /** The window that shows these spans with their labels, within what vis-timeline can draw (fitWindow.ts). */
  private windowFor(spans: readonly LabelledSpan[], width: number, wrapLabels = false): { w: TimeWindow; bounds: FitWindow } | null {
    const bounds = fitWindow(
      spans.map((s) => s.start),
      spans.map((s) => s.end),
    );
    if (!bounds) return null;
    const labelled = bounds.outside ? null : fitLabels(spans, { width, ...FIT_PAD, wrapLabels });
    // labels that would ask for more than vis-timeline can draw give way to the dates' own window
    return { w: labelled && labelled.end - labelled.start <= bounds.zoomMax ? labelled : bounds, bounds };
  }

  /**
   * After the events changed (a filter, an added document): fit again, animated, unless the reader has just
   * zoomed or panned by hand, and the window still shows some of the events. Returns what fit returns (null: not
   * fitted).
   */
  refit(): number | null {
    if (this.manual && this.showsAnyEvent()) return null;
    return this.fit(true);
  }

  private showsAnyEvent(): boolean {
    const index = this.index;
    if (!index || !this.strategy) return false;
    const { start, end } = this.vis.getWindow();
    return this.strategy.order().some((p) => index.endMs[p] + DAY_MS > start && index.startMs[p] - DAY_MS < end);
  }

  zoomIn(): void {
    this.zoom(0.5);
  }

  zoomOut(): void {
    this.zoom(2);
  }

  /**
   * Zooms around what the reader is looking at: the selected event when it is in view, else the place under the
   * pointer, else the middle of the events in view. vis-timeline's zoomIn zooms into the window's centre, which on
   * the seeds is an empty stretch of years between 2018 and 2023.
   */
  private zoom(factor: number): void {
    const { start, end } = this.vis.getWindow();
    const anchor = this.zoomAnchor(start, end);
    const a = anchor - (anchor - start) * factor;
    this.manual = true;
    this.moveTo({ start: a, end: a + (end - start) * factor }, false);
  }

  private zoomAnchor(start: number, end: number): number {
    const index = this.index;
    const inView = (p: number) => index!.endMs[p] >= start && index!.startMs[p] <= end;
    const selected = this.selected ? index?.eventPos.get(this.selected) : undefined;
    if (selected !== undefined && inView(selected)) return (index!.startMs[selected] + index!.endMs[selected]) / 2;
    if (this.pointer && performance.now() - this.pointer.at < POINTER_FRESH_MS) return start + (this.pointer.x / this.vis.itemsWidth()) * (end - start);
    const times = (this.strategy?.order() ?? []).filter(inView).map((p) => index!.startMs[p]);
    if (!times.length) return (start + end) / 2;
    return times[Math.floor(times.length / 2)];
  }

  /** Pans by a fraction of the visible window: -0.2 is a fifth to the left. */
  pan(fraction: number): void {
    const { start, end } = this.vis.getWindow();
    const shift = (end - start) * fraction;
    this.manual = true;
    this.moveTo({ start: start + shift, end: end + shift }, false);
  }

  /** Extra classes on some events' items (null: none); only the changed ones are redrawn. */
  setDecorations(next: Map<string, string>): void {
    const changed = new Set([...this.decorations.keys(), ...next.keys()].filter((id) => this.decorations.get(id) !== next.get(id)));
    this.decorations = next;
    if (!changed.size || !this.strategy || !this.index) return;
    const updates: Array<{ id: string; className: string }> = [];
    for (const eventId of changed) {
      for (const id of this.strategy.itemIds(eventId)) {
        const item = this.vis.items.get(id);
        if (!item) continue;
        const base = item.className
          .split(' ')
          .filter((c) => !this.isDecoration(c))
          .join(' ');
        updates.push({ id, className: next.get(eventId) ? `${base} ${next.get(eventId)}` : base });
      }
    }
    if (updates.length) this.vis.items.update(updates);
  }

  private isDecoration(cls: string): boolean {
    return cls.startsWith('is-');
  }

  /**
   * The keyboard's place among the shown events, in date order: 'next', 'previous', 'first', 'last'. The window
   * follows it. Returns the event now under the cursor and its place (1-based) among the shown ones.
   */
  moveCursor(step: 'next' | 'previous' | 'first' | 'last'): { event: EventRecord; at: number; of: number } | null {
    const index = this.index;
    if (!index || !this.strategy) return null;
    const order = this.strategy.order();
    if (!order.length) return null;
    const at = this.cursor ? order.indexOf(index.eventPos.get(this.cursor) ?? -1) : -1;
    let next: number;
    if (step === 'first') next = 0;
    else if (step === 'last') next = order.length - 1;
    else if (at < 0) next = this.firstInView(order);
    else next = Math.min(order.length - 1, Math.max(0, at + (step === 'next' ? 1 : -1)));
    const event = index.events[order[next]];
    this.cursor = event.id;
    this.setDecorations(new Map([[event.id, 'is-cursor']]));
    this.reveal(event.id);
    // an event stacked above the timeline's top is stepped to as well: the stack scrolls to it
    this.toReveal = 'is-cursor';
    this.queueStack();
    this.refresh();
    return { event, at: next + 1, of: order.length };
  }

  private firstInView(order: readonly number[]): number {
    const { start, end } = this.vis.getWindow();
    const index = this.index!;
    const k = order.findIndex((p) => index.endMs[p] >= start && index.startMs[p] <= end);
    return Math.max(0, k);
  }

  /** The event under the keyboard cursor (null when the keyboard has not moved among the events). */
  cursorEvent(): string | null {
    return this.cursor;
  }

  /** Leaves the events: no outline. */
  clearCursor(): void {
    this.setDecorations(new Map());
  }

  /**
   * The presentation's strip: fits the window to these events (the current slide's and its neighbours') with their
   * labels. Animated unless the reader asked for less motion.
   */
  showAround(eventIds: readonly string[], animate: boolean): void {
    const index = this.index;
    if (!index) return;
    const events = eventIds.map((id) => index.eventPos.get(id)).flatMap((p) => (p === undefined ? [] : [index.events[p]]));
    // measured as drawn: the selected label in bold, the decorated ones in their classes
    const classOf = (id: string) => `${id === this.selected ? 'vis-selected' : ''} ${this.decorations.get(id) ?? ''}`;
    const labels = measureLabels(this.vis.container, events, classOf);
    const spans = events.map((event, i) => {
      const p = index.eventPos.get(event.id)!;
      // UTC spans are within hours of the axis's local ones: invisible at the strip's zoom of months
      return { start: index.startMs[p], end: event.date.precision === 'day' ? index.startMs[p] : index.endMs[p], label: labels[i] };
    });
    // On a phone the current event's label wraps in up to 80% of the strip (present.css); a 12em label on a 390 px
    // strip ("BP's Deepwater Ho…") needs that room, or it is cut or runs past the strip's right edge. The fit keeps it.
    const width = this.vis.itemsWidth();
    const maxLabelShare = width < NARROW_STRIP_PX ? 0.85 : 0.6;
    const w = fitLabels(spans, { width, padLeft: 40, padRight: 40, minSpan: 60 * DAY_MS, maxLabelShare });
    if (w) this.moveTo(w, animate);
  }

  destroy(): void {
    cancelAnimationFrame(this.refreshQueued);
    cancelAnimationFrame(this.lanesFit);
    cancelAnimationFrame(this.stackQueued);
    this.vis.container.removeEventListener('pointermove', this.onPointer);
    this.vis.container.removeEventListener('pointerleave', this.onPointer);
    this.vis.destroy();
  }
}
