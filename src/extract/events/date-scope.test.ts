import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

// What a time in a sentence dates: the happening, or only a noun, a saying, a span's bound, a quote or a baseline compared
// with (Reuters wire copy of 1987).
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('what a time in the sentence dates', () => {
  it('gives "announced a 1987 capital spending budget" no date of 1987 (`date-scope:a-year-naming-the-object`)', () => {
    const s = 'Amoco previously announced a 1987 capital spending budget of 3.2 billion dlrs.';
    expect(events(s, '1987-03-19').filter((m) => /budget/.test(m.title))).toHaveLength(0);
    expect(whyNot(s, '1987-03-19')).toContain('announced:no-date-in-clause');
    const suit = 'The suit challenged the 1982 agreement by Nabisco to lease both of its high fructose corn syrup plants to ADM.';
    expect(events(suit, '1987-04-27').map((m) => m.title)).not.toContain('The suit challenged the 1982 agreement');
    // (A date of its own stays: "announced a 1987 budget on Monday".)
    const dated = events('Amoco announced a 1987 capital spending budget of 3.2 billion dlrs on Monday.', '1987-03-19');
    expect(dated.find((m) => /budget/.test(m.title))?.rules).toContain('date-scope:a-year-naming-the-object');
  }, 60_000);

  it('dates the saying, not the words said, by a time right after "said" (date-scope:of-the-saying-before-its-words)', () => {
    const fired = 'A British naval source in the Gulf said last week Iran had fired one test missile against a hulk in the strait.';
    expect(dated(fired, '1987-03-29').map((m) => m.title)).toEqual([]);
    const silkworm =
      'A U.S. State Department spokesman said last week Iran had acquired Chinese-made Silkworm missiles which posed a greater threat to shipping in the Gulf than the weapons previously used.';
    expect(dated(silkworm, '1987-03-25').map((m) => m.title)).toEqual([]);
    // (A named sayer's announcement is told with its sayer, on the saying's day.)
    const coast = dated('The Coast Guard said Saturday it had shut down two offshore platforms.', '2010-05-02');
    expect(coast.map((m) => m.title)).toEqual(['The Coast Guard said it had shut down two offshore platforms']);
    expect(coast[0].rules).toContain('date-scope:of-the-saying-before-its-words');
  });

  it('dates nothing by the first bound of "between January and May" (`date:bound-of-a-between-span`)', () => {
    const text =
      'The central bank said that between January and May Ecuador sold 16.1 mln barrels of crude and 2.3 mln barrels of products, compared with 32 mln and 2.7 mln respectively in the same period last year.';
    const sold = events(text, '1987-06-18').find((m) => m.title.startsWith('Ecuador sold'));
    expect(sold?.time?.value).not.toBe('1987-01');
    // (Now that "May" after "and" is read, time/chronoCalendarParser.ts `withMayLeftToRefiners`, the whole span is one
    // expression and sets the date aside as a span, `date:span`; "between January and June" still reads its first bound.)
    expect(whyNot(text, '1987-06-18')).toContain('sold:date:span');
    const june = text.replace('May', 'June');
    expect(whyNot(june, '1987-06-18').some((w) => w === 'sold:date:span' || w === 'sold:date:bound-of-a-between-span')).toBe(true);
  }, 60_000);

  it('dates no move by the session of the quote it is measured from (`date:of-a-quote-compared-with`)', () => {
    const call = 'Call money fell to 3.60/70 pct ahead of the allocation from 3.75/85 pct yesterday, dealers said.';
    expect(events(call, '1987-03-24').some((m) => m.time?.value === '1987-03-23')).toBe(false);
    expect(whyNot(call, '1987-03-24')).toContain('fell:date:of-a-quote-compared-with');
    const pound = 'The pound opened at 2.9540/9575 marks against 2.9490/9530 in Europe last night.';
    expect(events(pound, '1987-04-07').some((m) => m.time?.value === '1987-04-06')).toBe(false);
    expect(whyNot(pound, '1987-04-07')).toContain('opened:date:of-a-quote-compared-with');
  }, 60_000);

  it('keeps the day of a move with no quote compared: "The dollar rose to 1.8250/60 marks on Friday"', () => {
    expect(events('The dollar rose to 1.8250/60 marks on Friday.', '1987-03-24').map((m) => m.time?.value)).toEqual(['1987-03-20']);
  }, 60_000);

  it('dates no drop by the month of the average it fell from: "dropped from an average weekly 500 tonnes in March" (`date:baseline-of-change`)', () => {
    const text = 'He said exporter registrations dropped from an average weekly 500 tonnes in March to 45 tonnes last week.';
    expect(events(text, '1987-04-06').some((m) => m.time?.value === '1987-03')).toBe(false);
    expect(whyNot(text, '1987-04-06')).toContain('dropped:date:baseline-of-change');
  }, 60_000);
});
