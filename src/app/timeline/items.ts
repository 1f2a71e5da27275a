/**
 * What vis-timeline is given: one small item per event (per lane when lanes are on), with only what drawing
 * needs. Day-precision dates are points; month and year precision are ranges across the month or year.
 * Dates are built in local time so they line up with vis-timeline's (local) axis labels.
 */
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
  if (precision === 'year') return { start: new Date(y, 0, 1), end: new Date(y + 1, 0, 1) };
  if (precision === 'month') return { start: new Date(y, m - 1, 1), end: new Date(y, m, 1) };
  return { start: new Date(y, m - 1, d) };
}

export function itemClass(event: EventRecord): string {
  const classes = [`ev-${event.date.precision}`];
  if (event.date.basis === 'inferred') classes.push('ev-inferred');
  if (event.conflicts?.length) classes.push('ev-conflict');
  return classes.join(' ');
}

const NO_LANE = '~none';

/** lane keys of one event: its actors, or the documents that report it */
export function laneKeys(event: EventRecord, lanes: Lanes): string[] {
  if (lanes === 'actor') return event.actors.length ? event.actors : [NO_LANE];
  if (lanes === 'source') return [...new Set(event.mentions.map((m) => m.doc))];
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
  if (lanes === 'none') return [{ id: event.id, ...base }];
  return laneKeys(event, lanes).map((key) => ({ id: `${event.id}\u0000${key}`, ...base, group: key }));
}

/** The lanes, busiest first, so the people the story is about sit at the top (null: lanes off). */
export function laneGroups(index: TimelineIndex, lanes: Lanes): LaneGroup[] | null {
  if (lanes === 'none') return null;
  const laneCount = new Map<string, number>();
  for (const event of index.events) for (const key of laneKeys(event, lanes)) laneCount.set(key, (laneCount.get(key) ?? 0) + 1);
  const keys = [...laneCount.keys()].sort((a, b) => laneCount.get(b)! - laneCount.get(a)! || a.localeCompare(b));
  const lane = (id: string, order: number): LaneGroup => {
    if (id === NO_LANE) return { id, label: 'No actor', order };
    if (lanes === 'actor') return { id, label: index.actorById.get(id)?.name ?? id, order };
    // a document lane: its publisher, and a few words of its title (whole titles ran to six lines)
    const doc = index.docById.get(id);
    const title = doc?.title || id;
    return { id, label: doc?.publisher ?? 'Publisher unknown', detail: shortTitle(title), full: doc?.publisher ? `${doc.publisher}: ${title}` : title, order };
  };
  return keys.map(lane);
}

export function buildItems(index: TimelineIndex, lanes: Lanes): { items: TimelineItemData[]; groups: LaneGroup[] | null } {
  const items: TimelineItemData[] = [];
  for (const event of index.events) items.push(...eventItems(event, lanes));
  return { items, groups: laneGroups(index, lanes) };
}
