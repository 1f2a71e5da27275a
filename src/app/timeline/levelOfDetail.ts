/**
 * What the timeline draws for a window of time: the events themselves when few enough are in view to read, or one
 * cluster per period ("412 events" in June 2024) when there are more. vis-timeline lays out and stacks every item
 * it holds, so it stays smooth only with a few hundred; this keeps it there at 100,000 events.
 *
 * Periods are calendar days, months, years or decades in local time (the axis's time), read from the date's own
 * digits. An event counts in the period where its date starts: "2024" (the whole year) counts in January 2024 when
 * months are shown.
 */
import type { EventRecord } from '../../schema/timeline';
import { localSpan } from './items';

export type PeriodUnit = 'day' | 'month' | 'year' | 'decade';

/** Where each event sits on the (local-time) axis, and its calendar digits, in the file's order. */
export interface EventTimes {
  start: Float64Array;
  /** exclusive end of a month or year; equal to start for a day (a point) */
  end: Float64Array;
  year: Int32Array;
  /** 0–11; 0 for a year-precision date */
  month: Int8Array;
  /** 1–31; 1 for a month or year-precision date */
  day: Int8Array;
  /** 0 day, 1 month, 2 year */
  precision: Int8Array;
  /** is start non-decreasing in file order? (the contract says so; a hand-edited file may not be) */
  ordered: boolean;
}

export interface Cluster {
  id: string;
  unit: PeriodUnit;
  start: number;
  end: number;
  count: number;
}

/** events drawn one by one (positions, in start order) and clusters standing for the rest */
export interface Detail {
  positions: number[];
  clusters: Cluster[];
}

export interface DetailLimits {
  /** at most this many events in view are drawn one by one */
  events: number;
  /** periods across the view, at most: picks the unit */
  periods: number;
}

export const DEFAULT_LIMITS: DetailLimits = { events: 200, periods: 60 };

const DAY_MS = 86_400_000;
const PRECISIONS = ['day', 'month', 'year'] as const;
const PRECISION_UNIT: PeriodUnit[] = ['day', 'month', 'year'];
const UNIT_MS: Record<PeriodUnit, number> = { day: DAY_MS, month: 30.44 * DAY_MS, year: 365.25 * DAY_MS, decade: 3652.5 * DAY_MS };
/** the longest an event lasts (a leap year, plus a DST hour) */
const LONGEST_MS = 367 * DAY_MS;

export function eventTimes(events: readonly EventRecord[]): EventTimes {
  const n = events.length;
  const t: EventTimes = {
    start: new Float64Array(n),
    end: new Float64Array(n),
    year: new Int32Array(n),
    month: new Int8Array(n),
    day: new Int8Array(n),
    precision: new Int8Array(n),
    ordered: true,
  };
  for (let i = 0; i < n; i++) {
    const { value, precision } = events[i].date;
    const span = localSpan(value, precision);
    const [y, m = 1, d = 1] = value.split('-').map(Number);
    t.start[i] = span.start.getTime();
    t.end[i] = (span.end ?? span.start).getTime();
    t.year[i] = y;
    t.month[i] = m - 1;
    t.day[i] = d;
    t.precision[i] = PRECISIONS.indexOf(precision);
    if (i > 0 && t.start[i] < t.start[i - 1]) t.ordered = false;
  }
  return t;
}

/** The positions in start order (matches come in file order, which is start order unless the file is unsorted). */
export function inStartOrder(times: EventTimes, positions: readonly number[]): readonly number[] {
  let ascending = true;
  for (let k = 1; k < positions.length && ascending; k++) ascending = positions[k] > positions[k - 1];
  if (ascending && times.ordered) return positions;
  return [...positions].sort((a, b) => times.start[a] - times.start[b] || a - b);
}

/** first k in sorted[lo..] with times.start[sorted[k]] >= ms */
function lowerBound(times: EventTimes, sorted: readonly number[], ms: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times.start[sorted[mid]] < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function pickUnit(spanMs: number, periods: number): PeriodUnit {
  for (const unit of ['day', 'month', 'year'] as const) if (spanMs / UNIT_MS[unit] <= periods) return unit;
  return 'decade';
}

const UNITS: PeriodUnit[] = ['day', 'month', 'year', 'decade'];
const coarser = (a: PeriodUnit, b: PeriodUnit) => UNITS[Math.max(UNITS.indexOf(a), UNITS.indexOf(b))];

/** The period of a calendar date: a key, and its [start, end) in local time. */
function period(y: number, m: number, d: number, unit: PeriodUnit): { key: number; start: number; end: number } {
  switch (unit) {
    case 'day':
      return { key: (y * 12 + m) * 32 + d, start: new Date(y, m, d).getTime(), end: new Date(y, m, d + 1).getTime() };
    case 'month':
      return { key: y * 12 + m, start: new Date(y, m, 1).getTime(), end: new Date(y, m + 1, 1).getTime() };
    case 'year':
      return { key: y, start: new Date(y, 0, 1).getTime(), end: new Date(y + 1, 0, 1).getTime() };
    case 'decade': {
      const decade = Math.floor(y / 10) * 10;
      return { key: decade, start: new Date(decade, 0, 1).getTime(), end: new Date(decade + 10, 0, 1).getTime() };
    }
  }
}

function periodAt(ms: number, unit: PeriodUnit) {
  const d = new Date(ms);
  return period(d.getFullYear(), d.getMonth(), d.getDate(), unit);
}

const overlaps = (times: EventTimes, pos: number, from: number, to: number) =>
  times.start[pos] < to && (times.end[pos] > from || times.start[pos] >= from);

/** Events (in start order) that overlap [from, to). */
export function eventsInWindow(times: EventTimes, sorted: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  const last = lowerBound(times, sorted, to);
  for (let k = lowerBound(times, sorted, from - LONGEST_MS); k < last; k++) if (overlaps(times, sorted[k], from, to)) out.push(sorted[k]);
  return out;
}

/**
 * The detail for a window (and half a window either side, so a short pan finds its items drawn). Every event is
 * drawn on its own when at most limits.events are in view. Otherwise each precision (day, month, year) is drawn on
 * its own when a third of that many or fewer of it are in view, else as clusters: one per period of the unit the
 * zoom asks for, or of the date's own precision when coarser ("2010", as 200 year-dated events, stays one bar across
 * 2010 however far one zooms in). Clusters hold the whole period's count, not only the part in view.
 */
export function levelOfDetail(times: EventTimes, sorted: readonly number[], window: { start: number; end: number }, limits: DetailLimits = DEFAULT_LIMITS): Detail {
  const span = Math.max(window.end - window.start, 1);
  const from = window.start - span / 2;
  const to = window.end + span / 2;
  const unit = pickUnit(span, limits.periods);
  // scan whole periods at the edges, of the coarsest unit a cluster may have
  const widest = coarser(unit, 'year');
  const first = lowerBound(times, sorted, periodAt(from, widest).start - LONGEST_MS);
  const last = lowerBound(times, sorted, periodAt(to, widest).end);
  const inView = [0, 0, 0];
  for (let k = first; k < last; k++) {
    const pos = sorted[k];
    if (overlaps(times, pos, window.start, window.end)) inView[times.precision[pos]]++;
  }
  const total = inView[0] + inView[1] + inView[2];
  const alone = inView.map((count) => total <= limits.events || count <= limits.events / 3);
  const positions: number[] = [];
  const clusters = new Map<string, Cluster>();
  for (let k = first; k < last; k++) {
    const pos = sorted[k];
    const precision = times.precision[pos];
    if (alone[precision]) {
      if (overlaps(times, pos, from, to)) positions.push(pos);
      continue;
    }
    const u = coarser(unit, PRECISION_UNIT[precision]);
    const p = period(times.year[pos], times.month[pos], times.day[pos], u);
    if (p.end <= from || p.start >= to) continue;
    const id = `cluster:${u}:${p.key}`;
    let cluster = clusters.get(id);
    if (!cluster) clusters.set(id, (cluster = { id, unit: u, start: p.start, end: p.end, count: 0 }));
    cluster.count++;
  }
  return { positions, clusters: [...clusters.values()] };
}

/**
 * A window around one event narrow enough to draw it on its own: `neighbours` of its neighbours (in start order)
 * on either side, at least two days.
 */
export function windowAround(times: EventTimes, sorted: readonly number[], pos: number, neighbours: number): { start: number; end: number } {
  const at = Math.max(0, sorted.indexOf(pos));
  const before = sorted[Math.max(0, at - neighbours)] ?? pos;
  const after = sorted[Math.min(sorted.length - 1, at + neighbours)] ?? pos;
  let start = Math.min(times.start[before], times.start[pos]);
  let end = Math.max(times.start[after], times.end[pos]);
  if (end - start < 2 * DAY_MS) {
    const mid = (start + end) / 2;
    start = mid - DAY_MS;
    end = mid + DAY_MS;
  }
  return { start, end };
}
