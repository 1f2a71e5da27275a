import { describe, expect, it } from 'vitest';
import { type CoreItem, corePeriod } from './core';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** a day-dated event, or a month or year when given "2010-06" or "2010" */
function at(value: string, offPeriod = false): CoreItem & { value: string } {
  if (value.length === 10) return { value, start: day(value), end: day(value) + DAY, offPeriod };
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number);
    return { value, start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1), offPeriod };
  }
  return { value, start: Date.UTC(Number(value), 0, 1), end: Date.UTC(Number(value) + 1, 0, 1), offPeriod };
}
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The dates of the 30 key events of the BBC's reports on the 2010 oil spill, as the app ranks them. */
const spill = [
  '2010',
  '2010-04',
  '2010-04-20',
  '2010-04-22',
  '2010-04-28',
  '2010-04-29',
  '2010-05',
  '2010-05-02',
  '2010-05-08',
  '2010-05-16',
  '2010-05-26',
  '2010-05-27',
  '2010-05-28',
  '2010-06',
  '2010-06-01',
  '2010-06-02',
  '2010-06-03',
  '2010-06-09',
  '2010-06-10',
  '2010-06-13',
  '2010-06-14',
  '2010-06-15',
  '2010-06-16',
  '2010-06-21',
  '2010-07',
  '2010-07-10',
  '2010-07-15',
  '2010-07-16',
  '2010-08',
  '2010-08-04',
].map((v) => at(v));

describe("the story's core period", () => {
  it('is where most of the key events lie, from the blast of 20 April, not the whole year a year-dated event spans', () => {
    const core = corePeriod(spill)!;
    expect(iso(core.start)).toBe('2010-04-20');
    expect(core.first.value).toBe('2010-04-20');
    // it ends where its last event ends: "July 2010" lasts the month
    expect(core.last.value).toBe('2010-07');
    expect(iso(core.end)).toBe('2010-08-01');
  });

  it('leaves out the background: a 1905 law and a 1989 spill recalled in the coverage do not stretch it', () => {
    const recalled = [at('1905', true), at('1989-03-24', true), at('2051', true)];
    const core = corePeriod([...recalled, ...spill])!;
    expect(iso(core.start)).toBe('2010-04-20');
    expect(iso(core.end)).toBe('2010-08-01');
  });

  it('is the background itself when nothing else is left (a date filter on the past)', () => {
    const core = corePeriod([at('1989-03-24', true), at('1989-04-01', true), at('1991-06-01', true)])!;
    expect(iso(core.start)).toBe('1989-03-24');
  });

  it('leaves out the tail of a second, distant story: the Apple years, not the 13 years to the seeds of 2024', () => {
    const apple = [
      '2005-06-06',
      '2005-09-07',
      '2005-10-04',
      '2005-10-12',
      '2006-01-10',
      '2006-05-08',
      '2006-05-17',
      '2006-12-30',
      '2007-01-10',
      '2007-02-05',
      '2008-01-09',
      '2008-04-02',
      '2008-06-09',
      '2010-06-07',
      '2010-06-24',
      '2010-07-16',
      '2011-01-17',
      '2011-08-24',
    ];
    const seeds = ['2024-06', '2024-10', '2024-11-29', '2024-11-30'];
    const core = corePeriod([...apple, ...seeds].map((v) => at(v)))!;
    expect(iso(core.start)).toBe('2005-06-06');
    expect(new Date(core.end).getUTCFullYear()).toBeLessThan(2012);
  });

  it('takes in the events that follow on from its edges', () => {
    // twenty days in a row, then five days that follow closely, then one a year later: the five belong to it
    const run = Array.from({ length: 20 }, (_, i) => at(iso(day('2010-05-01') + i * DAY)));
    const after = Array.from({ length: 5 }, (_, i) => at(iso(day('2010-05-21') + i * DAY)));
    const core = corePeriod([...run, ...after, at('2011-05-01')])!;
    expect(iso(core.start)).toBe('2010-05-01');
    expect(iso(core.end)).toBe('2010-05-26');
  });

  it('counts year-dated events when there are too few finer ones, and always when asked not to prefer them', () => {
    const years = ['1979', '1982', '1988', '1989', '1991', '2003', '2007'].map((v) => at(v));
    expect(new Date(corePeriod([...years, at('2009-08-01')])!.start).getUTCFullYear()).toBe(1982);
    const background = [...years, at('2009-08-01'), at('2009-12-01'), at('2010-01-15')];
    expect(iso(corePeriod(background)!.start)).toBe('2009-08-01');
    expect(new Date(corePeriod(background, { preferFine: false })!.start).getUTCFullYear()).toBeLessThan(2000);
  });

  it('is one side of a gap of years inside its stretch: two stories in one collection', () => {
    // 12 key events of 2005–2011 and 4 of 2024: the 80% stretch runs 2009–2024 across 13 empty years
    const apple = ['2005-06-06', '2005-09-07', '2005-10-12', '2006-05-17', '2007-01-10', '2008-06-09'];
    const more = ['2009-06-09', '2010-04-03', '2010-06-07', '2010-10-20', '2011-08-24', '2011-10-05'];
    const seeds = ['2024-06-19', '2024-10-15', '2024-11-29', '2024-11-30'];
    const core = corePeriod([...apple, ...more, ...seeds].map((v) => at(v)))!;
    // the Apple side, whose own tails (2011) lie beside it as a story's tails do
    expect([iso(core.start), iso(core.last.start)]).toEqual(['2005-06-06', '2010-10-20']);
    // a story of one year keeps its quiet months: no gap of over a year
    const spill = ['2010-04-20', '2010-04-22', '2010-05-02', '2010-05-26', '2010-06-16', '2010-07-15', '2010-09-19', '2011-01-11'];
    expect(iso(corePeriod(spill.map((v) => at(v)))!.start)).toBe('2010-04-20');
  });

  it('is null for no events, and one event alone is its own core', () => {
    expect(corePeriod([])).toBeNull();
    const one = corePeriod([at('2010-04-20')])!;
    expect([iso(one.start), iso(one.end)]).toEqual(['2010-04-20', '2010-04-21']);
  });
});
