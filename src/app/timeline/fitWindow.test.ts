import { describe, expect, it } from 'vitest';
import { utcMs } from '../../schema/calendarDate';
import { fitLabels, fitWindow, LABEL_INSIDE_BOX_PX, type LabelledSpan, trimTail, USUAL_ZOOM_MAX_MS, WIDEST_VIEW_MS, wrappedClaim } from './fitWindow';

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

const DAY_MS = 86_400_000;
const YEAR = 365.25 * DAY_MS;
const opts = { width: 1000, padLeft: 20, padRight: 20, minSpan: 30 * DAY_MS };
const x = (t: number, w: { start: number; end: number }) => ((t - w.start) / (w.end - w.start)) * opts.width;

describe('fitting the window to the events and their labels', () => {
  // the seeds: 2018 (a year), then months of 2023–2024, then 29 and 30 Nov 2024 with long labels
  const seeds: LabelledSpan[] = [
    { start: Date.UTC(2018, 0, 1), end: Date.UTC(2019, 0, 1), label: 290 },
    { start: Date.UTC(2023, 8, 1), end: Date.UTC(2023, 9, 1), label: 250 },
    { start: Date.UTC(2024, 10, 29), end: Date.UTC(2024, 10, 29), label: 280 },
    { start: Date.UTC(2024, 10, 30), end: Date.UTC(2024, 10, 30), label: 360 },
  ];

  it("ends every label of the seeds inside the timeline, the newest one's too", () => {
    const w = fitLabels(seeds, opts)!;
    for (const s of seeds) {
      expect(x(s.start, w)).toBeGreaterThanOrEqual(opts.padLeft - 0.5);
      expect(x(s.start, w) + s.label).toBeLessThanOrEqual(opts.width - opts.padRight + 0.5);
      expect(x(s.end, w)).toBeLessThanOrEqual(opts.width - opts.padRight + 0.5);
    }
  });

  it('counts the label of a box too narrow to hold it from the box’s end, where timeline.css draws it', () => {
    // the seeds' newest year box, 2024: "≈ Andrei Belousov was appointed as defense minister" ran past the right edge
    const spans: LabelledSpan[] = [
      { start: Date.UTC(2018, 0, 1), end: Date.UTC(2019, 0, 1), label: 200 },
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), label: 380 },
    ];
    const w = fitLabels(spans, opts)!;
    const last = spans[1];
    expect(x(last.end, w) - x(last.start, w)).toBeLessThan(LABEL_INSIDE_BOX_PX);
    expect(x(last.end, w) + last.label).toBeLessThanOrEqual(opts.width - opts.padRight + 0.5);
    expect(x(last.end, w) + last.label).toBeCloseTo(opts.width - opts.padRight, 0);
  });

  it('uses the width: the item that limits the span reaches the right margin', () => {
    const w = fitLabels(seeds, opts)!;
    const reach = Math.max(...seeds.map((s) => x(s.start, w) + s.label));
    expect(reach).toBeCloseTo(opts.width - opts.padRight, 0);
    expect(x(seeds[0].start, w)).toBeCloseTo(opts.padLeft, 0);
  });

  it('centres a single event with its label, at the narrowest zoom', () => {
    const one = [{ start: Date.UTC(2024, 10, 29), end: Date.UTC(2024, 10, 29), label: 200 }];
    const w = fitLabels(one, opts)!;
    expect(w.end - w.start).toBe(opts.minSpan);
    const left = x(one[0].start, w);
    const right = opts.width - (left + 200);
    expect(Math.abs(left - right)).toBeLessThan(1);
  });

  it('a label wider than the timeline claims at most its share, so the window stays finite', () => {
    const w = fitLabels(
      [
        { start: 0, end: 0, label: 0 },
        { start: 10 * YEAR, end: 10 * YEAR, label: 5000 },
      ],
      opts,
    )!;
    expect(Number.isFinite(w.end - w.start)).toBe(true);
    expect(x(10 * YEAR, w)).toBeLessThan(opts.width * 0.5);
  });

  it('a long range fits by its end, not by its label', () => {
    const w = fitLabels([{ start: 0, end: 10 * YEAR, label: 100 }], opts)!;
    expect(x(10 * YEAR, w)).toBeCloseTo(opts.width - opts.padRight, 0);
  });

  it('nothing to fit gives no window', () => {
    expect(fitLabels([], opts)).toBeNull();
  });
});

describe("a story's period fitted with its last labels wrapped at the right edge", () => {
  const D = (m: number, d: number) => Date.UTC(2010, m, d);
  // the BBC spill coverage's busy weeks, April to June 2010, and its last key event with a 340 px label
  const story: LabelledSpan[] = [
    { start: D(3, 20), end: D(3, 20), label: 271 },
    { start: D(4, 16), end: D(4, 16), label: 371 },
    { start: D(5, 17), end: D(5, 17), label: 340 },
  ];
  const width = 939;
  const o = { width, padLeft: 24, padRight: 24, minSpan: 30 * DAY_MS };

  it('a label claims about half its width, never less than a wrapped box, never more than itself', () => {
    expect(wrappedClaim(340)).toBe(194);
    expect(wrappedClaim(200)).toBe(LABEL_INSIDE_BOX_PX);
    expect(wrappedClaim(120)).toBe(120);
  });

  it("on a phone a day's label claims its wrapped room only, not a box's 180 px: the window ends nearer the story's end", () => {
    // the BBC spill coverage on a 390 px phone: labels 16em wide at most, the last key event on 19 September
    const phone = { width: 360, padLeft: 24, padRight: 24, minSpan: 30 * DAY_MS };
    const spans: LabelledSpan[] = [
      { start: D(3, 20), end: D(3, 20), label: 160 },
      { start: D(8, 19), end: D(8, 19), label: 200 },
    ];
    const w = fitLabels(spans, { ...phone, wrapLabels: true })!;
    const boxFloor = 360 / (360 - 48 - LABEL_INSIDE_BOX_PX);
    // at the box's 180 px the span was about 2.7 times the story's five months: on to April 2011
    expect(w.end - w.start).toBeLessThan((D(8, 19) - D(3, 20)) * boxFloor * 0.8);
    expect(w.end).toBeLessThan(Date.UTC(2011, 1, 1));
    // the last label still has its wrapped room before the right margin
    const px = ((D(8, 19) - w.start) / (w.end - w.start)) * 360;
    expect(px + wrappedClaim(200, 0)).toBeLessThanOrEqual(360 - 24 + 0.5);
    // a range keeps the box's floor (its label may be drawn inside it)
    expect(wrappedClaim(200, 0)).toBe(124);
  });

  it('gives the busy weeks more of the width than one-line labels do', () => {
    const line = fitLabels(story, o)!;
    const wrapped = fitLabels(story, { ...o, wrapLabels: true })!;
    expect(wrapped.end - wrapped.start).toBeLessThan((line.end - line.start) * 0.85);
    const last = story[2];
    expect(((last.start - wrapped.start) / (wrapped.end - wrapped.start)) * width + wrappedClaim(last.label)).toBeLessThanOrEqual(width - o.padRight + 0.5);
  });

  it('leaves a later event with no room to be read in the last stretch out of the window, the story kept whole', () => {
    const w = fitLabels(story, { ...o, wrapLabels: true })!;
    const perPx = (w.end - w.start) / width;
    // "The Macondo well was capped", 10 px before the window's end
    const stub = { start: w.end - 10 * perPx, end: w.end - 10 * perPx, label: 200 };
    const t = trimTail(w, story, [stub], width);
    expect(t.end).toBeLessThan(stub.start);
    const px = (ms: number) => ((ms - t.start) / (t.end - t.start)) * width;
    for (const s of story) {
      expect(px(s.start)).toBeGreaterThan(0);
      expect(px(s.start) + Math.ceil(s.label / 2)).toBeLessThanOrEqual(width);
    }
  });

  it('keeps the window when a later event has the room to be read, or when leaving it out would cut the story', () => {
    const w = fitLabels(story, { ...o, wrapLabels: true })!;
    const perPx = (w.end - w.start) / width;
    const roomy = { start: w.end - 300 * perPx, end: w.end - 300 * perPx, label: 200 };
    expect(trimTail(w, story, [roomy], width)).toBe(w);
    // an event a day after the last story event: the window cannot end before it and still hold that label
    const close = { start: story[2].start + DAY_MS, end: story[2].start + DAY_MS, label: 900 };
    const tight = { start: w.start, end: story[2].start + 2 * DAY_MS };
    expect(trimTail(tight, story, [close], width)).toBe(tight);
  });
});
