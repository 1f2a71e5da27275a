import { describe, expect, it } from 'vitest';
import { detailLabel, detailLimit, detailStops, isLargeCollection, KEY_EVENTS, keyEventsFor, stopOf } from './detail';

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

  it('opens a screen on as many key events as its timeline draws whole: a phone held upright on ten, a projector on 16, a full-HD screen on all 30', () => {
    // 390×844: a timeline of 341 px drew 11 of the BBC spill coverage's 30 key events and hid 19 above it
    expect(keyEventsFor(390, 844)).toBe(10);
    expect(keyEventsFor(360, 640)).toBe(6);
    expect(keyEventsFor(430, 932)).toBe(12);
    // 1280×720: a stack of 334 px hid 11 of the BBC spill coverage's 30 key events above the timeline's top
    expect(keyEventsFor(1280, 720)).toBe(16);
    expect(keyEventsFor(1280, 800)).toBe(19);
    expect(keyEventsFor(1920, 1080)).toBe(KEY_EVENTS);
    expect(keyEventsFor(768, 1024)).toBe(27);
    // a screen too short for any: a few key events still, the stack's cue counting the rest
    expect(keyEventsFor(320, 400)).toBe(5);
    expect(detailLimit('key', keyEventsFor(390, 844))).toBe(10);
  });

  it('steps on from a phone’s key events to the 30 a laptop opens on, then doubling', () => {
    expect(detailStops(185, 10)).toEqual(['key', 30, 60, 120, 'all']);
    expect(detailStops(185, 10).map((d) => detailLabel(d))).toEqual(['Key events', 'Top 30', 'Top 60', 'Top 120', 'All events']);
    // a collection of 25 story events past the 40: no step of 30 that would show them all
    expect(detailStops(45, 10)).toEqual(['key', 30, 'all']);
    expect(detailStops(30, 10)).toEqual(['key', 'all']);
    expect(stopOf(20, detailStops(185, 10), 10)).toBe(0);
    expect(stopOf(45, detailStops(185, 10), 10)).toBe(1);
  });
});
