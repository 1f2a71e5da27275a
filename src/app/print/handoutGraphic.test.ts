import { describe, expect, it } from 'vitest';
import { DOT_RADIUS, layoutGraphic } from './handoutGraphic';

const day = (y: number, m: number, d: number) => ({ start: Date.UTC(y, m - 1, d), end: Date.UTC(y, m - 1, d) });
const month = (y: number, m: number) => ({ start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) });
const year = (y: number) => ({ start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) });

describe("the handout's timeline graphic", () => {
  // the seeds: 2018, 2023, Sept 2023, 2024, June 2024, Oct 2024, Nov 2024, 29 and 30 Nov 2024
  const seeds = [year(2018), year(2023), month(2023, 9), year(2024), month(2024, 6), month(2024, 10), month(2024, 11), day(2024, 11, 29), day(2024, 11, 30)];

  it('keeps every marker on the axis, in date order from left to right', () => {
    const { markers } = layoutGraphic(seeds, 680);
    for (const m of markers) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x + m.width).toBeLessThanOrEqual(680);
    }
    for (let i = 1; i < markers.length; i++) expect(markers[i].x).toBeGreaterThanOrEqual(markers[i - 1].x);
  });

  it('never lets two numbered markers touch in one row: 29 and 30 Nov 2024 go one above the other', () => {
    const { markers, rows } = layoutGraphic(seeds, 680, 22);
    expect(rows).toBeGreaterThan(1);
    for (let i = 0; i < markers.length; i++)
      for (let j = i + 1; j < markers.length; j++) {
        if (markers[i].row !== markers[j].row) continue;
        const [a, b] = markers[i].x <= markers[j].x ? [markers[i], markers[j]] : [markers[j], markers[i]];
        expect(b.x).toBeGreaterThanOrEqual(a.x + Math.max(a.width, 22));
      }
    expect(markers[7].row).not.toBe(markers[8].row);
  });

  it('puts the number of a bar narrower than a number after the bar, and keeps the room for it in its row', () => {
    // a week among the days of a year: "18" ran past the end of its bar of a few px
    const week = { start: Date.UTC(2010, 5, 7), end: Date.UTC(2010, 5, 14) };
    const spans = [day(2010, 1, 20), week, day(2010, 6, 15), day(2010, 12, 19)];
    const { markers } = layoutGraphic(spans, 680, 20);
    const bar = markers[1];
    expect(bar.width).toBeGreaterThan(0);
    expect(bar.width).toBeLessThan(20);
    expect(bar.numberAt).toBeGreaterThanOrEqual(bar.x + bar.width);
    const next = markers[2];
    if (next.row === bar.row) expect(next.x).toBeGreaterThanOrEqual(bar.x + bar.width + 20);
    // a bar that holds its number keeps it inside
    const wide = layoutGraphic([year(2018), day(2019, 6, 1)], 680, 20).markers[0];
    expect(wide.numberAt).toBeLessThan(wide.x + wide.width);
  });

  it('keeps a number clear of the next dot in its row: the dot reaches left of its date', () => {
    // key events a few days apart (the BBC spill coverage's June 2010): "11" ran into the dot of 15
    const june = [1, 4, 7, 9, 12, 15, 18].map((d) => day(2010, 6, d));
    const { markers } = layoutGraphic([day(2010, 4, 20), ...june, day(2010, 9, 19)], 680, 20);
    for (let i = 0; i < markers.length; i++)
      for (let j = i + 1; j < markers.length; j++) {
        if (markers[i].row !== markers[j].row) continue;
        // the number is drawn from numberAt (6 px past a point's date), not from the date
        expect(markers[j].x - DOT_RADIUS).toBeGreaterThanOrEqual(markers[i].numberAt + 20 + 2);
      }
  });

  it('draws months and years as spans, days as points', () => {
    const { markers } = layoutGraphic(seeds, 680);
    expect(markers[0].width).toBeGreaterThan(markers[2].width);
    expect(markers[2].width).toBeGreaterThan(0);
    expect(markers[7].width).toBe(0);
  });

  it('labels years across a span of years, and months across a few months', () => {
    expect(layoutGraphic(seeds, 680).ticks.map((t) => t.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    const autumn = layoutGraphic([day(2024, 9, 3), day(2024, 11, 29)], 680).ticks.map((t) => t.label);
    expect(autumn[0]).toBe('Sep 2024');
    expect(autumn).toContain('Nov');
  });
});
