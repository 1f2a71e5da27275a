import { describe, expect, it } from 'vitest';
import { labDocument } from './lab-document.harness';
import { perfectF1, publicationSpan, reachOf } from './reach';

describe('what bounds a perfect ranking (reach.ts)', () => {
  // bpoil_reuters: articles from 22 April 2010 to 26 January 2011; the journalists list days up to 15 November 2012
  const reuters = {
    eventDays: new Set(['2010-04-20', '2010-09-19', '2010-12-15']),
    fillerDays: new Set(['2010-10-12']),
    firstPublished: '2010-04-22',
    lastPublished: '2011-01-26',
  };

  it('puts a gold day in the first class that holds it', () => {
    // "BP finished a pressure test" (19 September 2010): a day-dated event
    expect(reachOf('2010-09-19', reuters)).toBe('event');
    // 12 October 2010, the drilling moratorium lifted: one article refers to the day, no event tells it
    expect(reachOf('2010-10-12', reuters)).toBe('referred');
    // 2 March 2012: after every article of the collection
    expect(reachOf('2012-03-02', reuters)).toBe('after-last-article');
    // 12 January 2011: within the articles' period, and no sentence names it
    expect(reachOf('2011-01-12', reuters)).toBe('no-reference');
    expect(reachOf('2010-03-01', reuters)).toBe('before-first-article');
  });

  it("scores a perfect ranking as score-tls does: as many dates as the gold's entries, its distinct days recalled", () => {
    // bpoil_reuters: 16 asked, 16 gold days, 85 event days of which 12 gold
    expect(perfectF1(16, Array(16).fill('d'), 85, 12)).toBeCloseTo(0.75, 3);
    // H1N1_bbc: 9 entries for 7 distinct days, 8 candidate days holding all 7
    expect(perfectF1(9, Array(7).fill('d'), 8, 7)).toBeCloseTo(14 / 15, 3);
    expect(perfectF1(5, ['a'], 0, 0)).toBe(0);
  });

  it("reads the collection's first and last publication days", () => {
    const docs = [labDocument('b', 'BP said.', '2010-05-02'), labDocument('a', 'BP said.', '2010-04-22'), labDocument('c', 'BP said.', '2011-01-26')];
    expect(publicationSpan(docs)).toEqual({ first: '2010-04-22', last: '2011-01-26' });
  });
});
