/**
 * A date of another clause or of the period a figure is compared with dates no happening: Reuters 1987 wire stories
 * (usair, dome, cyclops, gencorp dev sets) whose dates the audit judged wrong.
 */
import { describe, expect, it } from 'vitest';
import { NAME_OF_BEFORE_YEAR } from '../events';
import { events, whyNot } from '../events.harness';
import { explainTimeExpressions } from '../time';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);
const datedTitles = (text: string, published: string) => dated(text, published).map((m) => `${m.title} @ ${m.time?.value}`);

describe('the period a change is measured from (date:baseline-of-change)', () => {
  it('a date of the year before the report after "to X from Y": "in March 1986"', () => {
    // (The load factor is USAir's: as "March load factor", whose it is not said, the event is dropped before its date is
    // read, subject-cannot-be-placed:figure-without-owner, ownerless-figure.test.ts.)
    const text = "USAir Group Inc said USAir's March load factor rose to 66.5 pct from 62.9 pct in March 1986.";
    expect(datedTitles(text, '1987-04-03').some((t) => t.includes('1986'))).toBe(false);
    expect(whyNot(text, '1987-04-03')).toContain('rose:date:baseline-of-change');
  });

  it('"the year-ago period" and "the same period last year" after "from Y"', () => {
    const a = 'The percentage of seats filled in the two months rose to 58.9 pct from 54.4 pct in the year-ago period, it said.';
    expect(datedTitles(a, '1987-03-04')).toEqual([]);
    const b =
      'In addition, the airline said in the first four months of 1987, total cargo load increased 30 pct to 18.2 mln ton miles from 14.0 mln ton miles over the same period last year.';
    expect(datedTitles(b, '1987-06-02').some((t) => t.endsWith('@ 1986'))).toBe(false);
  });

  it('"a year earlier" after the figure told again in another unit (", or 84 cts")', () => {
    // (A named reporter owns the net income, actors:reporter-owns-figure: reported by "the company", whose it is not said
    // and the event is dropped before its date is read, subject-cannot-be-placed:figure-without-owner, ownerless-figure.test.ts.)
    const text =
      'However, Acme Corp reported net income declined to 17 mln dlrs, or 77 cts a share, in the quarter ended February 28 from 19 mln dlrs, or 84 cts a year earlier.';
    expect(datedTitles(text, '1987-03-16').some((t) => t.endsWith('@ 1986') || t.endsWith('@ 1985'))).toBe(false);
    expect(whyNot(text, '1987-03-16')).toContain('declined:date:baseline-of-change');
  });

  it('a whole period counted back from the report: "to 5.1 pct from 4.8 pct a month ago", "last month"', () => {
    expect(datedTitles("Acme Corp's market share rose to 5.1 pct from 4.8 pct a month ago.", '1987-04-03')).toEqual([]);
    expect(datedTitles("Acme Corp's market share rose to 5.1 pct from 4.8 pct last month.", '1987-04-03')).toEqual([]);
    expect(whyNot("Acme Corp's market share rose to 5.1 pct from 4.8 pct last month.", '1987-04-03')).toContain('rose:date:baseline-of-change');
  });

  it('"over the same period last year" with no "from": the period compared with', () => {
    const text = 'Acme Corp said net income rose 20 pct over the same period last year.';
    expect(datedTitles(text, '1987-03-04')).toEqual([]);
    expect(whyNot(text, '1987-03-04')).toContain('rose:date:baseline-of-change');
  });

  it('keeps the change\'s own date after "to X from Y" in the report\'s year ("to 5 from 3 this week")', () => {
    const text = 'The World Health Organization hiked its pandemic alert level to 5 from 3 this week.';
    expect(dated(text, '2009-05-01').length).toBe(1);
  });
});

describe('the year a reported figure covers (date:period-of-figure, wire money)', () => {
  it('"reported an operating profit of 33.0 mln dlrs ... for fiscal 1986" is not dated 1986', () => {
    // (the sentence before it shortened: it names the company)
    const text =
      "Hudson's Bay Co said a writeoff took place. The company reported an operating profit of 33.0 mln dlrs, or 32 cts per share, for fiscal 1986, compared to an operating loss of 9,055,000 dlrs, or 1.23 dlrs per share, in the previous year.";
    expect(datedTitles(text, '1987-03-20').some((t) => t.endsWith('@ 1986'))).toBe(false);
    // (A fiscal year is set aside by the time stage before the figure's rule sees it: time `fiscalYear`.)
    expect(explainTimeExpressions(text, '1987-03-20').rejected.find((x) => x.text === '1986')?.rules).toContain('fiscalYear');
  });
});

describe('money written as wire copy writes it (date:period-of-figure)', () => {
  it('"which posted a seven mln dlr profit in 1986" is the profit\'s year, not the posting\'s (Reuters, April 1987)', () => {
    const text = 'Texas Petroleum Co posted a seven mln dlr profit in 1986 in Colombia.';
    expect(datedTitles(text, '1987-04-13')).toEqual([]);
    expect(whyNot(text, '1987-04-13')).toContain('posted:date:period-of-figure');
  });

  it('reads "pounds" as money only after a scale: "gained two pounds" is a weight, "made two billion pounds" money', () => {
    expect(whyNot('The rescued turtle gained two pounds in the first three months of 2010.', '2010-06-01')).not.toContain('gained:date:reporting-period');
    expect(whyNot('BP made two billion pounds in the first three months of 2010.', '2010-06-01')).toContain('made:date:reporting-period');
  });
});

describe('the month or year of results reported (date:period-of-figure)', () => {
  it('"Toyota Motor Sales reported February sales of 40,554 units" is not dated February', () => {
    const text = 'Toyota Motor Sales reported February sales of 40,554 units.';
    expect(datedTitles(text, '1987-03-03')).toEqual([]);
    expect(whyNot(text, '1987-03-03')).toContain('reported:date:period-of-figure');
  });

  it('"Dome Petroleum posted a 1986 net loss of 2.2 billion dlrs" is not dated 1986', () => {
    const text = 'Dome Petroleum posted a 1986 net loss of 2.2 billion dlrs.';
    expect(datedTitles(text, '1987-04-01')).toEqual([]);
    expect(whyNot(text, '1987-04-01')).toContain('posted:date:period-of-figure');
  });

  it('keeps a month the reporting is dated by: "Toyota Motor Sales reported its sales in February"', () => {
    expect(datedTitles('Toyota Motor Sales reported its sales in February.', '1987-03-03').length).toBe(1);
  });

  it('keeps the month of a report whose told clause opens with a possessive: "reported in February its sales rose"', () => {
    const text = 'Toyota reported in February its sales rose 10 pct.';
    expect(whyNot(text, '1987-03-10')).not.toContain('reported:date:period-of-figure');
    expect(datedTitles(text, '1987-03-10')).toEqual(['Toyota reported its sales rose 10 pct @ 1987-02']);
  });
});

describe('a change "over" a period of a year back (date:baseline-of-change)', () => {
  it('"March sales rose 10 pct over March 1986" is not dated March 1986', () => {
    const text = "Toyota Motor Sales' March sales rose 10 pct over March 1986.";
    expect(datedTitles(text, '1987-04-03')).toEqual([]);
    expect(whyNot(text, '1987-04-03')).toContain('rose:date:baseline-of-change');
  });

  it('keeps the day of a rise "on Friday"', () => {
    expect(datedTitles("Toyota Motor Sales' shares rose 10 pct on Friday.", '1987-04-06').length).toBe(1);
  });
});

describe('a figure "against" another of a year back (date:baseline-of-change)', () => {
  it('"rose five pct to 1.2 mln dlrs against 1.1 mln dlrs in 1985" is not dated 1985', () => {
    const text = "Acme Corp's revenue rose five pct to 1.2 mln dlrs against 1.1 mln dlrs in 1985.";
    expect(datedTitles(text, '1987-03-04')).toEqual([]);
    expect(whyNot(text, '1987-03-04')).toContain('rose:date:baseline-of-change');
  });

  it('"BP won a judgment against 2 contractors in 2009" is no change: it keeps its year', () => {
    const text = 'BP won a judgment against 2 contractors in 2009.';
    expect(whyNot(text, '2010-06-01')).not.toContain('won:date:baseline-of-change');
    expect(datedTitles(text, '2010-06-01')).toEqual(['BP won a judgment against 2 contractors @ 2009']);
  });
});

describe('the old date a thing was moved from (date:moved-from)', () => {
  it('"extended the offer until April three, from March 20" is not dated March 20', () => {
    // ("its offer", the owner's one offer, keeps the date checks; the Reuters sentence writes "the offer", which alone
    // says not which offer and makes no event, events/definite-noun.ts.)
    const text = 'Cyacq Acquisition Corp said it extended its offer until April three, from March 20.';
    expect(datedTitles(text, '1987-03-20')).toEqual([]);
    // ("until" bounds the new date first, notADateRefiner; "from March 20" is date:moved-from.)
    expect(whyNot(text, '1987-03-20')).toContain('extended:date:bound');
    const real = 'Cyacq Acquisition Corp said it extended the offer until April three, from March 20.';
    expect(datedTitles(real, '1987-03-20')).toEqual([]);
    expect(whyNot(real, '1987-03-20')).toContain('extended:object-cannot-be-placed:definite-noun');
  });

  it('"extended the offer to April 3 from March 20" is dated by neither (date:moved-to)', () => {
    const text = 'Cyacq Acquisition Corp said it extended its offer to April 3 from March 20.';
    expect(datedTitles(text, '1987-03-20')).toEqual([]);
    expect(whyNot(text, '1987-03-20')).toContain('extended:date:moved-to');
  });
});

describe('a date of another clause of the sentence', () => {
  it('"... and earlier today indicated ..." dates the indication, not the extension (date:of-the-next-clause)', () => {
    const text =
      'Dixons then extended its offer until yesterday and earlier today indicated that a substantial number of tendered Cyclops shares had been withdrawn.';
    expect(datedTitles(text, '1987-03-25').filter((t) => t.startsWith('Dixons extended'))).toEqual([]);
    expect(whyNot(text, '1987-03-25')).toContain('extended:date:of-the-next-clause');
  });

  it('"X yesterday bid ..., but Dome said it was discontinuing talks": the bid\'s day is not the saying\'s (date:of-the-clause-before-but)', () => {
    // ("TransCanada PipeLines Ltd TRP yesterday bid 4.30 billion dlrs for Dome, but Dome said it was discontinuing talks
    // with TransCanada", Reuters of 13 April 1987, with names the harness knows for companies.)
    const text = 'Transocean yesterday bid 4.3 billion dollars for BP, but BP said it had ended talks with Transocean.';
    expect(datedTitles(text, '1987-04-13')).toEqual([]);
    expect(whyNot(text, '1987-04-13')).toContain('ended:date:of-the-clause-before-but');
  });

  it('keeps the saying\'s own day before its sayer: "Yesterday, BP said it had ended talks"', () => {
    expect(datedTitles('Yesterday, BP said it had ended talks with Transocean.', '1987-04-13')).toEqual([
      'BP said it had ended talks with Transocean @ 1987-04-12',
    ]);
  });
});

describe('a year that ends a name dates only the clause that makes the named thing (date:year-in-a-name)', () => {
  it('"withdrew the offer ... due to complications of the Tax Reform Act of 1986" is not dated 1986', () => {
    const text = 'Wagner and Brown withdrew the offer due to complications of the Tax Reform Act of 1986.';
    expect(datedTitles(text, '1987-03-18')).toEqual([]);
    // (The title ends before "due to", "Wagner and Brown withdrew the offer", candidates.ts
    // `title:two-word-preposition-trimmed`; the year in the act's name is then the one reason it has no date.)
    expect(whyNot(text, '1987-03-18')).toContain('withdrew:date:year-in-a-name');
  });

  it('"Acme Corp violated the Securities Exchange Act of 1934" is not dated 1934', () => {
    const text = 'Acme Corp violated the Securities Exchange Act of 1934.';
    expect(datedTitles(text, '1987-03-18')).toEqual([]);
    expect(whyNot(text, '1987-03-18')).toContain('violated:date:year-in-a-name');
  });

  it('"Congress passed the Oil Pollution Act of 1990" keeps 1990 (Washington Post, 2010)', () => {
    const text =
      'Congress passed the Oil Pollution Act of 1990, requiring companies transporting oil over water to have ready access to clean-up equipment adequate for the worst possible spill.';
    expect(datedTitles(text, '2010-06-01')).toEqual(['Congress passed the Oil Pollution Act @ 1990']);
  });

  it('reads a name joined by "and" or written in capitals as the verb\'s own object: "passed the American Recovery and Reinvestment Act of 2009"', () => {
    // (End to end the tagger reads "Act" after "and" as a verb; the name itself is tested here.)
    expect(NAME_OF_BEFORE_YEAR.test(' the American Recovery and Reinvestment Act of ')).toBe(true);
    expect(NAME_OF_BEFORE_YEAR.test(' the CARES Act of ')).toBe(true);
    expect(NAME_OF_BEFORE_YEAR.test(' the Dodd-Frank Wall Street Reform and Consumer Protection Act of ')).toBe(true);
    expect(NAME_OF_BEFORE_YEAR.test(' a fine under the Clean Water Act of ')).toBe(false);
  });
});

describe('"against a 37 mln profit in 1985": a result figure with its article (date:baseline-of-change)', () => {
  it('dates no reducing of the loss 1985 (Reuters, 9 April 1987)', () => {
    const text = "However, equity-accounting of associates' profits reduced the loss to 24 mln dlrs against a 37 mln profit in 1985.";
    expect(datedTitles(text, '1987-04-09')).toEqual([]);
    expect(whyNot(text, '1987-04-09')).toContain('reduced:date:baseline-of-change');
  });
});
describe('"reported an increase in profits in 1986": the results\' year (date:period-of-results)', () => {
  it('dates no report 1986 (Reuters, 9 April 1987)', () => {
    const text = 'But Mobil Corp reported an increase in profits in 1986 over 1985 and a jump in per share earnings to 3.45 dlrs a share from 2.55 dlrs.';
    expect(datedTitles(text, '1987-04-09').some((t) => t.includes('reported') && t.endsWith('@ 1986'))).toBe(false);
    expect(whyNot(text, '1987-04-09')).toContain('reported:date:period-of-results');
  });

  it('dates no report 1986 when the year stands before the verb: "Allis-Chalmers in 1986 reported a net loss" (Reuters, 4 March 1987)', () => {
    const text = 'Allis-Chalmers in 1986 reported a net loss of 8.6 mln dlrs, or 1.09 dlrs a share.';
    expect(datedTitles(text, '1987-03-04')).toEqual([]);
    expect(whyNot(text, '1987-03-04')).toContain('reported:date:period-of-results');
  });

  it('keeps the day of a report: "BP announced strong profits on April 27"', () => {
    expect(datedTitles('BP announced strong profits on April 27.', '2010-06-01')).toEqual(['BP announced strong profits @ 2010-04-27']);
  });
});
