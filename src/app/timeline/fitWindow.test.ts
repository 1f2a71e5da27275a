import { describe, expect, it } from 'vitest';
import { fitWindow, type LabelledSpan } from './fitWindow';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const opts = { width: 1000, padLeft: 20, padRight: 20, minSpan: 30 * DAY };
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
    const w = fitWindow(seeds, opts)!;
    for (const s of seeds) {
      expect(x(s.start, w)).toBeGreaterThanOrEqual(opts.padLeft - 0.5);
      expect(x(s.start, w) + s.label).toBeLessThanOrEqual(opts.width - opts.padRight + 0.5);
      expect(x(s.end, w)).toBeLessThanOrEqual(opts.width - opts.padRight + 0.5);
    }
  });

  it('uses the width: the item that limits the span reaches the right margin', () => {
    const w = fitWindow(seeds, opts)!;
    const reach = Math.max(...seeds.map((s) => x(s.start, w) + s.label));
    expect(reach).toBeCloseTo(opts.width - opts.padRight, 0);
    expect(x(seeds[0].start, w)).toBeCloseTo(opts.padLeft, 0);
  });

  it('centres a single event with its label, at the narrowest zoom', () => {
    const one = [{ start: Date.UTC(2024, 10, 29), end: Date.UTC(2024, 10, 29), label: 200 }];
    const w = fitWindow(one, opts)!;
    expect(w.end - w.start).toBe(opts.minSpan);
    const left = x(one[0].start, w);
    const right = opts.width - (left + 200);
    expect(Math.abs(left - right)).toBeLessThan(1);
  });

  it('a label wider than the timeline claims at most its share, so the window stays finite', () => {
    const w = fitWindow(
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
    const w = fitWindow([{ start: 0, end: 10 * YEAR, label: 100 }], opts)!;
    expect(x(10 * YEAR, w)).toBeCloseTo(opts.width - opts.padRight, 0);
  });

  it('nothing to fit gives no window', () => {
    expect(fitWindow([], opts)).toBeNull();
  });
});
