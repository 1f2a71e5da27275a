import { describe, expect, it } from 'vitest';
import { firstHolding, holdsPoint, overlapsAny, startingIn, tokenStartingAt } from './span-index';

/** Spans as a time reader finds them: short, some nested or overlapping, in no particular order. */
function spans(seed: number, n: number): Array<{ start: number; end: number }> {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  return Array.from({ length: n }, () => {
    const start = Math.floor(next() * 500);
    return { start, end: start + 1 + Math.floor(next() * (next() < 0.1 ? 200 : 12)) };
  });
}

describe('span-index: the same answers as a scan of every span', () => {
  it('answers overlap, holding, point and start-range questions as the scans do, on arrays long enough to be indexed', () => {
    for (const seed of [1, 2, 3]) {
      const all = spans(seed, 300);
      for (let s = -2; s < 520; s += 3) {
        const e = s + (s % 7);
        expect(overlapsAny(all, s, e)).toBe(all.some((x) => s < x.end && e > x.start));
        expect(firstHolding(all, s, e)).toBe(all.find((x) => s >= x.start && e <= x.end));
        expect(holdsPoint(all, s)).toBe(all.some((x) => s >= x.start && s < x.end));
        expect(startingIn(all, s, e + 20)).toEqual(all.filter((x) => x.start >= s && x.start <= e + 20));
      }
    }
  });

  it('answers a token index past the end as the scan does: no span holds it', () => {
    const all = spans(4, 100);
    const missing = new Int32Array(3)[5];
    expect(overlapsAny(all, missing, missing)).toBe(false);
    expect(firstHolding(all, missing, missing)).toBeUndefined();
  });

  it('finds the first token starting at a character as indexOf does', () => {
    const starts = Int32Array.from([0, 4, 4, 9, 15, 22]);
    for (let at = -1; at < 25; at++) expect(tokenStartingAt(starts, at)).toBe(starts.indexOf(at));
    const unordered = Int32Array.from([5, 0, 9, 5]);
    for (let at = -1; at < 12; at++) expect(tokenStartingAt(unordered, at)).toBe(unordered.indexOf(at));
  });
});
