import { describe, expect, it } from 'vitest';
import { windowOver } from './itemStrategy';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('windowOver', () => {
  // the BBC spill coverage's first window at 1280×720, and its event dated "April 2010"
  const story = { start: day('2010-04-11'), end: day('2010-10-31') };
  const april = { start: day('2010-04-01'), end: day('2010-05-01') };

  it('leaves the window where it is when the span is in it', () => {
    expect(windowOver({ start: day('2010-06-01'), end: day('2010-06-01') }, story)).toBeNull();
  });

  it('brings a span cut by the left edge in by the least move, keeping the zoom', () => {
    const w = windowOver(april, story)!;
    expect(w.end - w.start).toBe(story.end - story.start);
    expect(w.start).toBeLessThan(april.start);
    // ten days in, not three months back to centre it
    expect(story.start - w.start).toBeLessThan(25 * DAY);
  });

  it('brings a date just past the right edge in with room for its label', () => {
    const w = windowOver({ start: day('2010-11-05'), end: day('2010-11-05') }, story)!;
    const width = story.end - story.start;
    expect(w.end - w.start).toBe(width);
    expect(day('2010-11-05')).toBeLessThan(w.end - width * 0.25);
    expect(w.start - story.start).toBeLessThan(width / 2);
  });

  it('centres a span far from the window, and shows whole a span longer than it', () => {
    const far = { start: day('2015-03-01'), end: day('2015-03-01') };
    const w = windowOver(far, story)!;
    expect((w.start + w.end) / 2).toBe(far.start);
    const long = { start: day('2009-01-01'), end: day('2011-01-01') };
    const whole = windowOver(long, story)!;
    expect(whole.start).toBeLessThan(long.start);
    expect(whole.end).toBeGreaterThan(long.end);
  });
});
