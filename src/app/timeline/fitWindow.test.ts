import { describe, expect, it } from 'vitest';
import { utcMs } from '../../schema/calendarDate';
import { fitWindow, USUAL_ZOOM_MAX_MS, WIDEST_VIEW_MS } from './fitWindow';

const day = (y: number, m = 0, d = 1) => utcMs(y, m, d);
const fitOf = (dates: number[]) => fitWindow(dates, dates)!;
const inside = (w: { start: number; end: number }, t: number) => t >= w.start && t <= w.end;

describe('Fit all', () => {
  it('shows every event of a collection from 2018 to 2024, with room for the last labels', () => {
    const dates = [day(2018), day(2023, 8, 13), day(2024, 10, 29)];
    const w = fitOf(dates);
    expect(dates.every((t) => inside(w, t))).toBe(true);
    expect(w.zoomMax).toBe(USUAL_ZOOM_MAX_MS);
    expect(w.outside).toBe(0);
  });

  it('shows both an event of 2024 and one dated 9999, allowing the zoom out that takes', () => {
    const dates = [day(2024, 5, 19), day(2024, 10, 29), day(9999, 5, 1)];
    const w = fitOf(dates);
    expect(dates.every((t) => inside(w, t))).toBe(true);
    expect(w.end - w.start).toBeLessThanOrEqual(w.zoomMax);
    expect(w.zoomMax).toBeLessThanOrEqual(WIDEST_VIEW_MS);
  });

  it('never asks for more than vis-timeline draws (10,000 years of 365 days): from 500 to 9999 the padding gives way', () => {
    const dates = [day(500), day(9999, 11, 31)];
    const w = fitOf(dates);
    expect(dates.every((t) => inside(w, t))).toBe(true);
    expect(w.end - w.start).toBeLessThanOrEqual(WIDEST_VIEW_MS);
    expect(w.outside).toBe(0);
  });

  it('from the year 0 to 9999, more than it draws, shows the years holding most events and counts the one left out', () => {
    const dates = [day(0), day(2018), day(2024, 10, 29), day(9999, 11, 31)];
    const w = fitOf(dates);
    expect(w.end - w.start).toBe(WIDEST_VIEW_MS);
    expect(w.outside).toBe(1);
    expect(dates.slice(1, 3).every((t) => inside(w, t))).toBe(true);
  });

  it('shows the stretch holding most events when they span more than that, and counts the rest', () => {
    const dates = [day(0), day(9000), day(9998), day(9999, 11, 30), day(9999, 11, 31)];
    const w = fitOf(dates);
    expect(w.end - w.start).toBe(WIDEST_VIEW_MS);
    expect(w.outside).toBe(1);
    expect(dates.slice(1).every((t) => inside(w, t))).toBe(true);
  });

  it('has nothing to fit when no event is shown', () => {
    expect(fitWindow([], [])).toBeNull();
  });
});
