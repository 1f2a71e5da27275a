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
import { coarser, PRECISION_UNIT, periodsOverlapping, type DetailIndex, type PrecisionRun } from './detailIndex';
import { localSpan } from './items';

/** 'week' only ever clusters week-dated events (a zoom picks days, months, years or decades). */
export type PeriodUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** Where each event sits on the (local-time) axis, and its calendar digits, in the file's order. */
export interface EventTimes {
  start: Float64Array;
  /** exclusive end of a week, month or year; equal to start for a day (a point) */
  end: Float64Array;
  year: Int32Array;
  /** 0–11; 0 for a year-precision date */
  month: Int8Array;
  /** 1–31 (a week's Monday); 1 for a month or year-precision date */
  day: Int8Array;
  /** 0 day, 1 week, 2 month, 3 year */
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
const PRECISIONS = ['day', 'week', 'month', 'year'] as const;
const UNIT_MS: Record<PeriodUnit, number> = { day: DAY_MS, week: 7 * DAY_MS, month: 30.44 * DAY_MS, year: 365.25 * DAY_MS, decade: 3652.5 * DAY_MS };

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

export function pickUnit(spanMs: number, periods: number): PeriodUnit {
  for (const unit of ['day', 'month', 'year'] as const) if (spanMs / UNIT_MS[unit] <= periods) return unit;
  return 'decade';
}

/**
 * The detail for a window (and half a window either side, so a short pan finds its items drawn). Every event is
 * drawn on its own when at most limits.events are in view. Otherwise each precision (day, week, month, year) is drawn on
 * its own when a third of that many or fewer of it are in view, else as clusters: one per period of the unit the
 * zoom asks for, or of the date's own precision when coarser ("2010", as 200 year-dated events, stays one bar across
 * 2010 however far one zooms in). Clusters hold the whole period's count, not only the part in view.
 */
export function levelOfDetail(index: DetailIndex, window: { start: number; end: number }, limits: DetailLimits = DEFAULT_LIMITS): Detail {
  const span = Math.max(window.end - window.start, 1);
  const from = window.start - span / 2;
  const to = window.end + span / 2;
  const unit = pickUnit(span, limits.periods);
  const inView = index.runs.map((run) => run.count(window.start, window.end));
  const total = inView.reduce((sum, n) => sum + n, 0);
  const slices: Array<{ run: PrecisionRun; a: number; b: number }> = [];
  const clusters = new Map<string, Cluster & { firstRank: number }>();
  index.runs.forEach((run, precision) => {
    if (total <= limits.events || inView[precision] <= limits.events / 3) {
      const [a, b] = run.overlapping(from, to);
      if (b > a) slices.push({ run, a, b });
      return;
    }
    const u = coarser(unit, PRECISION_UNIT[precision]);
    const periods = run.periods(u);
    const [a, b] = periodsOverlapping(periods, from, to);
    for (let i = a; i < b; i++) {
      const id = `cluster:${u}:${periods.key[i]}`;
      const cluster = clusters.get(id);
      if (cluster) {
        // another precision's events in the same period (with years shown, "2010" and "June 2010" make one bar)
        cluster.count += periods.count[i];
        cluster.firstRank = Math.min(cluster.firstRank, periods.firstRank[i]);
      } else clusters.set(id, { id, unit: u, start: periods.start[i], end: periods.end[i], count: periods.count[i], firstRank: periods.firstRank[i] });
    }
  });
  return {
    positions: inStartOrderOfAll(slices),
    clusters: [...clusters.values()].sort((x, y) => x.firstRank - y.firstRank).map(({ firstRank: _, ...c }) => c),
  };
}

/** Events of up to four precisions, merged back into the order of all shown events. */
function inStartOrderOfAll(slices: Array<{ run: PrecisionRun; a: number; b: number }>): number[] {
  if (slices.length === 1) return slices[0].run.positions.slice(slices[0].a, slices[0].b);
  const out: number[] = [];
  const at = slices.map((s) => s.a);
  for (;;) {
    let best = -1;
    for (let s = 0; s < slices.length; s++) {
      if (at[s] < slices[s].b && (best < 0 || slices[s].run.ranks[at[s]] < slices[best].run.ranks[at[best]])) best = s;
    }
    if (best < 0) return out;
    out.push(slices[best].run.positions[at[best]++]);
  }
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
