import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/caption-date: a place and a bare date ending the sentence make a caption', () => {
  it('"..., in Camden, London, 27 July 2010." is a photo caption (`photo-caption:place-and-date`)', () => {
    const text = 'A BP petrol station closed due to a Greenpeace protest, in Camden, London, 27 July 2010.';
    expect(whyNot(text, '2010-07-28')).toContain('closed:photo-caption:place-and-date');
  }, 60_000);

  it('keeps a date after a weekday: "on Friday, March 24, 1989"', () => {
    const text = "Dennis Kelso's boat nudged up against the side of the Exxon Valdez on Friday, March 24, 1989.";
    expect(events(text, '2010-05-01').some((m) => m.title.includes('nudged'))).toBe(true);
  }, 60_000);
});
