import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('a figure the title gives with no owner (subject-cannot-be-placed:figure-without-owner)', () => {
  it('drops "Crude oil sales jumped": whose sales, the title cannot say', () => {
    const text = 'He said crude oil sales last year jumped to an average 609,000 bpd of which 73 pct was exported.';
    expect(events(text, '1987-04-13').filter((x) => x.title.includes('jumped'))).toEqual([]);
    expect(whyNot(text, '1987-04-13')).toContain('jumped:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('drops "Worldwide production by the consolidated subsidiaries declined"', () => {
    const text = 'Worldwide production by the consolidated subsidiaries declined to 341 mln barrels last year from 362 mln in 1985.';
    expect(events(text, '1987-03-20').filter((x) => x.title.includes('declined'))).toEqual([]);
    expect(whyNot(text, '1987-03-20')).toContain('declined:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('drops "Revenue passenger miles rose" with no airline named', () => {
    const text = 'Revenue passenger miles rose 17.2 pct in May from a year earlier.';
    expect(whyNot(text, '1987-06-10')).toContain('rose:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('keeps a figure whose owner the title names, and a thing whose head is no figure', () => {
    const owned = "Latin American countries' exports fell last year by about 16 pct to 80 billion dlrs, Mittendorf said.";
    expect(whyNot(owned, '1987-03-20').some((x) => x.includes('figure-without-owner'))).toBe(false);
    const platform = 'An oil and gas production platform in the Gulf of Mexico caught fire Thursday morning.';
    expect(events(platform, '2010-09-03').some((x) => x.title.includes('caught fire'))).toBe(true);
    const opec = 'OPEC crude oil output in the first few days of March was running at about 14.7 mln bpd, a Reuter survey shows.';
    expect(whyNot(opec, '1987-03-05').some((x) => x.includes('figure-without-owner'))).toBe(false);
  }, 60_000);
});
