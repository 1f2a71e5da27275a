import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { findTimeExpressions } from '../time';

describe("a dateline's date ends before the ordinal that opens a name (`ordinalNameAfterDash`)", () => {
  // Reuters, 8 April 1987.
  const randol =
    'NEW YORK, April 8 - First Boston Corp analyst William Randol recommended the purchase of Texaco Inc today, saying the discount has been overdone.';

  it('reads "April 8", not the range "April 8 - First"', () => {
    const [x] = findTimeExpressions(randol, '1987-04-08');
    expect(x).toMatchObject({ text: 'April 8', value: '1987-04-08', precision: 'day' });
    expect(x.rules).toContain('ordinalNameAfterDash');
  });

  it('keeps "First" in the title ("Boston Corp analyst William Randol recommended ..." garbled the firm)', () => {
    const titles = events(randol, '1987-04-08').map((m) => m.title);
    expect(titles).toContain('First Boston Corp analyst William Randol recommended the purchase of Texaco Inc');
  }, 60_000);

  it('leaves a range of days in digits alone ("May 8 - 12")', () => {
    const xs = findTimeExpressions('The offer runs from May 8 - 12 at the store.', '1987-04-08');
    expect(xs.every((x) => !x.rules.includes('ordinalNameAfterDash'))).toBe(true);
  });
});
