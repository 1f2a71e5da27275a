/**
 * Calendar arithmetic for contract dates. A date of week, month or year precision covers its whole week, month or
 * year: "2024-06" is [1 June 2024, 1 July 2024), the week "2010-06-07" (its Monday) [7 June 2010, 14 June 2010). Everything is in UTC so filters and labels never shift by a time zone.
 */
import { utcMs } from '../../schema/calendarDate';
import type { Precision } from '../../schema/timeline';

export interface DateSpan {
  startMs: number;
  /** exclusive */
  endMs: number;
}

export function dateSpan(value: string, precision: Precision): DateSpan {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  if (precision === 'year') return { startMs: utcMs(y, 0, 1), endMs: utcMs(y + 1, 0, 1) };
  if (precision === 'month') return { startMs: utcMs(y, m - 1, 1), endMs: utcMs(y, m, 1) };
  return { startMs: utcMs(y, m - 1, d), endMs: utcMs(y, m - 1, d + (precision === 'week' ? 7 : 1)) };
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "29 Nov 2024", "week of 7 Jun 2010", "June 2024", "2018": a date said no more precisely than it is known. */
export function formatDate(value: string, precision: Precision): string {
  const { startMs } = dateSpan(value, precision);
  if (precision === 'year') return String(Number(value.slice(0, 4)));
  // A week is named by its Monday, the way the contract writes it ("last week" in a piece of 9 June 2010).
  if (precision === 'week') return `week of ${withCalendarYear(DAY, startMs)}`;
  return withCalendarYear(precision === 'month' ? MONTH : DAY, startMs);
}

/**
 * Intl writes the year 0 as "1" (it counts 1 BC, with the era left out); the contract's years are ISO years,
 * so the year is put back as the date's own number.
 */
export function withCalendarYear(format: Intl.DateTimeFormat, ms: number): string {
  const year = String(new Date(ms).getUTCFullYear());
  return format
    .formatToParts(ms)
    .map((part) => (part.type === 'year' ? year : part.value))
    .join('');
}

/** "YYYY-MM-DD" (inclusive day) -> ms at the start (or end, exclusive) of that day; null when not a date. */
export function dayStartMs(day: string | null): number | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = dateSpan(day, 'day').startMs;
  return Number.isNaN(ms) ? null : ms;
}
export function dayEndMs(day: string | null): number | null {
  const start = dayStartMs(day);
  return start === null ? null : start + 86_400_000;
}
