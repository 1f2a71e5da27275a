import { describe, expect, it } from 'vitest';
import { addDaysToDay, calendarProblem, dateKey, localDate, mondayOf, utcMs, weekProblem } from './calendarDate';

describe('contract dates on the calendar', () => {
  it('puts the years 0–99 in those years, not in 1900–1999', () => {
    expect(new Date(utcMs(50, 5, 19)).toISOString()).toBe('0050-06-19T00:00:00.000Z');
    expect(new Date(utcMs(0, 0, 1)).getUTCFullYear()).toBe(0);
    expect(localDate(99, 11, 31).getFullYear()).toBe(99);
    expect(localDate(7, 0, 1).getMonth()).toBe(0);
  });
  it('rolls over a day past the end of a month as Date.UTC does, so a span can end on the next month’s first day', () => {
    expect(new Date(utcMs(2024, 12, 1)).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(new Date(utcMs(99, 11, 32)).toISOString()).toBe('0100-01-01T00:00:00.000Z');
  });
  it('says why a value is not a date', () => {
    expect(calendarProblem('2024-13-45')).toBe('has month 13, and months run from 01 to 12');
    expect(calendarProblem('2024-02-30')).toBe('has day 30, and February 2024 has 29 days');
    expect(calendarProblem('24-06-01')).toMatch(/not an ISO date/);
    expect(calendarProblem('2024-06-19')).toBeNull();
    expect(calendarProblem('9999')).toBeNull();
  });
  it('writes a week as its Monday: the Monday of any day, across months and years', () => {
    expect(mondayOf('2010-06-09')).toBe('2010-06-07');
    expect(mondayOf('2010-06-07')).toBe('2010-06-07');
    expect(mondayOf('2010-06-13')).toBe('2010-06-07'); // a Sunday ends its ISO week
    expect(mondayOf('2010-06-02')).toBe('2010-05-31');
    expect(mondayOf('2011-01-01')).toBe('2010-12-27');
    expect(addDaysToDay('2010-05-31', 6)).toBe('2010-06-06');
    expect(weekProblem('2010-06-07')).toBeNull();
    expect(weekProblem('2010-06-13')).toBe('is a Sunday, and a week is written as its Monday');
    expect(weekProblem('2010-06')).toMatch(/not a day/);
  });
  it('keys a week apart from the day of its Monday', () => {
    expect(dateKey('2010-06-07', 'week')).not.toBe(dateKey('2010-06-07', 'day'));
    expect(dateKey('2010-06', 'month')).toBe('2010-06');
  });
});
