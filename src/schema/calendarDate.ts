/**
 * Contract dates ("2024", "2024-06", "2024-06-19", and a week written as its Monday, "2010-06-07") as calendar
 * dates, shared by the schema, the build step and the client.
 *
 * Written by hand because two things in the platform get them wrong and no library is needed for either:
 * - Date.UTC(y, …) and new Date(y, …) read the years 0–99 as 1900–1999, so "0050-06-01" would be drawn in 1950;
 *   setUTCFullYear and setFullYear take the year as it is.
 * - Date.UTC(2024, 12, 45) rolls "2024-13-45" over into 14 Feb 2025 instead of failing; the schema asks
 *   calendarProblem first, so such a value never reaches the drawing code.
 */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of the proleptic Gregorian calendar (month 1–12), the calendar ISO 8601 dates are written in. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a value is not a calendar date ("month 13 does not exist"), or null when it is one. */
export function calendarProblem(value: string): string | null {
  const m = ISO.exec(value);
  if (!m) return 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)';
  const year = Number(m[1]);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `has month ${m[2]}, and months run from 01 to 12`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `has day ${m[3]}, and ${MONTHS[month - 1]} ${year} has ${last} days`;
  return null;
}

/** Milliseconds at 00:00 UTC of a calendar day (month 0–11; day and month may overflow, as with Date.UTC), any year. */
export function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** 00:00 local time of a calendar day (month 0–11, overflow allowed, as with new Date(y, m, d)), any year. */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month, day);
  return date;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Sunday = 0 … Saturday = 6 of an ISO day ("2010-06-07" → 1), or NaN when the value is no day. */
export function weekdayOfDay(value: string): number {
  const m = ISO.exec(value);
  if (!m || m[3] === undefined) return Number.NaN;
  return new Date(utcMs(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
}

/**
 * Why a value cannot be a week, or null when it can: a week (precision 'week') is written as the ISO day of its
 * Monday, so each week has one value and a week spanning two months needs no special case.
 */
export function weekProblem(value: string): string | null {
  const weekday = weekdayOfDay(value);
  if (Number.isNaN(weekday)) return 'is not a day (YYYY-MM-DD), and a week is written as its Monday';
  return weekday === 1 ? null : `is a ${WEEKDAYS[weekday]}, and a week is written as its Monday`;
}

/** The ISO day of the Monday of the week an ISO day falls in (ISO 8601 weeks run Monday to Sunday). */
export function mondayOf(value: string): string {
  const m = ISO.exec(value);
  if (!m || m[3] === undefined) throw new Error(`mondayOf needs a day (YYYY-MM-DD), not "${value}"`);
  const weekday = weekdayOfDay(value);
  const back = (weekday + 6) % 7;
  return isoDay(utcMs(Number(m[1]), Number(m[2]) - 1, Number(m[3]) - back));
}

/** The ISO day `days` after an ISO day (negative: before), any year. */
export function addDaysToDay(value: string, days: number): string {
  const m = ISO.exec(value);
  if (!m || m[3] === undefined) throw new Error(`addDaysToDay needs a day (YYYY-MM-DD), not "${value}"`);
  return isoDay(utcMs(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
}

/** "2010-06-07" for 00:00 UTC of that day; years 0–9999 written with four digits. */
function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * A key that tells dates apart by precision as well as value: the week of Monday 7 June 2010 ("2010-06-07/week")
 * is not the day 7 June 2010 ("2010-06-07"). Days, months and years are keyed by their value alone, as before.
 */
export function dateKey(value: string, precision: string): string {
  return precision === 'week' ? `${value}/week` : value;
}
