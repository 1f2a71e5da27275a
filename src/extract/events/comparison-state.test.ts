import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('"compared with" with no object sets figures side by side (`state:comparison`)', () => {
  it('makes no event of "The 463,354 tonnes output last year compared with a peak 1975 output"', () => {
    const text = 'The 463,354 tonnes output last year compared with a peak 1975 output of 700,000 tonnes.';
    expect(events(text, '1987-03-17')).toEqual([]);
    expect(whyNot(text, '1987-03-17')).toContain('compared:state:comparison');
  }, 60_000);

  it('keeps "compare" with its object', () => {
    const text = 'On Tuesday the senator compared the spill with the Exxon Valdez disaster of 1989.';
    expect(whyNot(text, '2010-05-04')).not.toContain('compared:state:comparison');
  }, 60_000);
});

describe('a clause opened by "than" is the standard a figure is measured against (`state:comparison-standard`)', () => {
  it('makes no event of "lower than the 13.06 billion guilders posted in the comparable 1986 period"', () => {
    const text = 'Philips expects first quarter 1987 turnover to be lower than the 13.06 billion guilders posted in the comparable 1986 period.';
    expect(events(text, '1987-04-10')).toEqual([]);
    expect(whyNot(text, '1987-04-10')).toContain('posted:state:comparison-standard');
  }, 60_000);
});
