/**
 * The one module that owns vis-timeline: it creates the timeline once with its DataSets and options, and passes
 * on what vis reports. What to put in the DataSet is an ItemStrategy's business (itemStrategy.ts); what the
 * explorer asks of the timeline is TimelineAdapter's. Item content and tooltips are elements built from text nodes
 * (itemContent.ts); the xss filter below is a second fence should a string ever reach vis's innerHTML paths.
 */
// The peer build, not the standalone one: it leaves moment and vis-data to the bundler, so moment comes without
// its 120-odd locales (the app speaks English, moment's own) and vis-data is shared instead of bundled twice.
import { DataSet, DataView as VisDataView } from 'vis-data/esnext';
import type { DataView as DataViewType } from 'vis-data';
import * as vis from 'vis-timeline/esnext';
import type { TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
// after vis's own sheet, so that our rules win ties of specificity (the selected point was vis's yellow in dark mode)
import './timeline.css';
import { USUAL_ZOOM_MAX_MS } from './fitWindow';
import type { LaneGroup, TimelineItemData } from './items';
import { CUT_TOLERANCE_PX, cutSide, drawnItems } from './stackMeasure';
import { batchItemRedraws } from './visBatching';
import { withWeekScale } from './weekScale';

export type GroupData = LaneGroup & { content: string };

/** the least space between two axis labels of the strip (px) */
const AXIS_LABEL_GAP_PX = 6;

export interface VisLook {
  /** false: items share one row */
  stack?: boolean;
  /** which items stack nearest the axis (the presentation's strip: the current event, then its neighbours) */
  order?: (a: TimelineItemData, b: TimelineItemData) => number;
  /** one row of axis labels that say the month and year themselves ("Nov 2024"), for a short strip */
  oneAxisRow?: boolean;
  /** an event whose dot the window's left or right edge cuts is left out (the presentation strip, at the screen's edges) */
  hideEdgeDots?: boolean;
}

/** axis labels that need no second row to say which month and year they are in */
/** Below this width of the timeline the axis labels get fewer characters' room, so months still show. */
const NARROW_AXIS_PX = 640;

const SELF_CONTAINED_LABELS = {
  minorLabels: { minute: 'HH:mm', hour: 'D MMM HH:mm', weekday: 'ddd D MMM', day: 'D MMM', week: 'D MMM', month: 'MMM YYYY', year: 'YYYY' },
};

export interface VisContent {
  item(item: TimelineItemData): HTMLElement;
  tooltip(item: TimelineItemData): HTMLElement;
  lane(group: GroupData): HTMLElement;
}

export interface VisEvents {
  /** an item was clicked or tapped (null: empty space) */
  select(item: TimelineItemData | null): void;
  /** the window is moving (every frame of a drag or an animation) */
  moving(): void;
  /** the window settled; byUser: a drag, a wheel or a pinch, not a call */
  moved(start: Date, end: Date, byUser: boolean): void;
  /** vis-timeline drew (items moved, stacked or scrolled) */
  drawn?(): void;
  /** labels were measured again and their lanes restacked after vis drew them (a zoom's end, a label fitted to the edge) */
  restacked?(): void;
}

/** The VisTimeline drawn in a container, for code that has only the element (the image export). */
const byContainer = new WeakMap<HTMLElement, VisTimeline>();
export function visTimelineIn(container: HTMLElement): VisTimeline | undefined {
  return byContainer.get(container);
}

/** Items of the window that the stack hides, above the items' panel or below it (a stack scrolled up). */
export interface StackOverflow {
  above: number;
  below: number;
}

/**
 * vis-timeline's own vertical scroll. Its wheel and its drag scroll a stack taller than the timeline, but it has no
 * public call to do it; the app's cue ("▲ 13 more events above") and the keyboard's step to a hidden event need one.
 * The version is pinned (package-lock); e2e/stack.spec.ts fails if these move.
 */
interface VisCoreScroll {
  /** scrollTop: how far the stack is scrolled (0 at its top); scrollTopMin: 0 when the stack fits the timeline */
  props: { scrollTop: number; scrollTopMin: number };
  _setScrollTop(scrollTop: number): number;
  _redraw(): void;
}

/**
 * vis-timeline's own check of its container's size (it compares and redraws only on a change). vis runs it on a
 * window resize and on a one-second timer; a container resized by the page itself (the edge markers' row or the
 * stack cue coming, an export growing the timeline) waited up to that second drawn at its old height, its axis's
 * year row cut off under the edge (at 1920×1080 the OPEC collection's first view showed no year at all).
 */
interface VisCoreResize {
  _onResize?: () => void;
}

export type Animate = false | { duration: number; easingFunction: 'easeInOutQuad' };

/** vis-timeline's item as its ItemSet holds it (private): a range item has an end */
interface VisItem {
  dirty: boolean;
  displayed: boolean;
  data?: { end?: unknown };
  dom?: { box?: HTMLElement; point?: HTMLElement };
  parent?: { stackDirty: boolean };
  redraw(returnQueue: true): Array<() => void>;
}

/** vis-timeline's items and groups as its ItemSet holds them (private); a group's visibleItems are those in the window */
interface VisCoreItems {
  itemSet?: {
    items: Record<string, VisItem>;
    groups: Record<string, { visibleItems?: VisItem[] }>;
  };
}

/** the width from which a range box wraps its label inside its edge (timeline.css, `@container (min-width: 180px)`) */
const WRAP_WIDTH_PX = 180;
/** the least room right of a label's start in which it wraps rather than ends in "…" on one line (6 em or so) */
const WRAP_MIN_PX = 90;
/**
 * The least room in which a label fitted at the right edge shows on one line: under it the label is hidden as a stub
 * off the left edge is. "B…" for "Bob Dudley became BP's chief executive" and "BP a…" beside their month boxes at
 * the right edge (the BBC spill coverage, all events at 1280×720) said nothing and looked broken on a projector;
 * the box stays, the tooltip and the keyboard's cursor show the title.
 */
const STUB_MIN_PX = 56;
/** the gap kept between a fitted label and the items' panel's right edge */
const FIT_GAP_PX = 4;
/** a range box's padding and border at its right end (timeline.css): a label inside the box ends before them */
const RANGE_PAD_PX = 8;

let internalsChecked = false;
/**
 * The private members of vis-timeline (read at 8.5.4, pinned in package.json) that the re-measure of wide range boxes,
 * the stack's scroll and the resize use. Checked once: a vis upgrade that renames one would otherwise turn those
 * features off without a word (they are reached with optional chaining). Returns the missing members.
 */
export function missingVisInternals(timeline: unknown): string[] {
  const core = timeline as VisCoreItems & Partial<VisCoreScroll> & VisCoreResize;
  const rangeItem = (vis as { timeline?: { components?: { items?: { RangeItem?: { prototype?: { redraw?: unknown } } } } } }).timeline?.components?.items
    ?.RangeItem;
  const missing: string[] = [];
  if (typeof core.itemSet?.items !== 'object' || core.itemSet.items === null) missing.push('itemSet.items');
  if (typeof core.itemSet?.groups !== 'object' || core.itemSet.groups === null) missing.push('itemSet.groups');
  if (typeof rangeItem?.prototype?.redraw !== 'function') missing.push('RangeItem.redraw');
  if (typeof core._redraw !== 'function') missing.push('_redraw');
  if (typeof core._onResize !== 'function') missing.push('_onResize');
  return missing;
}

function checkVisInternals(timeline: unknown) {
  if (internalsChecked) return;
  internalsChecked = true;
  const missing = missingVisInternals(timeline);
  if (missing.length)
    console.warn(
      `vis-timeline: private members missing (${missing.join(', ')}); wide range labels are not re-measured after a zoom, and the timeline may redraw late after a resize`,
    );
}

export class VisTimeline {
  readonly items = new DataSet<TimelineItemData, 'id'>();
  readonly groups = new DataSet<GroupData, 'id'>();
  readonly itemView: DataViewType<TimelineItemData, 'id'>;
  private readonly groupView: DataViewType<GroupData, 'id'>;
  private readonly timeline: vis.Timeline;
  private itemFilter: ((item: TimelineItemData) => boolean) | null = null;
  private visibleGroups: Set<string> | null = null;
  private grouped = false;
  private zoomMax = USUAL_ZOOM_MAX_MS;
  private readonly hideEdgeDots: boolean;
  private readonly oneAxisRow: boolean;
  /** redraws the timeline as soon as its container changes size (VisCoreResize) */
  private readonly sized: ResizeObserver | null;

  /** each range item's box width in px (as vis-timeline set it) when its label was last measured; none: not yet */
  private readonly measuredWidth = new WeakMap<object, number>();
  /** between vis's rangechange and its rangechanged: a zoom or a drag is under way */
  private moving = false;
  /** a re-measure is queued for the next frame */
  private remeasureQueued = false;

  /**
   * A wide week or month box wraps its label to the box (timeline.css, a container query), so the label's height
   * depends on the box's width. vis-timeline measures an item before it sets the box's width (a new item is measured
   * as if it had no box) and again only when the item's data changes: a zoom that narrowed a box drew its label, a
   * line taller, over the next one. So a drawn range item whose box is at least WRAP_WIDTH_PX wide, or was when it was
   * measured, and whose width changed since, is measured again and its lane restacked (one more redraw; widths set by
   * that one are the same, so it stops). Below the threshold the label does not wrap: its height does not depend on the
   * width. Queued for the next frame, once: after a zoom or a drag ends (rangechanged; vis reports a window set
   * without animation 200 ms later), and after any other redraw (data, filter, size); not on each frame of a zoom,
   * and never inside vis's own redraw.
   */
  private queueRemeasure() {
    if (this.remeasureQueued) return;
    this.remeasureQueued = true;
    requestAnimationFrame(() => {
      this.remeasureQueued = false;
      this.remeasureResizedRanges();
    });
  }

  /** each label's width as drawn with no fit (see fitLabelsToEdge), by its content element (the template's) */
  private readonly naturalWidth = new WeakMap<Element, number>();

  /**
   * A label that runs past the items' panel's right edge is clipped there mid-word ("Responsibilty was transfered to
   * the Gulf Coast Cla" on a 1280×720 screen, a year's labels on a phone), as the panels clip (timeline.css). vis-timeline's own options keep a range's label inside the window only
   * inside its box (align) and never a point's label, which always runs right of its dot. So such a label is fitted to
   * the room left of the edge: wrapped to that width, on at most three lines ending in "…" (data-fit="wrap"), or on
   * one line ending in "…" when the room is under WRAP_MIN_PX (data-fit="line"), or, at the left edge or in less room
   * than STUB_MIN_PX, not at all (data-fit="hidden"); its whole text is in its tooltip
   * (hover) and shown whole over its neighbours while the keyboard's cursor is on it (timeline.css). The attribute and
   * the widths are on the item's box, which vis keeps across redraws (it rewrites the box's class, not its data).
   * The same at the left edge: a point whose dot is just before it drew its label on, cut there mid-word ("S President
   * Barack Obama and UK Prime Minister / avid Cameron discussed BP's problems", "robot bumped into the venting system",
   * the BBC spill coverage at 1280×720 a day after those events). Such a label starts at the edge (--fit-left, a margin,
   * so vis still counts its whole width when it stacks) and keeps its end where it was, so it crosses no neighbour.
   * A wide week, month or year box begun before the left edge has its label moved by vis to the box's part in view
   * (align 'auto'), wrapped to the whole box's width: it ran on past the box's end, crossed by its dashed edge ("The
   * Gulf |Coast Claims Facility was set up", the BBC coverage's week at 1280×720; "Ecuador squeezed by the slide i|n
   * world oil prices", the Reuters Ecuador coverage's 1986). Its label is fitted inside the part in view; when that part
   * is narrower than a wrapped label needs (WRAP_WIDTH_PX), the label goes after the box, as a narrow box's does
   * (data-after, timeline.css).
   * Returns the items whose label changed size, to be measured again and restacked.
   */
  private fitLabelsToEdge(items: VisItem[]): VisItem[] {
    const panel = this.centerPanel();
    if (!panel?.width) return [];
    const right = panel.right - FIT_GAP_PX;
    const leftEdge = panel.left + FIT_GAP_PX;
    const changed: VisItem[] = [];
    // all reads first, then all writes: one layout for the pass, not one per label
    const reads: Array<{ item: VisItem; box: HTMLElement; natural: number; left: number; right: number }> = [];
    const moves: Array<{ item: VisItem; box: HTMLElement; label: HTMLElement; after: boolean }> = [];
    for (const item of items) {
      const box = item.dom?.box ?? item.dom?.point;
      const label = box?.querySelector<HTMLElement>('.ev-content:not(.ev-cluster-content)');
      if (!box || !label) continue;
      // a wide range box begun before the left edge: its label inside its part in view, or after it
      let end = right;
      if (item.data?.end != null && item.dom?.box) {
        const rect = box.getBoundingClientRect();
        const after = rect.width >= WRAP_WIDTH_PX && rect.left < panel.left && rect.right - panel.left < WRAP_WIDTH_PX;
        if (after !== (box.dataset.after === 'true')) {
          // (measured and fitted anew in the next pass, once vis has drawn it in its new place)
          moves.push({ item, box, label, after });
          continue;
        }
        if (rect.width >= WRAP_WIDTH_PX && !after) end = Math.min(end, rect.right - RANGE_PAD_PX);
      }
      let natural = this.naturalWidth.get(label);
      if (natural === undefined) {
        // (a label drawn anew inside a fitted box: measured without the fit, a layout of its own; rare)
        const fit = box.dataset.fit;
        if (fit) delete box.dataset.fit;
        natural = label.getBoundingClientRect().width;
        if (fit) box.dataset.fit = fit;
        this.naturalWidth.set(label, natural);
      }
      // where the label starts unfitted: a label fitted at the left edge is drawn after its margin (timeline.css)
      const margin = box.dataset.fit ? Number.parseFloat(box.style.getPropertyValue('--fit-left')) || 0 : 0;
      reads.push({ item, box, natural, left: label.getBoundingClientRect().left - margin, right: end });
    }
    for (const { item, box, label, after } of moves) {
      if (after) box.dataset.after = 'true';
      else delete box.dataset.after;
      this.naturalWidth.delete(label);
      changed.push(item);
    }
    const state = (box: HTMLElement) => `${box.dataset.fit ?? ''} ${box.style.getPropertyValue('--fit-width')} ${box.style.getPropertyValue('--fit-left')}`;
    for (const { item, box, natural, left, right } of reads) {
      // the part of the label inside the edges
      const start = Math.max(left, leftEdge);
      const end = Math.min(left + natural, right);
      const room = Math.floor(end - start);
      const before = state(box);
      if (!natural || (start === left && left + natural <= right + 0.5) || room <= 0 || left >= panel.right || left + natural <= panel.left) {
        delete box.dataset.fit;
        box.style.removeProperty('--fit-width');
        box.style.removeProperty('--fit-shift');
        box.style.removeProperty('--fit-left');
      } else {
        const margin = Math.ceil(start - left);
        // (A label whose dot is off the left edge, with less room than a wrapped label needs, would show a stub that
        // says nothing: "Thou…" for "Thousands of litres of oil were successfully removed", "BP began …", on a phone
        // zoomed to weeks. Its event is out of view like its dot; the stub is hidden, the keyboard's cursor still shows it.)
        box.dataset.fit = room >= WRAP_MIN_PX ? 'wrap' : margin > 0 || room < STUB_MIN_PX ? 'hidden' : 'line';
        box.style.setProperty('--fit-width', `${room}px`);
        // the keyboard's cursor shows it whole from its start inside the left edge, moved left to end at the right one
        box.style.setProperty('--fit-shift', `${Math.max(0, Math.ceil(start + natural - right))}px`);
        if (margin > 0) box.style.setProperty('--fit-left', `${margin}px`);
        else box.style.removeProperty('--fit-left');
      }
      if (before !== state(box)) changed.push(item);
    }
    return changed;
  }

  private remeasureResizedRanges() {
    const itemSet = (this.timeline as unknown as VisCoreItems).itemSet;
    if (!itemSet?.groups) return;
    const resized: VisItem[] = [];
    const drawn: VisItem[] = [];
    for (const group of Object.values(itemSet.groups))
      for (const item of group.visibleItems ?? []) {
        if (item.displayed) drawn.push(item);
        if (item.data?.end == null || !item.displayed) continue;
        const width = Number.parseFloat(item.dom?.box?.style.width ?? '');
        if (!Number.isFinite(width)) continue;
        // (a new item was measured with no box: its label unwrapped, as in a box under the threshold)
        const measured = this.measuredWidth.get(item) ?? 0;
        if (width === measured || (width < WRAP_WIDTH_PX && measured < WRAP_WIDTH_PX)) continue;
        this.measuredWidth.set(item, width);
        resized.push(item);
      }
    // a range box of another width wraps its label to another width (timeline.css): its unfitted width is measured again
    for (const item of resized) {
      const label = item.dom?.box?.querySelector('.ev-content');
      if (label) this.naturalWidth.delete(label);
    }
    for (const item of this.fitLabelsToEdge(drawn)) if (!resized.includes(item)) resized.push(item);
    if (!resized.length) return;
    // vis-timeline measures a changed item in its own redraw(), one layout each: the items' steps are run side by side
    // instead (all writes, then all reads), as the ItemSet does for new items
    const queues = resized.map((item) => {
      item.dirty = true;
      if (item.parent) item.parent.stackDirty = true;
      return item.redraw(true);
    });
    const steps = Math.max(...queues.map((q) => q.length));
    for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.();
    (this.timeline as unknown as VisCoreScroll)._redraw();
    this.events.restacked?.();
  }

  constructor(
    readonly container: HTMLElement,
    content: VisContent,
    private readonly events: VisEvents,
    look: VisLook = {},
  ) {
    this.hideEdgeDots = !!look.hideEdgeDots;
    this.oneAxisRow = !!look.oneAxisRow;
    this.itemView = new VisDataView(this.items, { filter: (item) => !this.itemFilter || this.itemFilter(item) });
    this.groupView = new VisDataView(this.groups, { filter: (g) => !this.visibleGroups || this.visibleGroups.has(g.id) });
    const narrow = container.clientWidth > 0 && container.clientWidth < NARROW_AXIS_PX;
    const options: TimelineOptions = {
      height: '100%',
      stack: look.stack ?? true,
      ...(look.order ? { order: look.order as unknown as TimelineOptions['order'] } : {}),
      ...(look.oneAxisRow
        ? { showMajorLabels: false, format: SELF_CONTAINED_LABELS as TimelineOptions['format'] }
        : { format: { minorLabels: { week: narrow ? 'D' : 'D MMM' } } as TimelineOptions['format'] }),
      // (On a phone the BBC spill coverage's year, Apr 2010 to Mar 2011, fell on vis's year scale: its default of 7
      // characters per label left about 28 px a month too narrow for "Apr", and the axis said only "2011", right of every
      // event. The labels vis draws are at most 6 characters, "Wed 14"; 4 gives a quarter's months there.)
      maxMinorChars: narrow ? 4 : 7,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      zoomMin: 86_400_000 * 2,
      zoomMax: USUAL_ZOOM_MAX_MS,
      orientation: { axis: 'bottom', item: 'bottom' },
      // 3 px between the rows of a stack (4 drew a row of key events fewer at 1280×720, no easier to tell apart); the
      // presentation's strip keeps 4: its dots alone, at 3 the top one was drawn half cut by the strip's top edge
      margin: { item: { horizontal: 6, vertical: look.hideEdgeDots ? 4 : 3 }, axis: 6 },
      verticalScroll: true,
      template: ((item: TimelineItemData) => content.item(item)) as unknown as TimelineOptions['template'],
      // vis-timeline draws its lane-less group (lanes turned off, or the timeline destroyed after lanes) with no data:
      // "Cannot read properties of null (reading 'label')" replaced the whole timeline when lanes were turned off
      groupTemplate: ((group: GroupData | null) =>
        group ? content.lane(group) : document.createElement('span')) as unknown as TimelineOptions['groupTemplate'],
      tooltip: {
        followMouse: false,
        overflowMethod: 'cap',
        delay: 250,
        template: ((item: TimelineItemData) => content.tooltip(item)) as unknown as (item: unknown) => string,
      },
      xss: { disabled: false, filterOptions: { whiteList: {}, stripIgnoreTag: true, stripIgnoreTagBody: ['script', 'style'] } },
    };
    this.timeline = new vis.Timeline(container, this.itemView as never, options);
    // weeks ticked where no day's label fits (weekScale.ts), in the explorer and the presentation's strip alike
    withWeekScale(this.timeline);
    // vis-timeline's scroll panels overflow, and Chromium puts a scroller with nothing focusable inside in the Tab
    // order: Tab from the timeline went to an unnamed 16-pixel strip at its left edge whose focus could not be seen.
    // The timeline itself scrolls by keys (the arrows move its cursor, which brings the event into view). A focusable
    // element is not an option, so inside the listbox the panel is hidden from assistive technology (axe
    // aria-required-children): its lane labels are drawn for the eye, the listbox's option names the event.
    for (const panel of container.querySelectorAll<HTMLElement>('.vis-panel.vis-left, .vis-panel.vis-right')) {
      panel.tabIndex = -1;
      panel.setAttribute('aria-hidden', 'true');
    }
    byContainer.set(container, this);
    batchItemRedraws(this.timeline);
    this.timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items[0];
      events.select(id === undefined ? null : (this.items.get(id as string) ?? null));
    });
    checkVisInternals(this.timeline);
    this.timeline.on('rangechange', () => {
      this.moving = true;
      events.moving();
    });
    this.timeline.on('rangechanged', (props: { start: Date; end: Date; byUser?: boolean }) => {
      this.moving = false;
      this.queueRemeasure();
      events.moved(props.start, props.end, !!props.byUser);
    });
    this.timeline.on('changed', () => {
      if (!this.moving) this.queueRemeasure();
    });
    if (events.drawn) this.timeline.on('changed', events.drawn);
    this.sized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => (this.timeline as unknown as VisCoreResize)._onResize?.());
    this.sized?.observe(container);
  }

  private centerPanel(): DOMRect | null {
    return this.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect() ?? null;
  }

  /**
   * The items of the window's time span drawn wholly or partly out of the items' panel: above it when the stack is
   * taller than the timeline (at 1280×720, 13 of the BBC spill coverage's 30 key events, the least important, stack
   * above the top), below it when the reader scrolled the stack up. Lanes have vis's own scrollbar: none then.
   */
  stackOverflow(): StackOverflow {
    // (a stack that fits hides nothing: no item is measured, as on every frame of a drag through a small collection)
    if (this.grouped || (this.timeline as unknown as VisCoreScroll).props.scrollTopMin === 0) return { above: 0, below: 0 };
    const { panel, items } = drawnItems(this.container);
    if (!panel) return { above: 0, below: 0 };
    let above = 0;
    let below = 0;
    for (const el of items) {
      // a point's dot is counted with its label
      if (el.classList.contains('vis-dot')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || r.right <= panel.left || r.left >= panel.right) continue;
      const side = cutSide(r, panel);
      if (side === 'above') above++;
      else if (side === 'below') below++;
    }
    return { above, below };
  }

  /** items hideCut left out, to be drawn again once the stack fits */
  private cutItems = false;

  /**
   * Hides what the panels cut. An axis label whose tick lies just outside the window is drawn from there and shows
   * only its end: the presentation strip's title slide began "0" (for "Apr 2010") and ended "Dec" cut short. An item
   * a stack taller than the timeline pushes partly past its top (or, scrolled up, its bottom) showed half a label
   * ("Mexico reported that industrial output fell 0.7 percent" cut through its words at the top of the Reuters
   * flu coverage) or, in the strip, half a dot; it is left out whole. The stack cue counts it with those above.
   */
  hideCut(): void {
    const axis = this.container.querySelector('.vis-panel.vis-bottom')?.getBoundingClientRect();
    if (axis) {
      // the text's own extent: a label's box may be wider than its words
      const range = document.createRange();
      const labels = [...this.container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')].map((el) => {
        range.selectNodeContents(el);
        return { el, r: range.getBoundingClientRect() };
      });
      // Labels that say their month and year ("Apr 2010") are wider than the step vis spaces them by: on a phone the
      // presentation's strip read "Apr 201(Jul 2010 Oct 201(Jan 2011", each label cut by its box and run into the
      // next. They are drawn whole (present.css) and one that would run into the last one shown is left out.
      let shownRight = -Infinity;
      if (this.oneAxisRow) labels.sort((a, b) => a.r.left - b.r.left);
      for (const { el, r } of labels) {
        let cut = r.width > 0 && (r.left < axis.left - 0.5 || r.right > axis.right + 0.5);
        if (this.oneAxisRow && r.width > 0 && el.classList.contains('vis-minor')) {
          cut ||= r.left < shownRight + AXIS_LABEL_GAP_PX;
          if (!cut) shownRight = r.right;
        }
        if (cut !== (el.style.visibility === 'hidden')) el.style.visibility = cut ? 'hidden' : '';
      }
    }
    // lanes scroll with vis's own scrollbar, their items cut as any scrolled list's; a stack that fits cuts nothing
    const overflowing = !this.grouped && (this.timeline as unknown as VisCoreScroll).props.scrollTopMin !== 0;
    if (!overflowing && !this.hideEdgeDots && !this.cutItems) return;
    const { panel, items } = drawnItems(this.container);
    if (!panel) return;
    let any = false;
    // (the items' panel reaches a pixel past the strip's own right edge: what is past either is cut)
    const frame = this.hideEdgeDots ? this.container.getBoundingClientRect() : null;
    const left = Math.max(panel.left, frame?.left ?? -Infinity) - CUT_TOLERANCE_PX;
    const right = Math.min(panel.right, frame?.right ?? Infinity) + CUT_TOLERANCE_PX;
    for (const el of items) {
      const r = el.getBoundingClientRect();
      let cut = overflowing && r.height > 0 && cutSide(r, panel) !== null;
      // Half a dot at the strip's left or right edge, the screen's edge in a presentation, read as a glitch on the
      // projector (the BBC spill coverage's slides ended in a dot cut through its middle); its date is out of view.
      if (!cut && this.hideEdgeDots && el.classList.contains('vis-point')) {
        const dot = el.querySelector('.vis-dot')?.getBoundingClientRect();
        cut = !!dot && dot.width > 0 && (dot.left < left || dot.right > right);
      }
      any ||= cut;
      if (cut !== (el.style.visibility === 'hidden')) el.style.visibility = cut ? 'hidden' : '';
    }
    this.cutItems = any;
  }

  /** px from the timeline's top to the bottom of its items' panel (where a cue for items below sits) */
  panelBottom(): number {
    const panel = this.centerPanel();
    return panel ? panel.bottom - this.container.getBoundingClientRect().top : 0;
  }

  /** How far the stack is scrolled, in vis's terms (for the image export to give it back after growing the timeline). */
  get stackScrollTop(): number {
    return (this.timeline as unknown as VisCoreScroll).props.scrollTop;
  }

  set stackScrollTop(px: number) {
    const core = this.timeline as unknown as VisCoreScroll;
    if (core.props.scrollTop === px) return;
    core._setScrollTop(px);
    core._redraw();
  }

  /** Scrolls the stack by px: positive shows what is above, negative goes back towards the axis. */
  private scrollStackBy(px: number): void {
    if (!px) return;
    const core = this.timeline as unknown as VisCoreScroll;
    core._setScrollTop(core.props.scrollTop + px);
    core._redraw();
  }

  /** Scrolls the stack a panel's height (less a row, kept for context) towards the items above or below. */
  scrollStack(towards: 'above' | 'below'): void {
    const height = this.centerPanel()?.height ?? 0;
    const step = Math.max(height - 40, 40);
    this.scrollStackBy(towards === 'above' ? step : -step);
  }

  /** Scrolls the stack so that the item with this class (vis-selected, is-cursor) is inside the items' panel. */
  revealInStack(className: string): void {
    const panel = this.centerPanel();
    const el = this.container.querySelector(`.vis-foreground .vis-item.${className}:not(.vis-dot)`);
    if (!panel || !el || this.grouped) return;
    const r = el.getBoundingClientRect();
    if (r.top < panel.top) this.scrollStackBy(panel.top - r.top + 8);
    else if (r.bottom > panel.bottom) this.scrollStackBy(panel.bottom - r.bottom - 8);
  }

  /** Which items of the DataSet are drawn (null: all); the DataView follows. */
  filterItems(accept: ((item: TimelineItemData) => boolean) | null): void {
    this.itemFilter = accept;
    this.itemView.refresh();
  }

  /**
   * Lanes, busiest first, or none. Lanes read from the top (the first lane is the busiest), a single row of items
   * from the axis at the bottom up.
   */
  setLanes(lanes: LaneGroup[] | null): void {
    this.groups.clear();
    this.grouped = !!lanes;
    if (lanes) {
      this.groups.add(lanes.map((g) => ({ ...g, content: '' })));
      this.timeline.setGroups(this.groupView as never);
    } else this.timeline.setGroups(null as never);
    const side = lanes ? 'top' : 'bottom';
    this.timeline.setOptions({ orientation: { axis: side, item: side } });
  }

  /** Shows only the lanes that hold a drawn item. */
  refreshLanes(): void {
    if (!this.grouped) return;
    const ids = new Set<string>();
    for (const id of this.itemView.getIds()) {
      const group = this.items.get(id)?.group;
      if (group) ids.add(group);
    }
    this.visibleGroups = ids;
    this.groupView.refresh();
  }

  /** Which items stack nearest the axis, first (null: vis-timeline's own order, by start). */
  setOrder(order: ((a: TimelineItemData, b: TimelineItemData) => number) | null): void {
    this.timeline.setOptions({
      order: (order ?? ((a: TimelineItemData, b: TimelineItemData) => a.start.getTime() - b.start.getTime())) as unknown as TimelineOptions['order'],
    });
  }

  /** How far out the reader may zoom: three centuries, or as far as a collection needs up to 10,000 years. */
  setZoomMax(zoomMax: number): void {
    if (zoomMax !== this.zoomMax) this.timeline.setOptions({ zoomMax: (this.zoomMax = zoomMax) });
  }

  getWindow(): { start: number; end: number } {
    const { start, end } = this.timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  setWindow(start: number, end: number, animation: Animate = false): void {
    this.timeline.setWindow(start, end, { animation });
  }

  getSelection(): string[] {
    return this.timeline.getSelection() as string[];
  }

  setSelection(ids: string[]): void {
    const now = this.getSelection();
    if (ids.length !== now.length || ids.some((id, i) => id !== now[i])) this.timeline.setSelection(ids);
  }

  /** The drawing width of the items' panel, px (the timeline less its lane labels). */
  itemsWidth(): number {
    return this.container.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth || this.container.clientWidth;
  }

  destroy(): void {
    this.sized?.disconnect();
    if (byContainer.get(this.container) === this) byContainer.delete(this.container);
    this.timeline.destroy();
  }
}
