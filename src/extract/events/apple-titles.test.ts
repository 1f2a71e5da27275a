import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('titles on news of another story (apple25)', () => {
  it('never ends a title on half a name whose hyphen a page spaced: "passed Wal - Mart"', () => {
    const m = events(
      "Five years after its launch, Apple Computer's iTunes downloadable music service in February passed Wal - Mart to become the No. 1 music seller in the United States, according to figures released April 3 by NPD Group, a market research firm.",
      '2008-04-09',
    );
    // (Whole, "passed Wal - Mart to become the No. 1 music seller" is too long a title: none rather than a broken one.)
    expect(m.filter((x) => /\bWal$/.test(x.title))).toEqual([]);
  });

  it('keeps a headline\'s name whole: "Apple\'s iTunes replaces Wal - Mart" (title:spaced-name-hyphen)', () => {
    const m = events("Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller", '2008-04-09')[0];
    expect(m.title).toBe("Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller");
    expect(m.rules).toContain('title:spaced-name-hyphen');
  });
});
