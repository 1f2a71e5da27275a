import { describe, expect, it } from 'vitest';
import { rateMarker } from './noun-phrases';

describe('rateMarker: "a", "an" or "per" that makes a rate of the unit after an amount', () => {
  it('reads "a" of "18 dlrs a barrel", "an" and "per" of "15.8 mln barrel per day" as rate markers', () => {
    expect(rateMarker('a')).toBe(true);
    expect(rateMarker('an')).toBe(true);
    expect(rateMarker('per')).toBe(true);
  });

  it('reads no other word, nor none ("each" of "each day" is events/levels.ts\'s rate of time only)', () => {
    expect(rateMarker('each')).toBe(false);
    expect(rateMarker('the')).toBe(false);
    expect(rateMarker(undefined)).toBe(false);
  });
});
