/**
 * What levelOfDetail looks things up in, built once per filter (not once per frame): the shown events split by date
 * precision, each part in start order, and, the first time a zoom asks for them, each part's periods (days, months,
 * years, decades) with how many events each holds. A window then costs a few binary searches and the periods it
 * shows, not a pass over every event in it: at 100,000 events, zoomed out, that pass was 20–40 ms per frame.
 *
 * Within one precision, later starts never have earlier ends (a day is a point; a week, a month or a year ends where
 * the next begins), so the events overlapping any window, and the periods overlapping it, are one contiguous run.
 */
import { localDate, utcMs } from '../../schema/calendarDate';
import type { EventTimes, PeriodUnit } from './levelOfDetail';

export const UNITS: PeriodUnit[] = ['day', 'week', 'month', 'year', 'decade'];
/** the unit of each precision (times.precision: 0 day, 1 week, 2 month, 3 year) */
export const PRECISION_UNIT: PeriodUnit[] = ['day', 'week', 'month', 'year'];
export const coarser = (a: PeriodUnit, b: PeriodUnit) => UNITS[Math.max(UNITS.indexOf(a), UNITS.indexOf(b))];

/** Days from 1970-01-01 to the Monday of the (ISO) week of a calendar date (month 0–11): a week's period key. */
function mondayNumber(y: number, m: number, d: number): number {
  const n = Math.round(utcMs(y, m, d) / 86_400_000);
  // 1 January 1970 was a Thursday, the fourth day of its week
  return n - ((((n + 3) % 7) + 7) % 7);
}

/** A number naming a calendar date's period, ordered as the periods are. */
function periodKey(y: number, m: number, d: number, unit: PeriodUnit): number {
  switch (unit) {
    case 'day':
      return (y * 12 + m) * 32 + d;
    case 'week':
      return mondayNumber(y, m, d);
    case 'month':
      return y * 12 + m;
    case 'year':
      return y;
    case 'decade':
      return Math.floor(y / 10) * 10;
  }
}

/** The period of a calendar date: its key, and its [start, end) in local time. */
export function period(y: number, m: number, d: number, unit: PeriodUnit): { key: number; start: number; end: number } {
  const key = periodKey(y, m, d, unit);
  switch (unit) {
    case 'day':
      return { key, start: localDate(y, m, d).getTime(), end: localDate(y, m, d + 1).getTime() };
    case 'week': {
      const monday = d - (Math.round(utcMs(y, m, d) / 86_400_000) - key);
      return { key, start: localDate(y, m, monday).getTime(), end: localDate(y, m, monday + 7).getTime() };
    }
    case 'month':
      return { key, start: localDate(y, m, 1).getTime(), end: localDate(y, m + 1, 1).getTime() };
    case 'year':
      return { key, start: localDate(y, 0, 1).getTime(), end: localDate(y + 1, 0, 1).getTime() };
    case 'decade':
      return { key, start: localDate(key, 0, 1).getTime(), end: localDate(key + 10, 0, 1).getTime() };
  }
}

/** The periods of one unit that hold events of one precision, in order. */
export interface PeriodRuns {
  key: number[];
  start: number[];
  end: number[];
  count: number[];
  /** place in the whole start order of the period's first event (orders clusters as a scan of the events would) */
  firstRank: number[];
}

/** The shown events of one date precision, in start order. */
export class PrecisionRun {
  readonly positions: number[] = [];
  /** each event's place in the start order of all shown events */
  readonly ranks: number[] = [];
  private readonly periodsByUnit = new Map<PeriodUnit, PeriodRuns>();

  constructor(private readonly times: EventTimes) {}

  /** [a, b): the events overlapping [from, to) (a day at `from` counts; a month counts when it ends after `from`) */
  overlapping(from: number, to: number): [number, number] {
    const { start, end } = this.times;
    const p = this.positions;
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (end[p[mid]] > from || start[p[mid]] >= from) hi = mid;
      else lo = mid + 1;
    }
    const a = lo;
    hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (start[p[mid]] >= to) hi = mid;
      else lo = mid + 1;
    }
    return [a, Math.max(a, lo)];
  }

  count(from: number, to: number): number {
    const [a, b] = this.overlapping(from, to);
    return b - a;
  }

  /** The periods of a unit holding these events, with their counts (built on first use). */
  periods(unit: PeriodUnit): PeriodRuns {
    let runs = this.periodsByUnit.get(unit);
    if (runs) return runs;
    runs = { key: [], start: [], end: [], count: [], firstRank: [] };
    const { year, month, day } = this.times;
    let last = NaN;
    for (let i = 0; i < this.positions.length; i++) {
      const pos = this.positions[i];
      const key = periodKey(year[pos], month[pos], day[pos], unit);
      if (key !== last) {
        const p = period(year[pos], month[pos], day[pos], unit);
        runs.key.push(key);
        runs.start.push(p.start);
        runs.end.push(p.end);
        runs.count.push(0);
        runs.firstRank.push(this.ranks[i]);
        last = key;
      }
      runs.count[runs.count.length - 1]++;
    }
    this.periodsByUnit.set(unit, runs);
    return runs;
  }
}

/** [a, b): the periods overlapping (from, to) */
export function periodsOverlapping(runs: PeriodRuns, from: number, to: number): [number, number] {
  let lo = 0;
  let hi = runs.end.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs.end[mid] > from) hi = mid;
    else lo = mid + 1;
  }
  const a = lo;
  hi = runs.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs.start[mid] >= to) hi = mid;
    else lo = mid + 1;
  }
  return [a, Math.max(a, lo)];
}

export interface DetailIndex {
  times: EventTimes;
  /** the shown events in start order */
  sorted: readonly number[];
  /** by precision: day, week, month, year */
  runs: [PrecisionRun, PrecisionRun, PrecisionRun, PrecisionRun];
}

/** Splits the shown events (in start order) by precision. */
export function detailIndex(times: EventTimes, sorted: readonly number[]): DetailIndex {
  const runs: DetailIndex['runs'] = [new PrecisionRun(times), new PrecisionRun(times), new PrecisionRun(times), new PrecisionRun(times)];
  for (let k = 0; k < sorted.length; k++) {
    const run = runs[times.precision[sorted[k]]];
    run.positions.push(sorted[k]);
    run.ranks.push(k);
  }
  return { times, sorted, runs };
}
