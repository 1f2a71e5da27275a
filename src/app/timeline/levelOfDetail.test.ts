import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../schema/timeline';
import { eventTimes, inStartOrder, levelOfDetail, pickUnit, windowAround } from './levelOfDetail';

const DAY = 86_400_000;
const event = (id: string, value: string, precision: 'day' | 'month' | 'year' = 'day'): EventRecord => ({
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
    const { positions, clusters } = levelOfDetail(t, inStartOrder(t, many.map((_, i) => i)), { start: local(2020, 5, 9), end: local(2020, 5, 12) });
    expect(positions.map((p) => many[p].id)).toEqual(['d']);
    expect(clusters).toEqual([expect.objectContaining({ unit: 'year', count: 300, start: local(2020, 0) })]);
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
});
