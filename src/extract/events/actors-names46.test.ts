import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('the company that tells a happening with no participant of its own (audit unseen44)', () => {
  it('lists Chevron for the jacket it says was launched (actors:company-tells-own-happening)', () => {
    const text =
      'NEW YORK, April 7 - Chevron Corp said its Chevron USA Inc unit set a platform in the Santa Barbara Channel. Chevron said a 25-mln dlr, eight leg platform jacket was launched from a barge Sunday and secured in position in 739 feet of water.';
    const m = events(text, '1987-04-07').find((x) => x.title.includes('launched'));
    expect(m?.actors).toEqual(['chevron-corp']);
    expect(m?.rules).toContain('actors:company-tells-own-happening');
  }, 60_000);

  it('lists no one a person says did it (a person is no company that tells its own happening)', () => {
    const text = 'John Smith said a new plant was opened in Houston on Monday.';
    const m = events(text, '1987-04-07').find((x) => x.title.includes('opened'));
    expect(m?.rules ?? []).not.toContain('actors:company-tells-own-happening');
  }, 60_000);

  it('lists no company a person of it tells for, nor inside a clause of the report', () => {
    const text =
      'BAGHDAD, April 7 - Iraq said its troops repelled an Iranian attack. The INA correspondent said Iraqi troops had surrounded the Iranians after the overnight attack was launched.';
    const m = events(text, '1987-04-07').find((x) => x.title.includes('launched'));
    expect(m?.rules ?? []).not.toContain('actors:company-tells-own-happening');
  }, 60_000);
});
