import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { events, whyNot } from './events.harness';

// Participants a wire story names and a record did not list (Reuters wire copy of 1987; the judges: "empty although
// Phillips, the subject, is named", "Federal Express Corp, the main participant, is named but not listed").

describe('a company named with no legal form, its name ending in its trade (short-form-before-trade-head)', () => {
  const text =
    'New York, March 12 - Phillips Petroleum said it raised the contract price it will for all grades of crude oil 50 cts a barrel, effective today.\n\nPhillips last changed its crude oil postings on March 4.';

  it('reads "Phillips" after "Phillips Petroleum said" as the company, no tentative surname', () => {
    const m = findActorMentions(text).filter((x) => x.surface === 'Phillips');
    expect(m).toHaveLength(1);
    expect(m[0].kind).toBe('organization');
    expect(m[0].key).toBe('org:phillips petroleum');
    expect(m[0].rules).toEqual(['short-form-of-company-name', 'short-form-before-trade-head']);
  });

  it('lists Phillips Petroleum on "Phillips last changed its crude oil postings"', () => {
    const found = events(text, '1987-03-12').find((x) => x.title.startsWith('Phillips last changed'));
    expect(found?.actors).toEqual(['phillips-petroleum']);
  }, 60_000);

  it('leaves a head word that a public body also ends with: no short form "Chase" of "Chase Bank"', () => {
    const m = findActorMentions('Chase Bank said it raised its prime rate. Chase said the move was expected.').filter((x) => x.surface === 'Chase');
    expect(m.some((x) => x.rules.includes('short-form-before-trade-head'))).toBe(false);
  });
});

describe('volume as a figure that says nothing without its owner (OWNED_FIGURE_NOUNS)', () => {
  const text =
    'MEMPHIS, Oct 19 - Federal Express Corp said that the average daily volume of packages and documents for September increased 26 pct over the same month in 1986.\n\nThe total volume of packages in September increased to 17,687,000 from 14,077,000.';

  it('gives the volume to the company that tells it (actors:sayer-owns-thing)', () => {
    const found = events(text, '1987-10-19').find((x) => x.title.includes('average daily volume'));
    expect(found?.title).toBe('Federal Express Corp’s average daily volume of packages and documents increased 26 pct');
    expect(found?.actors).toEqual(['federal-express-corp']);
    expect(found?.rules).toContain('actors:sayer-owns-thing');
  }, 60_000);

  it('makes no event of a volume the sentence names no owner of ("whose volume?")', () => {
    expect(events(text, '1987-10-19').some((x) => x.title.startsWith('The total volume'))).toBe(false);
    expect(whyNot(text, '1987-10-19')).toContain('increased:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);
});

describe('where a trip goes, written after "for" (actors:destination-after-for)', () => {
  it('lists no United Kingdom on "Okongwu left Paris today for London": London is where he went', () => {
    const text =
      'LAGOS, March 20 - Nigerian Finance Minister Chu Okongwu held talks in Paris on Thursday. Okongwu left Paris today for London and is due back in Nigeria on Monday, diplomatic sources said.';
    const found = events(text, '1987-03-20').find((x) => x.title.includes('left Paris'));
    expect(found?.actors).toEqual(['chu-okongwu']);
    expect(found?.rules).toContain('actors:destination-after-for');
  }, 60_000);
});

describe('the Paris Club, no France (KNOWN_ORGANIZATIONS)', () => {
  it('lists Nigeria and the Paris Club on the accord, not France', () => {
    const text =
      'LAGOS, March 20 - The agreement came after a similar agreement with Britain this week and follows an accord between Nigeria and the Paris Club of western creditor governments in December to reschedule some 7.5 billion dlrs of official debt.';
    const m = findActorMentions(text);
    expect(m.find((x) => x.surface === 'Paris Club')?.kind).toBe('organization');
    expect(m.some((x) => x.surface === 'Paris')).toBe(false);
    const found = events(text, '1987-03-20').find((x) => x.title.includes('Paris Club'));
    expect(found?.actors).toEqual(['nigeria', 'paris-club']);
  }, 60_000);
});
