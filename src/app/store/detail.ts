/**
 * The Detail control: how many of the filtered events the explorer shows, from the key events of a large
 * collection to all of them. It applies wherever events are shown (timeline, table, presentation, handout,
 * exports), and the address holds it (`detail=all`, `detail=120`; the key events are the default).
 */

/** The key events: about as many as the timeline shows with readable labels on a laptop (1280×800). */
export const KEY_EVENTS = 30;
/** Up to this many events a collection is shown whole: Detail, the fold and the core period are for larger ones. */
export const LARGE_COLLECTION = 40;

/** 'key': the KEY_EVENTS key events; a number: that many, the most important first; 'all': every event. */
export type Detail = 'key' | 'all' | number;

export const isLargeCollection = (events: number): boolean => events > LARGE_COLLECTION;

/** How many events the level shows (null: all of them). */
export function detailLimit(detail: Detail): number | null {
  if (detail === 'all') return null;
  return detail === 'key' ? KEY_EVENTS : detail;
}

/** The levels of the control for a collection of this many events: key events, then doubling, then all. */
export function detailStops(events: number): Detail[] {
  const stops: Detail[] = ['key'];
  for (let n = KEY_EVENTS * 2; n < events; n *= 2) stops.push(n);
  stops.push('all');
  return stops;
}

/** Where a level sits on the control: its own stop, else the largest stop below it (a hand-written detail=45). */
export function stopOf(detail: Detail, stops: readonly Detail[]): number {
  const at = stops.indexOf(detail);
  if (at >= 0) return at;
  const limit = detailLimit(detail) ?? Number.POSITIVE_INFINITY;
  let best = 0;
  stops.forEach((stop, i) => {
    if ((detailLimit(stop) ?? Number.POSITIVE_INFINITY) <= limit) best = i;
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
