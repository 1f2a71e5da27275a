import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

// Price quotes, levels, shares of a whole and sums held are states, no happenings (Reuters wire copy of 1987); trading,
// counts and happenings told with them stay.
const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('an intraday quote is no happening (state:intraday-quote)', () => {
  it('"The stock traded around 12, down 1/8, this afternoon" (Reuters, 1987)', () => {
    const text = 'The stock traded around 12, down 1/8, this afternoon, after falling to 11-1/2 earlier this week on the news.';
    expect(whyNot(text, '1987-03-20')).toContain('traded:state:intraday-quote');
  });

  it('"The shares last traded at 19" and "The dollar traded around 145 yen" (Reuters, 1987)', () => {
    expect(whyNot('Avana shares traded at 800p on Friday.', '1987-03-20')).toContain('traded:state:intraday-quote');
    expect(whyNot('The dollar traded around 145 yen in Tokyo on Friday.', '1987-03-20')).toContain('traded:state:intraday-quote');
  });

  it('keeps trading that is a happening: "The two teams traded places", "Exxon traded its stake"', () => {
    for (const text of ['The two teams traded places on Friday, March 3, 2023.', 'Exxon traded its stake in the refinery for cash on Friday, March 3, 2023.'])
      expect({ text, why: whyNot(text, '2023-03-05').filter((w) => w.endsWith(':state:intraday-quote')) }).toEqual({ text, why: [] });
    expect(titles('Exxon traded its stake in the refinery for cash on Friday, March 3, 2023.', '2023-03-05')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Exxon traded its stake/)]),
    );
  });
});

describe('a quote of a graded good beside its last price is no happening (state:intraday-quote)', () => {
  it('"Crepe two traded at 19.60 against 19.50 last week" and "May SMR 10 was traded at 196.50" (Reuters, 1987 rubber auctions)', () => {
    const crepe = 'Crepe two traded at 19.60 against 19.50 last week and other grades also showed gains.';
    expect(whyNot(crepe, '1987-04-07')).toContain('traded:state:intraday-quote');
    expect(titles(crepe, '1987-04-07')).not.toEqual(expect.arrayContaining([expect.stringMatching(/Crepe two traded/)]));
    expect(whyNot('May SMR 10 was traded at 196.50 and was further quoted between 196 and 197.', '1987-04-07')).toContain('traded:state:intraday-quote');
  });

  it('keeps a trade of a thing by a person or a firm: "He traded at 20 on Friday" is no quote of a graded good', () => {
    const text = 'He traded at 20 on Friday, March 3, 2023.';
    expect(whyNot(text, '2023-03-05').filter((w) => w.endsWith(':state:intraday-quote'))).toEqual([]);
  });
});

describe("a close set beside the last session's close is no happening (state:closing-price-against-previous)", () => {
  it('"The company\'s ordinary shares closed in Milan today at 12,540 lire ..., up from a closing 12,195 Friday" (Reuters, March 1987)', () => {
    const text = "The company's ordinary shares closed in Milan today at 12,540 lire in Milan today, up from a closing 12,195 Friday.";
    expect(whyNot(text, '1987-03-16')).toContain('closed:state:closing-price-against-previous');
    expect(titles(text, '1987-03-16')).toEqual([]);
  });

  it('keeps a move measured: "Woolworths shares closed ... at 3.50 dlrs, down five cents from Friday" (Reuters, 1987)', () => {
    const text = 'Woolworths shares closed on Australian stock exchanges today at 3.50 dlrs, down five cents from Friday.';
    expect(titles(text, '1987-03-23')).toEqual([expect.stringMatching(/^Woolworths shares closed .*at 3\.50 dlrs/)]);
  });
});

describe('levels, balances, shares of a whole and sums held are no happenings', () => {
  it('takes no cash balance on a day for a happening: "The Treasury\'s operating cash balance totaled 18.845 billion dlrs on March 23" (`state:balance-totaled`)', () => {
    const text = "The Treasury's operating cash balance totaled 18.845 billion dlrs on March 23 compared with 20.318 billion dlrs on March 20.";
    expect(whyNot(text, '1987-03-24')).toContain('totaled:state:balance-totaled');
    expect(titles(text, '1987-03-24')).toEqual([]);
  });

  it('keeps a trade balance, a month\'s flow: "Japan\'s trade balance totalled a surplus of 8.1 billion dlrs in March"', () => {
    const text = "Japan's trade balance totalled a surplus of 8.1 billion dlrs in March.";
    expect(whyNot(text, '1987-04-10').filter((w) => w.endsWith(':state:balance-totaled'))).toEqual([]);
  });

  it('makes no event of "total sales which amounted to 4.7 bilion dlrs in 1986" (`state:level-of-its-antecedent`)', () => {
    const s =
      "The company said these brands represent less than one pct of the RJ Reynolds Tobacco's USA total sales which amounted to 4.7 bilion dlrs in 1986.";
    expect(events(s, '1987-04-02')).toHaveLength(0);
    expect(whyNot(s, '1987-04-02')).toContain('amounted:state:level-of-its-antecedent');
  }, 60_000);

  it('makes no event of a balance owed, "Stanley owed his bankrupt companies 874,000 dlrs" (`state:verb`)', () => {
    const s = 'It also said that at the end of July 1986, Stanley owed his bankrupt companies 874,000 dlrs in unpaid interest-free loans.';
    expect(events(s, '1987-04-03')).toHaveLength(0);
    expect(whyNot(s, '1987-04-03')).toContain('owed:state:verb');
  }, 60_000);

  it('takes no share of a whole for a happening: "oil exports, which made up 55 pct of the value of its total exports in 1986" (`state:share-of-a-whole`)', () => {
    const text =
      "Ecuador suspended oil exports, which made up 55 pct of the value of its total exports in 1986, for five months this year after an earthquake in March shattered the country's pipeline.";
    expect(events(text, '1987-10-20').some((m) => m.title.startsWith('Oil exports made up'))).toBe(false);
    expect(whyNot(text, '1987-10-20')).toContain('made:state:share-of-a-whole');
  }, 60_000);

  it('keeps "accounted for" with no share after it: "The company accounted for the loss in 1986"', () => {
    const text = "Oil generates about two-thirds of Ecuador's total exports. The company accounted for the loss in 1986.";
    expect(whyNot(text, '1987-03-13')).not.toContain('accounted:state:share-of-a-whole');
  }, 60_000);

  it('takes no sum held for a happening: "Banks held 52.0 billion marks on February 27 at the Bundesbank" (`state:holding:sum-with-its-scale`)', () => {
    const a = 'Banks held 52.0 billion marks on February 27 at the Bundesbank, averaging 51.0 billion over the whole month.';
    expect(events(a, '1987-03-03')).toEqual([]);
    expect(whyNot(a, '1987-03-03')).toContain('held:state:holding:sum-with-its-scale');
    const b = 'Banks held an average 59.3 billion marks at the Bundesbank over the first six days of the month.';
    expect(whyNot(b, '1987-04-08')).toContain('held:state:holding:sum-with-its-scale');
  }, 60_000);

  it('keeps a count of things held: "The shareholders held three meetings on Friday"', () => {
    expect(events('The shareholders held three meetings on Friday.', '1987-03-24').map((m) => m.title)).toEqual(['The shareholders held three meetings']);
  }, 60_000);

  it('reads no past verb in a slash compound, "200,000 stg call/dlr put currency warrants" (`invariant-verb-not-past-after-slash`)', () => {
    const s =
      'Bankers Trust International Ltd said it is issuing 200,000 stg call/dlr put currency warrants at an initial offer price of 31.25 dlrs per warrant.';
    expect(events(s, '1987-03-18').map((m) => m.title)).not.toContain('Call/dlr put currency warrants at an initial offer price of 31.25 dlrs');
    // (The chunker joins "200,000 stg call/dlr" in one phrase; "put" is set aside before or after its title is built.)
    expect(whyNot(s, '1987-03-18').some((r) => r === 'put:invariant-form-not-past' || r === 'put:title-too-long')).toBe(true);
    expect(events(s, '1987-03-18').some((m) => m.title.includes('put'))).toBe(false);
  }, 60_000);
});
