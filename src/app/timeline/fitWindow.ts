/**
 * The window "Fit all" opens. First the stretch of time it may show (fitWindow): every shown event, within what
 * vis-timeline can draw.
 *
 * vis-timeline cannot be asked to show more than its zoomMax at once; asked for more, it keeps the middle of the
 * window and shows what is there, which for a file with one event dated 9999 among events of 2024 is empty
 * desert between the two. So the window is never wider than the widest view vis-timeline is made for (its own
 * default zoomMax, 10,000 years); a collection wider than that gets the stretch that holds the most events, and
 * says how many lie outside it.
 */

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
/** vis-timeline's default (and documented largest) zoomMax: 10,000 years of 365 days */
export const WIDEST_VIEW_MS = 10_000 * 365 * DAY_MS;
/** the widest zoom out a reader gets on a collection that needs less: three centuries */
export const USUAL_ZOOM_MAX_MS = 300 * YEAR_MS;
const SHORTEST_FIT_MS = 30 * DAY_MS;
const PAD_BEFORE = 0.04;
const PAD_AFTER = 0.22;

export interface FitWindow {
  start: number;
  end: number;
  /** how far out the reader may zoom for this window to be allowed */
  zoomMax: number;
  /** events that start outside the window (only when the collection is wider than WIDEST_VIEW_MS) */
  outside: number;
}

/** starts and ends (ms) of the shown events, in any order; null when there are none */
export function fitWindow(starts: ArrayLike<number>, ends: ArrayLike<number>): FitWindow | null {
  const n = starts.length;
  if (!n) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, starts[i]);
    max = Math.max(max, ends[i]);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
  const span = Math.max(max - min, SHORTEST_FIT_MS);
  const padded = span * (1 + PAD_BEFORE + PAD_AFTER);
  if (padded <= WIDEST_VIEW_MS) {
    return { start: min - span * PAD_BEFORE, end: max + span * PAD_AFTER, zoomMax: Math.max(USUAL_ZOOM_MAX_MS, padded), outside: 0 };
  }
  if (span <= WIDEST_VIEW_MS) {
    // the padding shrinks to what is left, in the same proportions
    const room = (WIDEST_VIEW_MS - span) / (PAD_BEFORE + PAD_AFTER);
    return { start: min - room * PAD_BEFORE, end: max + room * PAD_AFTER, zoomMax: WIDEST_VIEW_MS, outside: 0 };
  }
  return busiestStretch(starts);
}

/** The WIDEST_VIEW_MS stretch that starts at an event and holds the most starts (two pointers over start order). */
function busiestStretch(starts: ArrayLike<number>): FitWindow {
  const sorted = Float64Array.from(starts).sort();
  let best = sorted[0];
  let bestCount = 0;
  let hi = 0;
  for (let lo = 0; lo < sorted.length; lo++) {
    while (hi < sorted.length && sorted[hi] <= sorted[lo] + WIDEST_VIEW_MS) hi++;
    if (hi - lo > bestCount) {
      bestCount = hi - lo;
      best = sorted[lo];
    }
  }
  return { start: best, end: best + WIDEST_VIEW_MS, zoomMax: WIDEST_VIEW_MS, outside: sorted.length - bestCount };
}

/**
 * Within that, the window that shows the events with their labels: every item inside the timeline, and every
 * label readable to its end. Fitting the dates alone ran the newest labels off the right edge ("The report pu…" at
 * 1280×720 on the seeds). A label is a fixed number of pixels wide whatever the zoom, so the span follows from the
 * widest requirement: an event at t with a label of w px needs (t − first) · width / span + w ≤ width − margins.
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
  /**
   * A label claims only the room it needs wrapped (wrappedClaim): the one that reaches the right edge is wrapped there
   * (visTimeline.ts fitLabelsToEdge), whole on two or three lines, instead of the window stretching to hold it on one.
   */
  wrapLabels?: boolean;
}

/**
 * The room a label needs wrapped whole at the timeline's right edge: about half its one-line width (two lines; the
 * third line fitLabelsToEdge allows takes uneven breaks), never less than a wrapped box's (LABEL_INSIDE_BOX_PX).
 * The BBC spill coverage's last key event, "The Gulf of Mexico well was permanently sealed" on 19 September, asked
 * 340 px on one line: at 1280×720 the window ran on to mid-January, four empty months, and the spill's busy weeks of
 * April to July were squeezed into a stack that hid 16 of its 30 key events above the timeline's top.
 */
export function wrappedClaim(label: number, floor = LABEL_INSIDE_BOX_PX): number {
  return Math.min(label, Math.max(floor, Math.ceil(label / 2) + 24));
}

/**
 * A timeline narrower than this is a phone's: a day's label at the right edge claims its wrapped room alone, not a
 * box's 180 px. On a 390 px phone those 180 px were half the timeline: the BBC spill coverage's window ran from April
 * 2010 to April 2011 for events that end in September, its key events squeezed into the left half.
 */
export const NARROW_FIT_PX = 500;

/**
 * A week, month or year box narrower than this draws its label after it (timeline.css, `@container (max-width:
 * 179.98px)`): the label reaches right of the box's end, not of its start. A fit that counts it from the start runs
 * the label of the seeds' 2024 year box ("≈ Andrei Belousov was appointed as defense minister") past the right edge.
 */
export const LABEL_INSIDE_BOX_PX = 180;

/** The window [start, end] (ms) that fits every span with its label, centred when there is room to spare. */
export function fitLabels(spans: readonly LabelledSpan[], o: FitOptions): { start: number; end: number } | null {
  if (!spans.length) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const s of spans) {
    first = Math.min(first, s.start);
    last = Math.max(last, s.end, s.start);
  }
  const room = Math.max(o.width - o.padLeft - o.padRight, 1);
  const share = room * (o.maxLabelShare ?? 0.6);
  // (a week, month or year keeps the box's floor: its label may be drawn inside it)
  const floor = o.width < NARROW_FIT_PX ? 0 : LABEL_INSIDE_BOX_PX;
  const claim = (label: number, point = false) => Math.min(o.wrapLabels ? wrappedClaim(label, point ? floor : LABEL_INSIDE_BOX_PX) : label, share);
  /** where the label starts at this span: after a box too narrow to hold it, else at the item's start */
  const labelFrom = (s: LabelledSpan, span: number) => (s.end > s.start && ((s.end - s.start) * o.width) / span < LABEL_INSIDE_BOX_PX ? s.end : s.start);
  // the span is the largest that one item asks for: its end inside the room, its label inside the room. A wider span
  // narrows the boxes, and a box that gets too narrow moves its label after it: asked again until no label moves.
  let span = Math.max(o.minSpan, ((last - first) * o.width) / room);
  for (let round = 0; round < 4; round++) {
    const was = span;
    for (const s of spans) {
      const free = room - claim(s.label, s.end === s.start);
      span = Math.max(span, ((labelFrom(s, was) - first) * o.width) / free);
    }
    if (span === was) break;
  }
  // what the drawing takes at that span, so that what is left over is shared between both sides
  let used = 0;
  for (const s of spans) {
    const x = ((labelFrom(s, span) - first) * o.width) / span;
    used = Math.max(used, x + claim(s.label, s.end === s.start), ((s.end - first) * o.width) / span);
  }
  const spare = Math.max(0, room - used) / 2;
  const start = first - ((o.padLeft + spare) * span) / o.width;
  return { start, end: start + span };
}

/** the least room in which a label fitted at the right edge still reads whole: wrapped at half its width, on two or three lines */
const wholeWrapped = (label: number) => Math.min(label, Math.max(TRIM_WRAP_MIN_PX, Math.ceil(label / 2)));
/** the least room right of a label's start in which it wraps rather than ends in "…" (visTimeline.ts WRAP_MIN_PX) */
const TRIM_WRAP_MIN_PX = 90;
/** px between the window's end and an event a trimmed window leaves out: its dot is not drawn half in view */
const TRIM_DOT_PX = 8;
/** px a label fitted at the right edge keeps free before it (visTimeline.ts FIT_GAP_PX) */
const TRIM_GAP_PX = 4;

/**
 * A window fitted to the story's period (wrapLabels) draws the first events after it too, when they fall in its
 * last stretch; one whose label has not the room to be read whole there, even wrapped, was cut to a stub at the
 * right edge ("T…" for "The Macondo well was capped", the BBC spill coverage at 1280×720). The window then ends
 * just before it, so that it is counted with the later events of the edge marker, as long as every fitted label
 * still fits wrapped (else the window is kept and the stub wraps or ends in "…" as before).
 */
export function trimTail(
  w: { start: number; end: number },
  fitted: readonly LabelledSpan[],
  others: readonly LabelledSpan[],
  width: number,
): { start: number; end: number } {
  const perPx = (w.end - w.start) / width;
  let cut = Number.POSITIVE_INFINITY;
  for (const s of others) {
    if (s.start <= w.start || s.start > w.end) continue;
    if ((w.end - s.start) / perPx - TRIM_GAP_PX < wholeWrapped(s.label)) cut = Math.min(cut, s.start);
  }
  if (!Number.isFinite(cut)) return w;
  const fits = (t: { start: number; end: number }) => {
    const px = (ms: number) => ((ms - t.start) * width) / (t.end - t.start);
    // (a week, month or year begun before the left edge keeps its label in its part in view, or after it: its end counts)
    return fitted.every((s) => px(s.end) <= width && px(s.end) >= TRIM_DOT_PX && px(s.start) + wholeWrapped(s.label) <= width - TRIM_GAP_PX);
  };
  // the same zoom moved left, into the room a fit keeps at the left edge; else the window ends sooner
  const shift = w.end - cut + TRIM_DOT_PX * perPx;
  const moved = { start: w.start - shift, end: w.end - shift };
  if (fits(moved)) return moved;
  // else moved as far as the first fitted event allows, and ending sooner by the rest
  let slack = Number.POSITIVE_INFINITY;
  for (const s of fitted) slack = Math.min(slack, (s.end - w.start) / perPx - TRIM_DOT_PX);
  const start = w.start - Math.max(0, Math.min(slack, shift / perPx)) * perPx;
  const shorter = { start, end: start + ((cut - start) * width) / (width + TRIM_DOT_PX) };
  return fits(shorter) ? shorter : w;
}
