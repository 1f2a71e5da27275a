import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

// Reuters, 25 March 1987 (Pennzoil's annual report).
const pennzoil =
  'HOUSTON, March 25 - Pennzoil Co said it had not yet received any "meaningful settlement offer" from Texaco Inc.\n\n' +
  'In its sulphur business, Pennzoil said production totaled 2.1 mln long tons last year, a decline of 18 pct from 1985.';

describe('a company that tells figures with no owner tells its own (`actors:sayer-owns-figures`)', () => {
  it('lists Pennzoil on "Production totaled 2.1 mln long tons" (it had no actor)', () => {
    const totaled = events(pennzoil, '1987-03-25').find((m) => m.title === 'Production totaled 2.1 mln long tons');
    expect(totaled?.actors).toEqual(['pennzoil-co']);
    expect(totaled?.rules).toContain('actors:sayer-owns-figures');
  }, 60_000);

  // (Audit x39 judged "Chrysler said U.S. truck sales in late March jumped 65.2 pct" with no actor wrong: "Chrysler is
  // named and is the main participant". A country's name before a company's figure only places it, and a company that
  // tells it, written with its legal form, tells its own: 33,290 barrels per day is Pennzoil's production, not the
  // country's; `actors:company-owns-placed-figures`, not `actors:sayer-owns-figures`.)
  it('gives a company the figures a place only places ("U.S. ... production ..., Pennzoil said": actors:company-owns-placed-figures)', () => {
    const us = events(
      'HOUSTON, March 25 - Pennzoil Co said it had not yet received any offer from Texaco Inc.\n\n' +
        'U.S. crude oil production fell to an average of 33,290 barrels per day last year, Pennzoil said.',
      '1987-03-25',
    ).find((m) => m.title.includes('production fell'));
    expect(us?.actors).toEqual(['pennzoil-co']);
    expect(us?.rules).not.toContain('actors:sayer-owns-figures');
    expect(us?.rules).toContain('actors:company-owns-placed-figures');
  }, 60_000);
});
