/**
 * Calendar arithmetic on plain dates (no time of day, no time zone, no clock): the reference date of a
 * document and the dates resolved against it.
 */
import type { Precision } from '../types';

/** A date known to some precision: a year, a month of a year, or a day. */
export interface PartialDate {
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31
}

/** "2024-11-30" | "2024-11" | "2024" → PartialDate; anything else → null. */
export function parseReference(reference: string | null): PartialDate | null {
  if (!reference) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(reference.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (!m[3]) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function precisionOf(date: PartialDate): Precision {
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

/** ISO 8601 at the date's own precision: "2024", "2024-06", "2024-06-19". */
export function formatPartialDate(date: PartialDate): string {
  const y = String(date.year).padStart(4, '0');
  if (date.month === undefined) return y;
  const m = `${y}-${String(date.month).padStart(2, '0')}`;
  return date.day === undefined ? m : `${m}-${String(date.day).padStart(2, '0')}`;
}

/** Cut a date to a coarser precision. */
export function truncate(date: PartialDate, precision: Precision): PartialDate {
  if (precision === 'year') return { year: date.year };
  if (precision === 'month') return date.month === undefined ? { year: date.year } : { year: date.year, month: date.month };
  return date;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

function toUtc(d: DayDate): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): DayDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: DayDate, days: number): DayDate {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Shift a year-month by whole months: (2024, 1) - 1 month → (2023, 12). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Sunday = 0 … Saturday = 6. */
export function weekdayOf(d: DayDate): number {
  return toUtc(d).getUTCDay();
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: DayDate, b: DayDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
