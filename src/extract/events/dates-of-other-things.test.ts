/**
 * Dates a clause does not take because they are another thing's: the session an -ing participle describes, the month
 * of the figures a phrase names. Sentences of the Reuters 1987 first look (audit of its records).
 */
import { describe, expect, it } from 'vitest';
import { monthOfFigures } from '../events';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { eventCandidates } from './candidates';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('events: a date of another thing in the sentence', () => {
  it('takes no date from an -ing participle after the noun it describes (date-scope:not-an-ing-participle-of-another-noun)', () => {
    const text =
      'The U.S. Presented its case for the first time to the aircraft committee of the General Agreement on Tariffs and Trade (GATT) during a special two-day session ending today.';
    const [c] = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, '1987-03-20')).candidates.filter(
      // (The wire's "The U.S. Presented" is read in lower case, "presented", nlp/wire-recasing.ts.)
      (x) => x.verb.toLowerCase() === 'presented',
    );
    expect(c.rules).toContain('date-scope:not-an-ing-participle-of-another-noun');
    expect(dated(text, '1987-03-20').map((m) => m.time?.text)).not.toContain('today');
  });

  it('still dates a clause by a participle before its noun: "met with visiting ... Beloousov on November 29th"', () => {
    const text = 'North Korean leader Kim Jong Un met with visiting Russian Defense Minister Andrei Beloousov on November 29th.';
    expect(dated(text, '2024-11-30').map((m) => m.time?.value)).toContain('2024-11-29');
  });

  it('gives no clause the month of the figures a phrase after its verb names (date:month-of-figures)', () => {
    const text = 'Lukman gave no specific figures for February output.';
    expect(dated(text, '1987-03-05')).toEqual([]);
    // ("gave no specific figures" is nothing done, not-done:nothing-given, decided before any date is sought: the clause
    // makes no event either way, so date:month-of-figures is asserted on its own step, the month of the same sentence.)
    expect(whyNot(text, '1987-03-05')).toContain('gave:not-done:nothing-given');
    const cut = "The report said buyer resistance to fixed prices apparently cut Iran's February production.";
    const month = (s: string) => findTimeExpressions(s, '1987-03-05').find((t) => t.precision === 'month')!;
    expect(monthOfFigures(text, month(text))).toBe(true);
    // (The verb's own object, with no preposition before the month, is no phrase after the verb: the month is the clause's.)
    expect(monthOfFigures(cut, month(cut))).toBe(false);
    // (The verb's own object, with no preposition, is what was done that month.)
    expect(dated(cut, '1987-03-05').map((m) => m.time?.value)).toContain('1987-02');
  });

  it('gives no clause the year of a noun in a relative clause after its title (date:names-a-noun)', () => {
    const text =
      "Robert Arnott, Australia's delegate to the General Agreement on Tariffs and Trade (GATT), made the appeal at a special annual meeting which reviews the 1955 U.S. waiver.";
    expect(dated(text, '1987-03-05')).toEqual([]);
    expect(whyNot(text, '1987-03-05')).toContain('made:date:names-a-noun');
  });

  it('gives no clause the day whose figure a phrase of comparison names: "above Friday\'s 17.15-20 range" (date:names-a-noun)', () => {
    const text =
      "August Dubai was discussed in cautious early activity at around 17.35 dlrs, above Friday's 17.15-20 range, but still below the government selling price (GSP) of 17.42.";
    expect(dated(text, '1987-06-29')).toEqual([]);
    // ("was discussed ... at around 17.35 dlrs" quotes a price, a state, state:price-quoted, decided before any date is
    // sought; date:names-a-noun is tested on the sentence of the test before.)
    expect(whyNot(text, '1987-06-29')).toContain('discussed:state:price-quoted');
  });

  it('gives no clause the date of an "as" clause after it: "as provisionally agreed last December" (date:of-an-as-clause)', () => {
    const text =
      'Rilwanu Lukman declined to say if the current ceiling should be maintained or raised to 16.6 mln bpd for the third quarter and 18.3 mln for the fourth as provisionally agreed last December.';
    expect(dated(text, '1987-06-19')).toEqual([]);
    // ("should be maintained or raised": "raised" shares its conjunct's modal (nlp/clause-rules.ts
    // `shares-auxiliaries-of-conjunct`), decided before any date; the rule is tested on the sentence after.)
    expect(whyNot(text, '1987-06-19')).toContain('raised:modal');
    expect(whyNot('The ministers raised the ceiling to 16.6 mln bpd, as agreed last December.', '1987-06-19')).toContain('raised:date:of-an-as-clause');
    // (Not "as" with a noun: "OPEC raised the ceiling as a signal last December" keeps its date.)
    expect(dated('OPEC raised the ceiling as a signal last December.', '1987-06-19').map((m) => m.time?.value)).toContain('1986-12');
  });
});
