/**
 * The visible window as the address bar holds it: whole local days when the window spans weeks or more
 * ("2024-06-01"), minutes when zoomed in closer. Short and readable links, stable across reloads.
 */
import { localDate } from '../../schema/calendarDate';
import type { VisibleWindow } from '../store/viewSlice';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function windowToUrl(start: Date, end: Date): VisibleWindow {
  if (end.getTime() - start.getTime() >= 20 * DAY_MS) return { start: localDay(start), end: localDay(end) };
  return { start: `${start.toISOString().slice(0, 16)}Z`, end: `${end.toISOString().slice(0, 16)}Z` };
}

export function windowFromUrl(w: VisibleWindow): { start: Date; end: Date } | null {
  const parse = (v: string) => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return day ? localDate(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(v);
  };
  const start = parse(w.start);
  const end = parse(w.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) return null;
  return { start, end };
}

/** Are two windows the same as far as the URL can tell? (day-rounded windows differ by under a day and a half) */
export function sameWindow(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  const span = b.end.getTime() - b.start.getTime();
  const tolerance = span >= 20 * DAY_MS ? 1.5 * DAY_MS : 60_000;
  return Math.abs(a.start.getTime() - b.start.getTime()) <= tolerance && Math.abs(a.end.getTime() - b.end.getTime()) <= tolerance;
}
