/**
 * Dates of business wire copy that are not the happening's (date39): the new deadline a thing was put off to
 * (`date:new-deadline`), a company's fiscal year (time `fiscalYear`), the month or year of the results or operations a
 * figure covers (`date:period-of-results`). Sentences of the Reuters 1987 dev sets (gencorp, opec, cyclops, dome) and of
 * the judged failures.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { explainTimeExpressions, findTimeExpressions } from '../time';

const datedTitles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

describe('the date a thing was put off to is its new deadline (date:new-deadline)', () => {
  it('"its board extended to April 13 the date the rights ... will trade separately" (GenCorp, 9 April 1987)', () => {
    const text =
      "AKRON, Ohio, April 9 - GenCorp Inc said its board extended to April 13 the date the rights issued under the company's shareholder rights plan will trade separately from the common stock.";
    expect(datedTitles(text, '1987-04-09').some((t) => t.endsWith('@ 1987-04-13'))).toBe(false);
  });

  it('"meeting formerly postponed to April had been put off indefinitely" is not dated April (OPEC, March 1987)', () => {
    const text = 'He said the OPEC price differentials committee meeting formerly postponed to April had been put off indefinitely.';
    expect(datedTitles(text, '1987-03-25').some((t) => t.includes('@ 1987-04'))).toBe(false);
  });

  it('"extended the offer to Monday": Monday is the new expiry, not the day of the extension', () => {
    const text = 'Cyacq Corp said it extended its 80 dlr a share tender offer for Cyclops Corp to Monday.';
    expect(datedTitles(text, '1987-03-06')).toEqual([]);
    expect(whyNot(text, '1987-03-06')).toContain('extended:date:new-deadline');
  });

  it('keeps the day the sentence gives the extension itself: "Dixons on Friday extended ... until midnight (EST) March 24"', () => {
    const text = 'Dixons on Friday extended the expiration time of its tender offer until midnight (EST) March 24.';
    expect(datedTitles(text, '1987-03-23')).toEqual(['Dixons extended the expiration time of its tender offer @ 1987-03-20']);
  });
});

describe("a company's fiscal year is no calendar year (fiscalYear)", () => {
  it('"for fiscal 1986" (Dome, March 1987) and "In fiscal 2009" (Washington Post, 2010) are set aside', () => {
    const a =
      'The company reported an operating profit of 33.0 mln dlrs, or 32 cts per share, for fiscal 1986, compared to an operating loss of 9,055,000 dlrs, or 1.23 dlrs per share, in the previous year.';
    expect(findTimeExpressions(a, '1987-03-20').map((x) => x.text)).not.toContain('1986');
    const b = "In fiscal 2009, BP was the Pentagon's largest single supplier of fuel, providing 11.7 percent of the total purchased.";
    const { expressions, rejected } = explainTimeExpressions(b, '2010-07-05');
    expect(expressions).toEqual([]);
    expect(rejected[0].rules).toContain('fiscalYear');
  });

  it('"In fiscal 1986, Acme closed three plants" is not dated 1986; a year without "fiscal" still is', () => {
    expect(datedTitles('In fiscal 1986, Acme Corp closed three plants.', '1987-03-20')).toEqual([]);
    expect(datedTitles('In 1986, Acme Corp closed three plants.', '1987-03-20')).toEqual(['Acme Corp closed three plants @ 1986']);
  });
});

describe('the month of the results or operations a figure includes (date:period-of-results)', () => {
  it('"adjusted its results to include December operations" (as judged: "earnings raised ... to include December 1986 operations")', () => {
    const text = 'Acme Corp adjusted its results to include December operations of its newly acquired unit.';
    expect(datedTitles(text, '1987-03-20')).toEqual([]);
    expect(whyNot(text, '1987-03-20')).toContain('adjusted:date:period-of-results');
  });
});

describe('a day of the month written as a word (wireDayWord, ordinals)', () => {
  it('reads a capitalised day word before "unless": "are to expire April Three unless extended" (Cyclops, March 1987)', () => {
    const text = 'The offer and withdrawal rights are to expire April Three unless extended, and the bid is to be followed by a merger at the same price.';
    const [x] = findTimeExpressions(text, '1987-03-20');
    expect(x).toMatchObject({ text: 'April Three', value: '1987-04-03', precision: 'day' });
    expect(x.rules).toContain('wireDayWord');
  });

  it('reads "March one" and an ordinal "March first" as days, not "In March one company" nor "March first quarter"', () => {
    expect(findTimeExpressions('Its first quarter ended March one.', '1987-03-20')[0]).toMatchObject({ value: '1987-03-01', precision: 'day' });
    expect(findTimeExpressions('The offer began on March first.', '1987-03-20')[0]).toMatchObject({ value: '1987-03-01', precision: 'day' });
    expect(findTimeExpressions('In March one company said it would bid.', '1987-03-20').map((x) => x.precision)).toEqual(['month']);
    const { expressions, rejected } = explainTimeExpressions('Acme said March first quarter sales rose.', '1987-03-20');
    expect(expressions).toEqual([]);
    expect(rejected[0].rules).toContain('ordinalOfPeriod');
  });
});
