import { describe, expect, it } from 'vitest';
import { type GoldTimeline, rankingCeiling } from './timeline17';

const at = (value: string) => ({ date: { value, precision: value.length === 10 ? 'day' : 'month', basis: 'explicit', text: value } as const });
const gold = (...days: string[]): GoldTimeline => days.map((d) => [d, [`what happened on ${d}`]]);

describe('the Date F1 a perfect ranking of the events would reach', () => {
  it('is 1 when every gold day has an event, whatever other days have', () => {
    const events = ['2010-04-20', '2010-04-21', '2010-05-27', '2010-07-15'].map(at);
    expect(rankingCeiling(events, [gold('2010-04-20', '2010-05-27', '2010-07-15')])).toBe(1);
  });

  it('loses the gold days that no day-dated event falls on, and counts only days inside the gold timeline', () => {
    // 2010-07 names no day; 2010-04-19 lies before the gold's first day and cannot be picked.
    const events = ['2010-04-19', '2010-04-20', '2010-06-01', '2010-07'].map(at);
    // Two gold days, one reachable: 2 picked (04-20 and 06-01), 1 right: F1 = 2·1 / (2 + 2).
    expect(rankingCeiling(events, [gold('2010-04-20', '2010-07-15')])).toBeCloseTo(0.5, 5);
  });

  it('asks for as many dates as a gold timeline has entries, when it gives one day twice', () => {
    const events = ['2009-04-27', '2009-04-28', '2009-04-29', '2009-04-30'].map(at);
    const twice: GoldTimeline = [...gold('2009-04-27', '2009-04-29', '2009-04-30'), ['2009-04-29', ['a second entry']]];
    // Four entries, so four days picked; three distinct gold days, all found: F1 = 2·3 / (3 + 4).
    expect(rankingCeiling(events, [twice])).toBeCloseTo(6 / 7, 5);
  });

  it('averages over the topic’s gold timelines, and is 0 with no event in range', () => {
    const events = ['2010-04-20'].map(at);
    expect(rankingCeiling(events, [gold('2010-04-20'), gold('2011-01-01', '2011-02-01')])).toBeCloseTo(0.5, 5);
  });
});
