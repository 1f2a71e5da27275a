/**
 * What vis-timeline is given: one small item per event (per lane when lanes are on), with only what drawing
 * needs. Day-precision dates are points; month and year precision are ranges across the month or year.
 * Dates are built in local time so they line up with vis-timeline's (local) axis labels.
 */
import { localDate } from '../../schema/calendarDate';
import type { EventRecord } from '../../schema/timeline';
import type { TimelineIndex } from '../store/timelineIndex';
import type { Lanes } from '../store/viewSlice';

export interface TimelineItemData {
  id: string;
  eventId: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  group?: string;
  /** vis requires content; the template draws the real label from the event */
  content: string;
}

export interface LaneGroup {
  id: string;
  label: string;
  order: number;
  /** a second, smaller line: a document lane's short title under its publisher */
  detail?: string;
  /** the whole name, shown on hover */
  full?: string;
}

/** The first words of a title, up to about 40 characters: a lane's second line. */
export function shortTitle(title: string, max = 40): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function localSpan(value: string, precision: EventRecord['date']['precision']): { start: Date; end?: Date } {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  if (precision === 'year') return { start: localDate(y, 0, 1), end: localDate(y + 1, 0, 1) };
  if (precision === 'month') return { start: localDate(y, m - 1, 1), end: localDate(y, m, 1) };
  // A week is drawn across its seven days, from its Monday, as a month across its month.
  if (precision === 'week') return { start: localDate(y, m - 1, d), end: localDate(y, m - 1, d + 7) };
  return { start: localDate(y, m - 1, d) };
}

export function itemClass(event: EventRecord): string {
  const classes = [`ev-${event.date.precision}`];
  if (event.date.basis === 'inferred') classes.push('ev-inferred');
  if (event.conflicts?.length) classes.push('ev-conflict');
  return classes.join(' ');
}

/**
 * The ids vis-timeline is given. It keeps its items and lanes in plain objects keyed by id, where an event, actor
 * or document id such as "constructor", "toString" or "__proto__" finds a member of Object.prototype instead of
 * the item ("e.hide is not a function", a blank page). Every id it is handed starts with a prefix and a colon,
 * which no member of Object.prototype has; the event an item draws is read back from the item's own eventId.
 */
export const visItemId = (eventId: string, lane?: string) => (lane === undefined ? `event:${eventId}` : `event:${eventId}\u0000${lane}`);
const LANE_PREFIX = 'lane:';
const NO_LANE = `${LANE_PREFIX}~none`;
const laneOf = (key: string) => LANE_PREFIX + key;

/** lane ids of one event (vis ids, see visItemId): its actors, or the documents that report it */
export function laneKeys(event: EventRecord, lanes: Lanes): string[] {
  if (lanes === 'actor') return event.actors.length ? event.actors.map(laneOf) : [NO_LANE];
  if (lanes === 'source') return [...new Set(event.mentions.map((m) => laneOf(m.doc)))];
  return [];
}

/** The items of one event: one, or one per lane when lanes are on. */
export function eventItems(event: EventRecord, lanes: Lanes): TimelineItemData[] {
  const span = localSpan(event.date.value, event.date.precision);
  const base = {
    eventId: event.id,
    ...span,
    type: span.end ? ('range' as const) : ('point' as const),
    className: itemClass(event),
    content: '',
  };
  if (lanes === 'none') return [{ id: visItemId(event.id), ...base }];
  return laneKeys(event, lanes).map((key) => ({ id: visItemId(event.id, key), ...base, group: key }));
}

/** The lanes, busiest first, so the people the story is about sit at the top (null: lanes off). */
export function laneGroups(index: TimelineIndex, lanes: Lanes): LaneGroup[] | null {
  if (lanes === 'none') return null;
  const laneCount = new Map<string, number>();
  for (const event of index.events) for (const key of laneKeys(event, lanes)) laneCount.set(key, (laneCount.get(key) ?? 0) + 1);
  const keys = [...laneCount.keys()].sort((a, b) => laneCount.get(b)! - laneCount.get(a)! || a.localeCompare(b));
  const lane = (id: string, order: number): LaneGroup => {
    if (id === NO_LANE) return { id, label: 'No actor', order };
    const key = id.slice(LANE_PREFIX.length);
    if (lanes === 'actor') return { id, label: index.actorById.get(key)?.name ?? key, order };
    // a document lane: its publisher, and a few words of its title (whole titles ran to six lines)
    const doc = index.docById.get(key);
    const title = doc?.title || key;
    return { id, label: doc?.publisher ?? 'Publisher unknown', detail: shortTitle(title), full: doc?.publisher ? `${doc.publisher}: ${title}` : title, order };
  };
  return keys.map(lane);
}

export function buildItems(index: TimelineIndex, lanes: Lanes): { items: TimelineItemData[]; groups: LaneGroup[] | null } {
  const items: TimelineItemData[] = [];
  for (const event of index.events) items.push(...eventItems(event, lanes));
  return { items, groups: laneGroups(index, lanes) };
}
