import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../schema/timeline';
import { mondayOf } from '../../schema/calendarDate';
import { detailIndex, period } from './detailIndex';
import {
  eventTimes,
  inStartOrder,
  levelOfDetail as detailOf,
  pickUnit,
  windowAround,
  type Cluster,
  type Detail,
  type DetailLimits,
  type EventTimes,
  type PeriodUnit,
} from './levelOfDetail';

const levelOfDetail = (t: EventTimes, sorted: readonly number[], w: { start: number; end: number }, limits?: DetailLimits) =>
  detailOf(detailIndex(t, sorted), w, limits);

const DAY = 86_400_000;
const event = (id: string, value: string, precision: 'day' | 'week' | 'month' | 'year' = 'day'): EventRecord => ({
  id,
  date: { value, precision, basis: 'explicit', text: value },
  title: id,
  actors: [],
  mentions: [{ doc: 'a.txt', sentence: id, start: 0, end: id.length, attribution: null }],
});
/** one event a day through 2020 and 2021 */
const daily = Array.from({ length: 731 }, (_, i) => {
  const d = new Date(Date.UTC(2020, 0, 1) + i * DAY).toISOString().slice(0, 10);
  return event(`e${i}`, d);
});
const times = eventTimes(daily);
const all = daily.map((_, i) => i);
const local = (y: number, m: number, d = 1) => new Date(y, m, d).getTime();

describe('level of detail', () => {
  it('zoomed out over two years: one cluster per month, counting every event of the month', () => {
    const { positions, clusters } = levelOfDetail(times, all, { start: local(2020, 0), end: local(2022, 0) });
    expect(positions).toEqual([]);
    expect(clusters.every((c) => c.unit === 'month')).toBe(true);
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(731);
    expect(clusters.find((c) => c.start === local(2020, 1))?.count).toBe(29); // February 2020
  });

  it('zoomed in to a fortnight: the events themselves, with half a window either side', () => {
    const { positions, clusters } = levelOfDetail(times, all, { start: local(2021, 5, 1), end: local(2021, 5, 15) });
    expect(clusters).toEqual([]);
    expect(positions.length).toBeGreaterThanOrEqual(14);
    expect(positions.map((p) => daily[p].date.value)).toContain('2021-06-07');
  });

  it('a cluster at the edge of the window keeps its whole count', () => {
    const { clusters } = levelOfDetail(times, all, { start: local(2020, 0, 20), end: local(2021, 11, 10) }, { events: 50, periods: 60 });
    expect(clusters.find((c) => c.start === local(2020, 0))?.count).toBe(31);
  });

  it('only the events that pass the filters are counted', () => {
    const even = all.filter((p) => p % 2 === 0);
    const { clusters } = levelOfDetail(times, even, { start: local(2020, 0), end: local(2022, 0) });
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(366);
  });

  it('year-dated events stay one bar across their year when the days around them are drawn one by one', () => {
    const many = [...Array.from({ length: 300 }, (_, i) => event(`y${i}`, '2020', 'year')), event('d', '2020-06-10')];
    const t = eventTimes(many);
    const { positions, clusters } = levelOfDetail(
      t,
      inStartOrder(
        t,
        many.map((_, i) => i),
      ),
      { start: local(2020, 5, 9), end: local(2020, 5, 12) },
    );
    expect(positions.map((p) => many[p].id)).toEqual(['d']);
    expect(clusters).toEqual([expect.objectContaining({ unit: 'year', count: 300, start: local(2020, 0) })]);
  });

  it('draws a week-dated event across its seven days, and clusters many of them by week, not by day', () => {
    const weeks = [...Array.from({ length: 300 }, (_, i) => event(`w${i}`, '2010-05-31', 'week')), event('d', '2010-06-02')];
    const t = eventTimes(weeks);
    expect(t.end[0] - t.start[0]).toBe(local(2010, 5, 7) - local(2010, 4, 31));
    const { positions, clusters } = levelOfDetail(
      t,
      inStartOrder(
        t,
        weeks.map((_, i) => i),
      ),
      { start: local(2010, 5, 1), end: local(2010, 5, 4) },
    );
    expect(positions.map((p) => weeks[p].id)).toEqual(['d']);
    expect(clusters).toEqual([expect.objectContaining({ unit: 'week', count: 300, start: local(2010, 4, 31), end: local(2010, 5, 7) })]);
  });

  it('picks days, months, years or decades so a window holds a legible number of periods', () => {
    expect(pickUnit(30 * DAY, 60)).toBe('day');
    expect(pickUnit(3 * 365 * DAY, 60)).toBe('month');
    expect(pickUnit(25 * 365 * DAY, 60)).toBe('year');
    expect(pickUnit(300 * 365 * DAY, 60)).toBe('decade');
  });

  it('an unsorted (hand-edited) file is put in start order', () => {
    const t = eventTimes([event('b', '2021-01-01'), event('a', '2020-01-01')]);
    expect(t.ordered).toBe(false);
    expect(inStartOrder(t, [0, 1])).toEqual([1, 0]);
  });

  it('a window around an event holds it and its nearest neighbours', () => {
    const w = windowAround(times, all, 400, 10);
    expect(w.start).toBeLessThanOrEqual(times.start[390]);
    expect(w.end).toBeGreaterThanOrEqual(times.start[410]);
    expect(levelOfDetail(times, all, w).positions).toContain(400);
  });

  it('gives exactly what counting every event in and around the window gives, for any mix of dates and windows', () => {
    const dateOf = fc.record({
      y: fc.integer({ min: 2012, max: 2024 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('day', 'day', 'day', 'week', 'month', 'year'),
    });
    const value = ({ y, m, d, precision }: { y: number; m: number; d: number; precision: string }) => {
      const day = [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].join('-');
      return precision === 'week' ? mondayOf(day) : day.slice(0, { day: 10, month: 7, year: 4 }[precision]);
    };
    fc.assert(
      fc.property(
        fc.array(dateOf, { maxLength: 600, size: 'large' }),
        fc.integer({ min: 2010, max: 2025 }),
        fc.double({ min: 0.002, max: 20, noNaN: true }),
        fc.constantFrom<DetailLimits>({ events: 200, periods: 60 }, { events: 20, periods: 15 }, { events: 6, periods: 4 }),
        fc.func(fc.boolean()),
        (dates, startYear, years, limits, shown) => {
          const evs = dates.map((d, i) => event(`e${i}`, value(d), d.precision as 'day' | 'week' | 'month' | 'year'));
          const t = eventTimes(evs);
          const sorted = inStartOrder(
            t,
            evs.map((_, i) => i).filter((i) => shown(i)),
          );
          const start = local(startYear, 0);
          const w = { start, end: start + years * 365.25 * DAY };
          expect(levelOfDetail(t, sorted, w, limits)).toEqual(countEveryEvent(t, sorted, w, limits));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/**
 * The level of detail as first written: a pass over every event in and around the window, per frame. Kept as the
 * definition the indexed version must match.
 */
function countEveryEvent(times: EventTimes, sorted: readonly number[], window: { start: number; end: number }, limits: DetailLimits): Detail {
  const LONGEST_MS = 367 * DAY;
  const UNITS: PeriodUnit[] = ['day', 'week', 'month', 'year', 'decade'];
  const PRECISION_UNIT: PeriodUnit[] = ['day', 'week', 'month', 'year'];
  const coarser = (a: PeriodUnit, b: PeriodUnit) => UNITS[Math.max(UNITS.indexOf(a), UNITS.indexOf(b))];
  const lowerBound = (ms: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times.start[sorted[mid]] < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const periodAt = (ms: number, unit: PeriodUnit) => {
    const d = new Date(ms);
    return period(d.getFullYear(), d.getMonth(), d.getDate(), unit);
  };
  const overlaps = (pos: number, from: number, to: number) => times.start[pos] < to && (times.end[pos] > from || times.start[pos] >= from);
  const span = Math.max(window.end - window.start, 1);
  const from = window.start - span / 2;
  const to = window.end + span / 2;
  const unit = pickUnit(span, limits.periods);
  const widest = coarser(unit, 'year');
  const first = lowerBound(periodAt(from, widest).start - LONGEST_MS);
  const last = lowerBound(periodAt(to, widest).end);
  const inView = [0, 0, 0, 0];
  for (let k = first; k < last; k++) if (overlaps(sorted[k], window.start, window.end)) inView[times.precision[sorted[k]]]++;
  const total = inView[0] + inView[1] + inView[2] + inView[3];
  const alone = inView.map((count) => total <= limits.events || count <= limits.events / 3);
  const positions: number[] = [];
  const clusters = new Map<string, Cluster>();
  for (let k = first; k < last; k++) {
    const pos = sorted[k];
    const precision = times.precision[pos];
    if (alone[precision]) {
      if (overlaps(pos, from, to)) positions.push(pos);
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
