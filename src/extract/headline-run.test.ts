import { describe, expect, it } from 'vitest';
import { headlineRun } from './headline-run';

const words = (s: string) => s.split(/\s+/);

describe('headlineRun: a title-case headline run into its blurb', () => {
  it('finds the headline of "Massive Oil Spill Washes Ashore in the Gulf Millions of gallons ..."', () => {
    expect(headlineRun(words('Massive Oil Spill Washes Ashore in the Gulf Millions of gallons of oil have leaked into the Gulf.'))).toBe(10);
  });

  it('takes no title and name opening a lede for a headline', () => {
    expect(headlineRun(words('Senate Majority Leader Harry Reid said on Tuesday that the Senate would vote next week.'))).toBe(0);
    expect(headlineRun(words('BP Chief Executive Tony Hayward said on Monday the company would pay all legitimate claims.'))).toBe(0);
    expect(headlineRun(words('White House Press Secretary Robert Gibbs said the president was angry.'))).toBe(0);
  });
});
