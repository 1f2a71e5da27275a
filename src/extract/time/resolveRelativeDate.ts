/**
 * Turns what a candidate says into an ISO value against the document's reference date.
 * Never reads the clock: with no reference, a relative expression stays unresolved (value null) and
 * carries what is known as a constraint. With a reference coarser than needed, the answer is given at the
 * reference's precision where that is safe ("on Wednesday" in a piece dated only "2024-06" → "2024-06").
 */
import type { Precision, TimeExpression } from '../types';
import type { Anchor, Direction } from './candidate';
import { mondayOf } from '../../schema/calendarDate';
import { addDays, addMonths, daysBetween, daysInMonth, formatPartialDate, isValidDay, precisionOf, type DayDate, type PartialDate } from './calendar';

export type Resolution = Pick<TimeExpression, 'value' | 'precision' | 'basis' | 'constraint'>;

export function resolveRelativeDate(anchor: Anchor, ref: PartialDate | null): Resolution | null {
  switch (anchor.kind) {
    case 'absolute':
      return { value: formatPartialDate(anchor.date), precision: precisionOf(anchor.date), basis: 'explicit' };
    case 'offset':
      return resolveOffset(anchor, ref);
    case 'weekday':
      return resolveWeekday(anchor.weekday, anchor.direction, ref);
    case 'month':
      return resolveMonth(anchor.month, anchor.direction, ref);
    case 'monthDay':
      return resolveMonthDay(anchor, ref);
    case 'anaphoric':
      return null; // counted from the date before it, by resolveAnaphoricDates in time.ts
    case 'monthOfYear':
      return ref ? relative({ year: ref.year + anchor.yearShift, month: anchor.month }, 'month') : relative(null, 'month', { month: anchor.month });
  }
}

function relative(date: PartialDate | null, precision: Precision, constraint?: Resolution['constraint']): Resolution {
  const r: Resolution = date
    ? { value: formatPartialDate(date), precision: precisionOf(date), basis: 'relative' }
    : { value: null, precision, basis: 'relative' };
  if (constraint && !date) r.constraint = constraint;
  return r;
}

function coarse(ref: PartialDate, precision: Precision): PartialDate {
  if (precision === 'year' || ref.month === undefined) return { year: ref.year };
  return { year: ref.year, month: ref.month };
}

function asDay(ref: PartialDate | null): DayDate | null {
  return ref && ref.month !== undefined && ref.day !== undefined ? { year: ref.year, month: ref.month, day: ref.day } : null;
}

function resolveOffset(a: Extract<Anchor, { kind: 'offset' }>, ref: PartialDate | null): Resolution {
  // A week needs a day to count from: without one, what is known is at most the month.
  if (!ref) return relative(null, a.precision === 'week' ? 'month' : a.precision);
  const day = asDay(ref);
  if (a.unit === 'day' || a.unit === 'week') {
    // "yesterday" / "last week" in a piece dated only to the month: the month is the honest answer.
    if (!day) return relative(coarse(ref, a.precision), a.precision);
    // ("Costner's company ... signed a contract with BP last week", in a paper of Sunday 20 June: the week just ended,
    // of 14 June. A Sunday closes the week that began on Monday; seven days back lands in the week before it.)
    const shifted = lastWeekFromSunday(a, ref) ? addDays(day, -6) : addDays(day, a.unit === 'day' ? a.amount : 7 * a.amount);
    if (a.precision === 'week') return weekOf(shifted);
    return relative(a.precision === 'day' ? shifted : coarse(shifted, a.precision), a.precision);
  }
  if (a.unit === 'month') {
    if (ref.month === undefined) return a.amount === 0 ? relative({ year: ref.year }, 'year') : relative(null, a.precision);
    const m = addMonths(ref.year, ref.month, a.amount);
    return relative(a.precision === 'year' ? { year: m.year } : m, a.precision);
  }
  return relative({ year: ref.year + a.amount }, 'year');
}

/**
 * "last week" written on a Sunday: the week that ends that day (Monday to Saturday just past), not the one before it
 * (time.ts `lastWeekFromSunday`).
 */
export function lastWeekFromSunday(a: Anchor, ref: PartialDate | null): boolean {
  const day = asDay(ref);
  if (a.kind !== 'offset' || a.unit !== 'week' || a.amount !== -1 || a.precision !== 'week' || !day) return false;
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() === 0;
}

/** The week a day falls in, written as its Monday ("2010-06-09" → the week of "2010-06-07"). */
export function weekOf(day: DayDate): Resolution {
  return { value: mondayOf(formatPartialDate(day)), precision: 'week', basis: 'relative' };
}

function resolveWeekday(weekday: number, direction: Direction, ref: PartialDate | null): Resolution {
  const day = asDay(ref);
  if (!day) return ref ? relative(coarse(ref, 'month'), 'month') : relative(null, 'day', { weekday });
  const refWeekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  let shift: number;
  if (direction === 'future' || direction === 'strictFuture') {
    shift = (weekday - refWeekday + 7) % 7;
    if (shift === 0 && direction === 'strictFuture') shift = 7;
  } else {
    shift = -((refWeekday - weekday + 7) % 7);
    if (shift === 0 && direction === 'strictPast') shift = -7;
  }
  return relative(addDays(day, shift), 'day');
}

function resolveMonth(month: number, direction: Direction, ref: PartialDate | null): Resolution {
  if (!ref) return relative(null, 'month', { month });
  if (ref.month === undefined) return relative({ year: ref.year }, 'year');
  const forward = direction === 'future' || direction === 'strictFuture';
  const strict = direction === 'strictPast' || direction === 'strictFuture';
  let year = ref.year;
  if (forward) {
    if (month < ref.month || (strict && month === ref.month)) year += 1;
  } else if (month > ref.month || (strict && month === ref.month)) {
    year -= 1;
  }
  return relative({ year, month }, 'month');
}

function resolveMonthDay(a: Extract<Anchor, { kind: 'monthDay' }>, ref: PartialDate | null): Resolution {
  const constraint = { month: a.month, day: a.day, ...(a.weekday !== undefined ? { weekday: a.weekday } : {}) };
  if (!ref) return relative(null, 'day', constraint);
  if (ref.month === undefined) return relative({ year: ref.year }, 'year');
  // A reference known only to the month: compare as if it were the month's last (past) or first (future) day.
  const forward = a.direction === 'future' || a.direction === 'strictFuture';
  const refDay: DayDate = asDay(ref) ?? { year: ref.year, month: ref.month, day: forward ? 1 : daysInMonth(ref.year, ref.month) };
  let options: DayDate[] = [ref.year - 1, ref.year, ref.year + 1]
    .filter((y) => isValidDay(y, a.month, a.day))
    .map((y) => ({ year: y, month: a.month, day: a.day }));
  if (a.weekday !== undefined) {
    // "on Friday, November 29th": the weekday tells which year is meant.
    const matching = options.filter((d) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() === a.weekday);
    if (matching.length > 0) options = matching;
  }
  const diff = (d: DayDate) => daysBetween(refDay, d);
  let pick: DayDate | undefined;
  if (forward) pick = options.filter((d) => diff(d) >= 0).sort((x, y) => diff(x) - diff(y))[0];
  else if (a.direction === 'past' || a.direction === 'strictPast') pick = options.filter((d) => diff(d) <= 0).sort((x, y) => diff(y) - diff(x))[0];
  pick ??= options.sort((x, y) => Math.abs(diff(x)) - Math.abs(diff(y)) || diff(x) - diff(y))[0];
  return pick ? relative(pick, 'day') : relative(null, 'day', constraint);
}
