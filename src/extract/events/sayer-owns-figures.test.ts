import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

// Reuters, 25 March 1987 (Pennzoil's annual report).
const pennzoil =
  'HOUSTON, March 25 - Pennzoil Co said it had not yet received any "meaningful settlement offer" from Texaco Inc.\n\n' +
  'In its sulphur business, Pennzoil said production totaled 2.1 mln long tons last year, a decline of 18 pct from 1985.';

describe('a company that tells figures with no owner tells its own (`actors:sayer-owns-figures`)', () => {
  it('lists Pennzoil on "Production totaled 2.1 mln long tons" (it had no actor)', () => {
    // (The title writes the owner: "Pennzoil Co’s production totaled 2.1 mln long tons", title:owner-of-figure.)
    const totaled = events(pennzoil, '1987-03-25').find((m) => m.title.endsWith('production totaled 2.1 mln long tons'));
    expect(totaled?.actors).toEqual(['pennzoil-co']);
    expect(totaled?.rules).toContain('actors:sayer-owns-figures');
  }, 60_000);

  it('gives a company the figures of its country it tells ("U.S. ... production ..., Pennzoil said"), not a public body', () => {
    // (33,290 barrels a day is Pennzoil's U.S. production, not the country's: a company telling a country's figure
    // tells its own there; events/ownerless-figure.ts `ownerOfFigures` with `company`.)
    const us = events(
      'HOUSTON, March 25 - Pennzoil Co said it had not yet received any offer from Texaco Inc.\n\n' +
        'U.S. crude oil production fell to an average of 33,290 barrels per day last year, Pennzoil said.',
      '1987-03-25',
    ).find((m) => m.title.includes('production fell'));
    expect(us?.actors).toEqual(['pennzoil-co']);
    expect(us?.rules).toContain('actors:sayer-owns-figures');
    expect(us?.title).toBe('Pennzoil Co’s U.S. crude oil production fell to an average of 33,290 barrels per day');
  }, 60_000);
});
