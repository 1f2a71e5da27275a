import { describe, expect, it } from 'vitest';
import { spokenDate } from '../present/slides';
import { period } from '../timeline/detailIndex';
import { localSpan } from '../timeline/items';
import { windowFromUrl, windowToUrl } from '../timeline/visibleWindow';
import { dateSpan, dayStartMs, formatDate } from './dates';

describe('a week-dated event', () => {
  it('reads "week of" its Monday and covers Monday to Sunday, also across a month end', () => {
    expect(formatDate('2010-06-07', 'week')).toBe('week of 7 Jun 2010');
    expect(formatDate('2010-05-31', 'week')).toBe('week of 31 May 2010');
    const span = dateSpan('2010-05-31', 'week');
    expect(new Date(span.startMs).toISOString()).toBe('2010-05-31T00:00:00.000Z');
    expect(new Date(span.endMs).toISOString()).toBe('2010-06-07T00:00:00.000Z');
  });
  it('is drawn across its week on the timeline, as a month across its month', () => {
    const { start, end } = localSpan('2010-05-31', 'week');
    expect([start.getMonth(), start.getDate(), end?.getMonth(), end?.getDate()]).toEqual([4, 31, 5, 7]);
    expect(period(2010, 5, 2, 'week')).toMatchObject({ start: new Date(2010, 4, 31).getTime(), end: new Date(2010, 5, 7).getTime() });
  });
});

describe('dates of the first century', () => {
  it('shows an event of 19 June 50 in the year 50, not 1950', () => {
    expect(formatDate('0050-06-19', 'day')).toBe('19 Jun 50');
    expect(formatDate('0050-06', 'month')).toBe('June 50');
    expect(formatDate('0050', 'year')).toBe('50');
    expect(new Date(dateSpan('0050-06-19', 'day').startMs).toISOString()).toBe('0050-06-19T00:00:00.000Z');
  });
  it('writes the year 0 as 0, the ISO year, not as "1" as Intl does', () => {
    expect(formatDate('0000-03-01', 'day')).toBe('1 Mar 0');
    expect(spokenDate('0000-03', 'month')).toBe('March 0');
  });
  it('draws it in the year 50 on the timeline, and a presentation says so', () => {
    expect(localSpan('0050', 'year').start.getFullYear()).toBe(50);
    expect(localSpan('0099-12', 'month').end!.getFullYear()).toBe(100);
    expect(spokenDate('0050-06-19', 'day')).toBe('19 June 50');
    expect(new Date(period(50, 5, 19, 'decade').start).getFullYear()).toBe(50);
    expect(new Date(period(50, 5, 19, 'month').end).getMonth()).toBe(6);
  });
  it('filters from a day of the year 5 and keeps a window of the year 5 in the link', () => {
    expect(new Date(dayStartMs('0005-01-01')!).getUTCFullYear()).toBe(5);
    const start = localSpan('0005-01-01', 'day').start;
    const end = localSpan('0005-12-01', 'day').start;
    const link = windowToUrl(start, end);
    expect(link).toEqual({ start: '0005-01-01', end: '0005-12-01' });
    expect(windowFromUrl(link)!.start.getFullYear()).toBe(5);
  });
});
