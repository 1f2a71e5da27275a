/**
 * The Detail control: how many of the filtered events the explorer shows, from the key events of a large
 * collection to all of them. It applies wherever events are shown (timeline, table, presentation, handout,
 * exports), and the address holds it (`detail=all`, `detail=120`; the key events are the default).
 */

/** The key events: about as many as the timeline shows with readable labels on a laptop (1280×800). */
export const KEY_EVENTS = 30;
/** Up to this many events a collection is shown whole: Detail, the fold and the core period are for larger ones. */
export const LARGE_COLLECTION = 40;

/** 'key': the key events (as many as the screen shows first: keyEventsFor); a number: that many, the most important first; 'all': every event. */
export type Detail = 'key' | 'all' | number;

export const isLargeCollection = (events: number): boolean => events > LARGE_COLLECTION;

/** the widest screen whose timeline labels take about half its width (styles.css: a phone held upright) */
const PHONE_WIDTH = 480;
/** a row of a phone's stack, in px: a label of two lines and the gap under it is 31 (timeline.css at 0.78rem), and a label of three lines takes 45 */
const PHONE_ROW_PX = 32;
/** the fewest key events a screen opens on (a phone's, or a laptop's whose labels take two lines) */
export const MIN_KEY_EVENTS = 5;

/**
 * A wider screen's timeline stack: 334 px at 1280×720 and 587 at 1920×1080 (two thirds of the screen below the
 * header, less the toolbar, the axis and the markers' row), and the room one key event takes in it. At 1280×720
 * the BBC spill coverage opened on its 30 key events and hid 11 of them behind "▲ 11 more events above" (the
 * Guardian's 9, Reuters' 11, the BBC's swine flu 10); at 16 every one of the four showed all, at 18 two hid 3. A
 * timeline wider than 1280×720's (950 px) holds more labels side by side in a row.
 */
const WIDE_STACK = { perHeight: 0.7, less: 172 };
const WIDE_EVENT_PX = 20;
const WIDE_TIMELINE_PX = 950;
/** the filters' column and the margins beside a wide screen's timeline (styles.css) */
const WIDE_BESIDE_PX = 330;

/**
 * How many key events a screen of this size opens on: as many as its timeline draws with their labels whole, up to
 * KEY_EVENTS. On a phone held upright a label takes about half of the narrow timeline, so a row of the stack holds
 * one event: at 390×844 the BBC spill coverage's first view drew 11 of its 30 key events and hid 19 behind "▲ 19
 * more" above the timeline. The timeline is two thirds of the screen below the header (styles.css .main) less its
 * toolbar and axis (about 215 px: a timeline of 341 px at 844 px high, 207 px at 640). A wider screen: WIDE_STACK.
 * The Detail control's next stop is KEY_EVENTS, which the address then names (detail=30). The reckoning takes a label
 * to be one line: the first view then measures its stack and opens on fewer when long labels wrap to two and some
 * key events would be hidden (timeline/TimelineView.tsx fitKeyEvents).
 */
export function keyEventsFor(width: number, height: number): number {
  if (width > PHONE_WIDTH) {
    const stack = height * WIDE_STACK.perHeight - WIDE_STACK.less;
    const perRow = Math.max(1, (width - WIDE_BESIDE_PX) / WIDE_TIMELINE_PX);
    return Math.min(KEY_EVENTS, Math.max(MIN_KEY_EVENTS, Math.floor((stack / WIDE_EVENT_PX) * perRow)));
  }
  const rows = Math.floor((height * 0.66 - 215) / PHONE_ROW_PX);
  return Math.min(KEY_EVENTS, Math.max(MIN_KEY_EVENTS, rows));
}

/** How many events the level shows (null: all of them); `key`: how many the key events are on this screen. */
export function detailLimit(detail: Detail, key = KEY_EVENTS): number | null {
  if (detail === 'all') return null;
  return detail === 'key' ? key : detail;
}

/**
 * The levels of the control for a collection of this many events: key events, then doubling, then all. Fewer key
 * events than KEY_EVENTS (a phone's) are followed by KEY_EVENTS: the key events of a laptop, one step away.
 */
export function detailStops(events: number, key = KEY_EVENTS): Detail[] {
  const stops: Detail[] = ['key'];
  if (key < KEY_EVENTS && KEY_EVENTS < events) stops.push(KEY_EVENTS);
  for (let n = KEY_EVENTS * 2; n < events; n *= 2) stops.push(n);
  stops.push('all');
  return stops;
}

/** Where a level sits on the control: its own stop, else the largest stop below it (a hand-written detail=45). */
export function stopOf(detail: Detail, stops: readonly Detail[], key = KEY_EVENTS): number {
  const at = stops.indexOf(detail);
  if (at >= 0) return at;
  const limit = detailLimit(detail, key) ?? Number.POSITIVE_INFINITY;
  let best = 0;
  stops.forEach((stop, i) => {
    if ((detailLimit(stop, key) ?? Number.POSITIVE_INFINITY) <= limit) best = i;
  });
  return best;
}

/** "Key events", "Top 120", "All events" */
export function detailLabel(detail: Detail): string {
  if (detail === 'key') return 'Key events';
  if (detail === 'all') return 'All events';
  return `Top ${detail.toLocaleString('en-GB')}`;
}

/** The address's value: 'all', a whole number of events, else the key events. */
export function readDetail(value: string | null): Detail {
  if (value === 'all') return 'all';
  if (value && /^[1-9]\d{0,6}$/.test(value)) return Number(value);
  return 'key';
}

/** What the address holds for a level (null: the default, left out). */
export function writeDetail(detail: Detail): string | null {
  return detail === 'key' ? null : String(detail);
}
