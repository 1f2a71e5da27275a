import { describe, expect, it } from 'vitest';
import { detailLabel, detailLimit, detailStops, isLargeCollection, KEY_EVENTS, stopOf } from './detail';

describe('the Detail control', () => {
  it('is for collections of more than 40 events: the seeds (9) are shown whole', () => {
    expect(isLargeCollection(9)).toBe(false);
    expect(isLargeCollection(40)).toBe(false);
    expect(isLargeCollection(41)).toBe(true);
  });

  it('runs from the key events to all events, doubling between', () => {
    expect(detailStops(573)).toEqual(['key', 60, 120, 240, 480, 'all']);
    expect(detailStops(88)).toEqual(['key', 60, 'all']);
    expect(detailStops(50)).toEqual(['key', 'all']);
    expect(detailStops(573).map(detailLabel)).toEqual(['Key events', 'Top 60', 'Top 120', 'Top 240', 'Top 480', 'All events']);
  });

  it('shows about 30 key events, enough to fill a laptop’s timeline with readable labels', () => {
    expect(KEY_EVENTS).toBeGreaterThanOrEqual(20);
    expect(KEY_EVENTS).toBeLessThanOrEqual(40);
    expect(detailLimit('key')).toBe(KEY_EVENTS);
    expect(detailLimit(120)).toBe(120);
    expect(detailLimit('all')).toBeNull();
  });

  it('puts a hand-written level on the stop below it', () => {
    const stops = detailStops(573);
    expect(stopOf(120, stops)).toBe(2);
    expect(stopOf(45, stops)).toBe(0);
    expect(stopOf(5000, stops)).toBe(4);
    expect(stopOf('all', stops)).toBe(5);
  });
});
